import { formatDate } from './dates';
/**
 * What the decision helpers share: questions with fixed options, and steps that quote the policy or name the
 * official guidance they follow. Each helper's module says which answers lead to which steps; its words are in
 * content/data/, checked by the schema in src/schemas/decision-helper.ts against the ids defined here.
 */

/** A section of the policy: a page slug, a heading's anchor and the link's words. */
export interface PolicyLink {
	page: string;
	anchor: string;
	label: string;
}

/** Official guidance a step follows: its name and its address. */
export interface GuidanceLink {
	label: string;
	url: string;
}

/** What a helper's module defines: each question's id and its answers, every step's id, and which steps are urgent. */
export interface Helper {
	questions: Readonly<Record<string, readonly string[]>>;
	/** Optional: the questions answered with every answer that applies (checkboxes, at least one), not just one. */
	multiple?: readonly string[];
	steps: readonly string[];
	/** Steps shown first, and marked as urgent. */
	urgent: readonly string[];
	/**
	 * Optional: the steps grouped by who they are for (each key worded in the wording file's `groups`), so that the
	 * list shown without JavaScript gives each reader only their own steps, and tests can check no route mixes them.
	 */
	groups?: Readonly<Record<string, readonly string[]>>;
}

/** A step's words, as written in content/data/: its title, when it applies, what to do, and where it comes from. */
export interface StepWording {
	title: string;
	/** When this step applies, for the list shown without JavaScript. */
	when: string;
	/** What to do. May hold [named links](address), email addresses and phone numbers, which become links. */
	text: string;
	/** The policy's own words, verbatim. */
	quote?: string | undefined;
	/** The section of the policy the step comes from. */
	policy?: PolicyLink | undefined;
	/** The official guidance the step follows. */
	guidance?: GuidanceLink | undefined;
	/** The guidance the step follows, by the id of a source in the wording file's `sources`, and where in it. */
	follows?: readonly Citation[] | undefined;
}

/** A step's reference to a listed source: its id, and the part, paragraph or page it follows. */
export interface Citation {
	source: string;
	at: string;
}

/** A document a helper's steps follow: its title, publisher, address and the day it was read. */
export interface Source {
	title: string;
	publisher: string;
	url: string;
	/** When the document itself was published or last updated, as it says. */
	published?: string | undefined;
	/** The day it was read (YYYY-MM-DD). */
	checked: string;
	/** What could not be confirmed from the document itself, if anything. */
	note?: string | undefined;
	/** Whether something the steps rely on could not yet be read in the document itself (the note says what). */
	unconfirmed?: boolean | undefined;
}

/** A reference as a step shows it: the source's title and publisher, its address, where in it, and the source's id. */
export interface Reference {
	label: string;
	url: string;
	at: string;
	/** The source's id, to show its checked date and note (given once for all the steps, in `sources`). */
	source: string;
}

/** What a step shows of a source beside each reference to it: the day it was read, its note, and whether it is confirmed. */
export interface SourceStatus {
	/** The day the source was read, as a reader sees it ("2 December 2026"), formatted at build time. */
	checked: string;
	note?: string | undefined;
	unconfirmed: boolean;
}

/** A helper's words: every question's legend and answers, every step, and each group's heading. */
export interface HelperWording {
	questions: Record<string, { legend: string; options: Record<string, string> }>;
	steps: Record<string, StepWording>;
	groups?: Record<string, string> | undefined;
	/** The documents the steps follow, by id (see StepWording.follows). */
	sources?: Record<string, Source> | undefined;
}

export interface Question {
	id: string;
	legend: string;
	/** Whether every answer that applies is chosen (checkboxes), rather than one. */
	multiple?: boolean;
	/** Optional: a hint under the legend, such as "Choose everything that applies". */
	hint?: string | undefined;
	options: readonly { value: string; label: string }[];
}

/** A step in words, with whether it is urgent and the guidance it follows resolved to its sources. */
export type Step = StepWording & {
	urgent: boolean;
	references: Reference[];
	/** On a translated page, for a step not yet translated: the label ("In English:") before its English words. */
	inEnglish?: string | undefined;
};

