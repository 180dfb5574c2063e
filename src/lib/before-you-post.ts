import { decidePost, rules, type Audience, type Decision, type Fact, type PostFacts, type PostVerdict } from './posting-rules';

/** The "Before you post" checker: the posting rules asked as yes/no questions, one at a time. */

export type Topic = Fact | 'othersAgreed';
export interface Question {
	topic: Topic;
	text: string;
}

const agreed: Record<Audience, string> = {
	pupils: 'Have they all said yes to you sharing it?',
	parents: 'Have they (or their parents) all agreed to it being shared?',
	staff: 'Have they all agreed, with consent recorded where the school requires it?',
};

/** The next question to ask, or undefined when the answers so far decide the verdict. */
export function nextQuestion(answers: PostFacts, audience: Audience): Question | undefined {
	for (const rule of rules) {
		const answer = answers[rule.fact];
		if (answer === undefined) return { topic: rule.fact, text: rule.question[audience] };
		// Nothing can be more serious than this: stop asking.
		if (answer && rule.verdict === 'tell-adult') return undefined;
		if (answer && (rule.fact === 'showsOthers' || rule.fact === 'privateMessage') && answers.othersAgreed === undefined) {
			return { topic: 'othersAgreed', text: agreed[audience] };
		}
	}
	return undefined;
}

/** Every question, in order, for the page without JavaScript. */
export function allQuestions(audience: Audience): Question[] {
	return rules.map((rule) => ({ topic: rule.fact, text: rule.question[audience] }));
}

export function checkPost(answers: PostFacts, audience: Audience): Decision {
	return decidePost(answers, audience);
}

/** The verdict's name, as each audience would say it. */
export function verdictLabel(verdict: PostVerdict, audience: Audience): string {
	if (verdict === 'tell-adult') return audience === 'pupils' ? 'Don’t post it. Tell a trusted adult or report it.' : 'Don’t post it. Report it.';
	return { post: 'You can post it.', 'ask-first': 'Ask first.', 'dont-post': 'Don’t post it.' }[verdict];
}
