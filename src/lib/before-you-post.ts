import { decidePost, rules, wordReason, type Audience, type Fact, type PostFacts, type PostingRulesWording, type PostVerdict, type WordedReason } from './posting-rules';

/** The "Before you post" checker: the posting rules asked as yes/no questions, one at a time. */

export type Topic = Fact | 'othersAgreed';
export interface Question {
	topic: Topic;
	text: string;
}

export interface WordedDecision {
	verdict: PostVerdict;
	/** Most serious first. */
	reasons: WordedReason[];
}

function ask(topic: Topic, audience: Audience, wording: PostingRulesWording): Question {
	return { topic, text: topic === 'othersAgreed' ? wording.othersAgreed[audience] : wording.rules[topic].question[audience] };
}

/** The next question to ask, or undefined when the answers so far decide the verdict. */
export function nextQuestion(answers: PostFacts, audience: Audience, wording: PostingRulesWording): Question | undefined {
	for (const rule of rules) {
		const answer = answers[rule.fact];
		if (answer === undefined) return ask(rule.fact, audience, wording);
		// Nothing can be more serious than this: stop asking.
		if (answer && rule.verdict === 'tell-adult') return undefined;
		if (answer && (rule.fact === 'showsOthers' || rule.fact === 'privateMessage') && answers.othersAgreed === undefined) {
			return ask('othersAgreed', audience, wording);
		}
	}
	return undefined;
}

/** Every question, in order, for the page without JavaScript. */
export function allQuestions(audience: Audience, wording: PostingRulesWording): Question[] {
	return rules.map((rule) => ask(rule.fact, audience, wording));
}

/** The verdict, with every reason in words for this audience. */
export function checkPost(answers: PostFacts, audience: Audience, wording: PostingRulesWording): WordedDecision {
	const { verdict, reasons } = decidePost(answers);
	return { verdict, reasons: reasons.map((reason) => wordReason(reason, audience, wording)) };
}