/** The answers to a helper's questions: one answer each, or a list of answers for a question that takes several. */
export type Answers = Record<string, string | readonly string[]>;

/** A group of steps for one reader, with its heading, for the list shown without JavaScript. */
export interface StepGroup {
	id: string;
	heading: string;
	steps: string[];
}

/** The answers to a helper's questions with one answer each, each question's id mapped to one of its answers. */
export type AnswersOf<Questions extends Helper['questions']> = {
	[Id in keyof Questions]: Questions[Id][number];
};

/**
 * A helper's questions and steps in order, with their words. The schema has checked that every id has its words.
 * Sources' checked dates are written in `lang` (the page's language), at build time.
 */
export function wordHelper(
	helper: Helper,
	wording: HelperWording,
	lang = 'en-GB'
): {
	questions: Question[];
	steps: Record<string, Step>;
	groups: StepGroup[];
	sources: Record<string, SourceStatus>;
} {
	const questions = Object.entries(helper.questions).map(([id, values]) => {
		const { legend, hint, options } = wording.questions[id]! as {
			legend: string;
			hint?: string;
			options: Record<string, string>;
		};
		return {
			id,
			legend,
			...(hint ? { hint } : {}),
			...(helper.multiple?.includes(id) ? { multiple: true } : {}),
			options: values.map((value) => ({ value, label: options[value]! })),
		};
	});
	const steps = Object.fromEntries(
		helper.steps.map((id) => {
			const words = wording.steps[id]!;
			const references = (words.follows ?? []).map(({ source, at }) => {
				const { title, publisher, url } = wording.sources![source]!;
				return { label: `${publisher}: ${title}`, url, at, source };
			});
			return [id, { ...words, urgent: helper.urgent.includes(id), references }];
		})
	);
	const groups = Object.entries(helper.groups ?? {}).map(([id, ids]) => ({
		id,
		heading: wording.groups?.[id] ?? id,
		steps: [...ids],
	}));
	// Each cited source's date, note and status once, not under every step that cites it (the page stays light).
	const cited = new Set(
		Object.values(steps).flatMap((step) => step.references.map((r) => r.source))
	);
	const sources = Object.fromEntries(
		Object.entries(wording.sources ?? {})
			.filter(([id]) => cited.has(id))
			.map(([id, { checked, note, unconfirmed }]) => [
				id,
				{
					checked: formatDate(checked, lang),
					...(note ? { note } : {}),
					unconfirmed: unconfirmed === true,
				},
			])
	);
	return { questions, steps, groups, sources };
}

/** A helper's questions without their words (each answer named by its id): to go through every combination of the rules. */
export function questionsOf(helper: Helper): Question[] {
	return Object.entries(helper.questions).map(([id, values]) => ({
		id,
		legend: id,
		...(helper.multiple?.includes(id) ? { multiple: true } : {}),
		options: values.map((value) => ({ value, label: value })),
	}));
}

/** Each answer a question can be given: each option, or for a question that takes several, every non-empty set of them. */
export function possibleAnswers(question: Question): (string | string[])[] {
	const values = question.options.map(({ value }) => value);
	if (!question.multiple) return values;
	const sets: string[][] = [];
	for (let mask = 1; mask < 1 << values.length; mask++)
		sets.push(values.filter((_, index) => mask & (1 << index)));
	return sets;
}

/** How many combinations of answers a list of questions has. */
export function countCombinations(questions: readonly Question[]): number {
	return questions.reduce((count, question) => count * possibleAnswers(question).length, 1);
}

/** Every combination of answers to a list of questions, one at a time (there can be millions). */
export function* eachCombination(questions: readonly Question[]): Generator<Answers> {
	const choices = questions.map(possibleAnswers);
	const answers: Record<string, string | string[]> = {};
	function* from(index: number): Generator<Answers> {
		if (index === questions.length) {
			yield { ...answers };
			return;
		}
		for (const choice of choices[index]!) {
			answers[questions[index]!.id] = choice;
			yield* from(index + 1);
		}
	}
	yield* from(0);
}

/** Every combination of answers to a list of questions, as a list: for helpers with few. */
export function everyCombination(questions: readonly Question[]): Answers[] {
	return [...eachCombination(questions)];
}
