import { getEntry } from 'astro:content';
import { fillNames } from '~/lib/school-names';
import { names } from '~/school';
import type { Band } from '~/schemas/scenario';
import type { Lesson } from '~/schemas/lesson';
import { quizItems } from '../quiz/quiz-items';
import type { QuizItem } from '../quiz/types';

/** A help contact as the lesson names it: its name, and its phone number or website. */
export interface HelpContact {
	id: string;
	name: string;
	phone?: string | undefined;
	url?: string | undefined;
}

/**
 * A lesson from content/data/lessons.yaml, with the school's names filled in, its scenarios (which must exist, be of
 * its band, and come lightest first) and its help contacts (which must exist in content/data/contacts.yaml).
 */
export async function lessonFor(
	band: Band
): Promise<{ lesson: Lesson; scenarios: QuizItem[]; contacts: HelpContact[] }> {
	const entry = await getEntry('lessons', band);
	const where = `content/data/lessons.yaml: entry "${band}"`;
	if (!entry) throw new Error(`content/data/lessons.yaml has no lesson with id "${band}"`);
	const lesson = fillNames(entry.data, names);
	const all = await quizItems(band);
	const scenarios: QuizItem[] = lesson.scenarios.map((id: string) => {
		const scenario = all.find((item) => item.id === id);
		if (!scenario)
			throw new Error(
				`${where}: "scenarios": "${id}" is not a scenario for ages ${band} in content/data/scenarios.yaml. Hint: use the id of a scenario whose band is "${band}".`
			);
		return scenario;
	});
	scenarios.forEach((scenario: QuizItem, index: number) => {
		const before = scenarios[index - 1];
		if (before && before.intensity > scenario.intensity)
			throw new Error(
				`${where}: "scenarios": "${scenario.id}" (intensity ${scenario.intensity}) comes after "${before.id}" (intensity ${before.intensity}). Hint: list the lesson's scenarios lightest first, so that it starts gently and builds.`
			);
	});
	const contacts = await Promise.all(
		lesson.help.contacts.map(async (id: string) => {
			const contact = (await getEntry('contacts', id))?.data;
			if (!contact)
				throw new Error(
					`${where}: "help.contacts": "${id}" is not in content/data/contacts.yaml. Hint: use a contact's id, such as childline.`
				);
			return { id, name: contact.name, phone: contact.phone, url: contact.url };
		})
	);
	return { lesson, scenarios, contacts };
}

/** The band's slug in page addresses: "9-to-11". */
export const bandSlug = (band: Band) => band.replace('-', '-to-');

/** "5–6", "7–11": the school years, as a range (or one year). */
export const yearsText = (years: readonly number[]): string =>
	years.length === 1 ? String(years[0]) : `${Math.min(...years)}–${Math.max(...years)}`;
