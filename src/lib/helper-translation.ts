import type { Answers, Helper, HelperWording, StepWording } from './guidance';

/**
 * A decision helper in another language: the words of content/data/<helper>.<language>.yaml laid over the English
 * ones. The rules stay the English helper's (same steps, same order); only the words change. Questions must all be
 * translated (the schema says which is missing); a step not yet translated stays in English, and says so.
 */

/** A step's words in another language: what a reader reads. Its policy section, guidance and sources stay the English step's. */
export interface TranslatedStep {
	title: string;
	when: string;
	text: string;
	/** The policy's own words, in the reader's language (a courtesy translation; the English policy applies). */
	quote?: string | undefined;
}

/** What a helper's words file in another language holds. */
export interface TranslatedHelperWords {
	/** The fingerprint of the English words file it was made from (src/lib/translation.ts, sourceHash). */
	source: string;
	questions: HelperWording['questions'];
	/** The steps translated so far, by id; the others stay in English. */
	steps: Partial<Record<string, TranslatedStep>>;
	groups?: Record<string, string> | undefined;
}

/** How a translated page uses a helper: answers given for the reader (the parents' route) and the steps it may show. */
export interface TranslatedScope {
	/** Answers the translated page gives on the reader's behalf, its questions left out: { reporter: "parent" }. */
	fixed: Answers;
	/** The reader's group of steps (the helper's `groups`) the page gives; every step if left out. */
	group?: string | undefined;
}

/**
 * The helper as a translated page asks it: without the questions answered for the reader, and with only that
 * reader's steps. The steps keep the English helper's order and urgency, and its `decide` still chooses them.
 */
export function scopedHelper(helper: Helper, scope: TranslatedScope): Helper {
	const questions = Object.fromEntries(
		Object.entries(helper.questions).filter(([id]) => !(id in scope.fixed))
	);
	if (!scope.group) return { ...helper, questions };
	const own = helper.groups?.[scope.group];
	if (!own) throw new Error(`The helper has no group of steps "${scope.group}".`);
	return {
		...helper,
		questions,
		steps: helper.steps.filter((id) => own.includes(id)),
		urgent: helper.urgent.filter((id) => own.includes(id)),
		groups: { [scope.group]: own },
	};
}

/** A step in the reader's language, or the English step marked as English. */
export type LocalizedStep = StepWording & { inEnglish: boolean };

/**
 * The helper's words for a translated page (`helper` from scopedHelper): its questions and steps in the reader's
 * language, the English words of any step not yet translated, and the ids of those steps.
 */
export function translateWording(
	helper: Helper,
	english: HelperWording,
	translated: Pick<TranslatedHelperWords, 'questions' | 'steps' | 'groups'>
): { wording: HelperWording; inEnglish: string[] } {
	const questions = Object.fromEntries(
		Object.keys(helper.questions).map((id) => [id, translated.questions[id]!])
	);
	const ids = helper.steps;
	const inEnglish: string[] = [];
	const steps = Object.fromEntries(
		ids.map((id) => {
			const words = english.steps[id];
			if (!words) throw new Error(`The English helper has no step "${id}".`);
			const own = translated.steps[id];
			if (!own) {
				inEnglish.push(id);
				return [id, words];
			}
			const { quote: _, ...rest } = words;
			return [id, { ...rest, ...own }];
		})
	);
	return {
		wording: {
			...english,
			questions,
			steps,
			...(translated.groups ? { groups: translated.groups } : {}),
		},
		inEnglish,
	};
}

/**
 * The school's names for a line in another language: each set apart in Unicode's first-strong isolate (FSI … PDI), so
 * that an English name in a right-to-left line ("Monday to Friday, 8.30am to 4pm") keeps its own order and its
 * brackets. Addresses are left as they are: they sit inside a [link](address), where an isolate would break it.
 */
export function isolateNames<Names extends Record<string, string>>(names: Names): Names {
	return Object.fromEntries(
		Object.entries(names).map(([name, value]) => [
			name,
			/Url$/.test(name) || /^https?:/.test(value) ? value : `\u2068${value}\u2069`,
		])
	) as Names;
}
