import type { SchoolNames } from './school-names';

/** What the three decision helpers share: questions with fixed options, and steps that quote the policy. */

export type { SchoolNames };

/** A section of the policy: a page slug and a heading's anchor. */
export interface PolicyLink {
	page: string;
	anchor: string;
	label: string;
}

export interface Question<Id extends string = string, Value extends string = string> {
	id: Id;
	legend: string;
	options: readonly { value: Value; label: string }[];
}

export interface Step {
	title: string;
	/** When this step applies, for the list shown without JavaScript. */
	when: string;
	text: string;
	/** The policy's own words, verbatim. */
	quote?: string;
	policy: PolicyLink;
	/** Shown first, and marked as urgent. */
	urgent?: boolean;
}

export const link = (page: string, anchor: string, label: string): PolicyLink => ({ page, anchor, label });

/** The answers to a list of questions, each question's id mapped to one of its options' values. */
export type AnswersOf<Q extends readonly Question[]> = {
	[Item in Q[number] as Item['id']]: Item['options'][number]['value'];
};

/** Every combination of answers to a list of questions. */
export function everyCombination<Q extends readonly Question[]>(questions: Q): Record<string, string>[] {
	return questions.reduce<Record<string, string>[]>(
		(combinations, question) => combinations.flatMap((combination) => question.options.map(({ value }) => ({ ...combination, [question.id]: value }))),
		[{}],
	);
}
