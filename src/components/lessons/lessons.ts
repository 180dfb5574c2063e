import { getEntry } from 'astro:content';
import type { Band } from '~/schemas/scenario';
import type { Lesson } from '~/schemas/lesson';
import { quizItems } from '../quiz/quiz-items';
import type { QuizItem } from '../quiz/types';

/** A lesson from content/data/lessons.yaml, with its scenarios (which must exist, and be of its band). */
export async function lessonFor(band: Band): Promise<{ lesson: Lesson; scenarios: QuizItem[] }> {
	const entry = await getEntry('lessons', band);
	if (!entry) throw new Error(`content/data/lessons.yaml has no lesson with id "${band}"`);
	const all = await quizItems(band);
	const scenarios = entry.data.scenarios.map((id: string) => {
		const scenario = all.find((item) => item.id === id);
		if (!scenario)
			throw new Error(
				`content/data/lessons.yaml: lesson "${band}": "scenarios": "${id}" is not a scenario for ages ${band} in content/data/scenarios.yaml`
			);
		return scenario;
	});
	return { lesson: entry.data, scenarios };
}

/** The band's slug in page addresses: "9-to-11". */
export const bandSlug = (band: Band) => band.replace('-', '-to-');
