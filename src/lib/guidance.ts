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
}

/** A helper's words: every question's legend and answers, every step, and each group's heading. */
export interface HelperWording {
	questions: Record<string, { legend: string; options: Record<string, string> }>;
	steps: Record<string, StepWording>;
	groups?: Record<string, string> | undefined;
}

export interface Question {
	id: string;
	legend: string;
	options: readonly { value: string; label: string }[];
}

/** A step in words, with whether it is urgent. */
export type Step = StepWording & { urgent: boolean };

/** A group of steps for one reader, with its heading, for the list shown without JavaScript. */
export interface StepGroup {
	id: string;
	heading: string;
	steps: string[];
}

/** The answers to a helper's questions, each question's id mapped to one of its answers. */
export type AnswersOf<Questions extends Helper['questions']> = {
	[Id in keyof Questions]: Questions[Id][number];
};

/** A helper's questions and steps in order, with their words. The schema has checked that every id has its words. */
export function wordHelper(
	helper: Helper,
	wording: HelperWording
): { questions: Question[]; steps: Record<string, Step>; groups: StepGroup[] } {
	const questions = Object.entries(helper.questions).map(([id, values]) => {
		const { legend, options } = wording.questions[id]!;
		return { id, legend, options: values.map((value) => ({ value, label: options[value]! })) };
	});
	const steps = Object.fromEntries(
		helper.steps.map((id) => [id, { ...wording.steps[id]!, urgent: helper.urgent.includes(id) }])
	);
	const groups = Object.entries(helper.groups ?? {}).map(([id, ids]) => ({
		id,
		heading: wording.groups?.[id] ?? id,
		steps: [...ids],
	}));
	return { questions, steps, groups };
}

/** Every combination of answers to a list of questions. */
export function everyCombination(questions: readonly Question[]): Record<string, string>[] {
	return questions.reduce<Record<string, string>[]>(
		(combinations, question) =>
			combinations.flatMap((combination) =>
				question.options.map(({ value }) => ({ ...combination, [question.id]: value }))
			),
		[{}]
	);
}
