import type { HelperWording, StepWording } from '../schemas/decision-helper';

/**
 * What the three decision helpers share: questions with fixed options, and steps that quote the policy.
 * Each helper's module says which answers lead to which steps; its words are in content/data/.
 */

/** A section of the policy: a page slug and a heading's anchor. */
export interface PolicyLink {
	page: string;
	anchor: string;
	label: string;
}

/** What a helper's module defines: each question's id and its answers, every step's id, and which steps are urgent. */
export interface Helper {
	questions: Readonly<Record<string, readonly string[]>>;
	steps: readonly string[];
	/** Steps shown first, and marked as urgent. */
	urgent: readonly string[];
}

export interface Question {
	id: string;
	legend: string;
	options: readonly { value: string; label: string }[];
}

/** A step in words: its title, when it applies, what to do, the policy's own words (verbatim) and the section they come from. */
export type Step = StepWording & { urgent: boolean };

/** The answers to a helper's questions, each question's id mapped to one of its answers. */
export type AnswersOf<Questions extends Helper['questions']> = {
	[Id in keyof Questions]: Questions[Id][number];
};

/** A helper's questions and steps in order, with their words. The schema has checked that every id has its words. */
export function wordHelper(helper: Helper, wording: HelperWording): { questions: Question[]; steps: Record<string, Step> } {
	const questions = Object.entries(helper.questions).map(([id, values]) => {
		const { legend, options } = wording.questions[id]!;
		return { id, legend, options: values.map((value) => ({ value, label: options[value]! })) };
	});
	const steps = Object.fromEntries(helper.steps.map((id) => [id, { ...wording.steps[id]!, urgent: helper.urgent.includes(id) }]));
	return { questions, steps };
}

/** Every combination of answers to a list of questions. */
export function everyCombination(questions: readonly Question[]): Record<string, string>[] {
	return questions.reduce<Record<string, string>[]>(
		(combinations, question) => combinations.flatMap((combination) => question.options.map(({ value }) => ({ ...combination, [question.id]: value }))),
		[{}],
	);
}
