import {
	decidePost,
	facts,
	severity,
	verdictOf,
	waivedByAgreement,
	wordReason,
	type Audience,
	type Fact,
	type PostFacts,
	type PostingRulesWording,
	type PostVerdict,
	type WordedReason,
} from './posting-rules';

/**
 * The "Before you post" checker: the posting rules asked as yes/no questions, one at a time, asking
 * only what can still change the verdict. Broad questions come first, each covering several rules;
 * a "yes" leads to the narrower questions inside it, a "no" rules them all out at once.
 */

/** The checker's questions in the order it asks them: the most serious and the most common first. */
export const groups = [
	{ id: 'danger', facts: ['illegalOrHateful', 'sexualImage', 'unsafeContact', 'scam', 'violent'] },
	{ id: 'hurtful', facts: ['unkind', 'untrue', 'complaintAboutSchool'] },
	{ id: 'others', facts: ['privateMessage', 'showsOthers'] },
	{ id: 'giveaway', facts: ['personalDetails', 'revealsLocation'] },
	{ id: 'circumstances', facts: ['contactsStaff', 'underAge', 'lateAtNight'] },
] as const satisfies readonly { id: string; facts: readonly Fact[] }[];
export type Group = (typeof groups)[number]['id'];

export type Topic = Group | Fact | 'othersAgreed';
/** The answers so far, to groups, to single rules, and to whether everyone agreed. */
export type Answers = Partial<Record<Topic, boolean>>;

export interface Question {
	topic: Topic;
	text: string;
}

export interface WordedDecision {
	verdict: PostVerdict;
	/** Most serious first. */
	reasons: WordedReason[];
}

type Status = boolean | undefined;

const groupOf = (fact: Fact) =>
	groups.find((group) => (group.facts as readonly Fact[]).includes(fact))!;

/** Whether a fact is known true, known false, or not known yet. A group's "no" rules out all its facts; a "yes" with one fact left means that one. */
function status(fact: Fact, answers: Answers): Status {
	if (answers[fact] !== undefined) return answers[fact];
	const group = groupOf(fact);
	const answer = answers[group.id];
	if (answer === false) return false;
	if (answer === true && group.facts.every((other) => other === fact || answers[other] === false))
		return true;
	return undefined;
}

const waivable = (fact: Fact) => waivedByAgreement.includes(fact);

/** What we know of each fact, and of agreement, as the facts of a post (unknown facts left out). */
export function knownFacts(answers: Answers): PostFacts {
	const known: PostFacts = Object.fromEntries(
		facts.filter((fact) => status(fact, answers)).map((fact) => [fact, true])
	);
	if (answers.othersAgreed !== undefined) known.othersAgreed = answers.othersAgreed;
	return known;
}

/** The least and most serious verdicts still possible given the answers so far. */
function bounds(answers: Answers) {
	let lower = 0;
	let upper = 0;
	for (const fact of facts) {
		const known = status(fact, answers);
		if (known === false) continue;
		const level = severity(verdictOf(fact));
		const agreed = waivable(fact) ? answers.othersAgreed : false;
		if (agreed !== true) upper = Math.max(upper, level);
		if (known === true && agreed === false) lower = Math.max(lower, level);
	}
	// A group answered yes, with none of its facts known yet: at least the mildest of them.
	for (const group of groups) {
		if (answers[group.id] !== true || group.facts.some((fact) => status(fact, answers) === true))
			continue;
		const levels = group.facts
			.filter((fact) => status(fact, answers) === undefined)
			.map((fact) => (waivable(fact) ? 0 : severity(verdictOf(fact))));
		lower = Math.max(lower, Math.min(...levels));
	}
	return { lower, upper };
}

function ask(topic: Topic, audience: Audience, wording: PostingRulesWording): Question {
	if (topic === 'othersAgreed') return { topic, text: wording.othersAgreed[audience] };
	if ((facts as readonly string[]).includes(topic))
		return { topic, text: wording.rules[topic as Fact].question[audience] };
	return { topic, text: wording.groups[topic]![audience] };
}

/** The topics still worth asking about, in order: groups not yet answered, then the facts inside groups answered yes, then agreement. */
function candidates(answers: Answers): { topic: Topic; level: number }[] {
	const list: { topic: Topic; level: number }[] = [];
	for (const group of groups) {
		const unknown = group.facts.filter((fact) => status(fact, answers) === undefined);
		if (unknown.length === 0) {
			if (group.id === 'others' && answers.othersAgreed === undefined) {
				const shared = group.facts.filter((fact) => status(fact, answers) === true);
				if (shared.length > 0)
					list.push({
						topic: 'othersAgreed',
						level: Math.max(...shared.map((fact) => severity(verdictOf(fact)))),
					});
			}
			continue;
		}
		if (answers[group.id] === undefined)
			list.push({
				topic: group.id,
				level: Math.max(...unknown.map((fact) => severity(verdictOf(fact)))),
			});
		else for (const fact of unknown) list.push({ topic: fact, level: severity(verdictOf(fact)) });
	}
	return list;
}

/** The next question to ask, or undefined when the answers so far settle the verdict and give its reason. */
export function nextQuestion(
	answers: Answers,
	audience: Audience,
	wording: PostingRulesWording
): Question | undefined {
	const { lower, upper } = bounds(answers);
	const open = candidates(answers);
	// Anything that could make the verdict more serious.
	const raising = open.find((candidate) => candidate.level > lower);
	if (raising && upper > lower) return ask(raising.topic, audience, wording);
	// The verdict is settled; if a group's "yes" settled it, ask which of its facts, to give the reason.
	const named =
		decidePost(knownFacts(answers)).verdict ===
		(['post', 'ask-first', 'dont-post', 'tell-adult'] as const)[lower];
	if (named) return undefined;
	const which = open.find(
		(candidate) =>
			candidate.level === lower && (facts as readonly string[]).includes(candidate.topic)
	);
	return which && ask(which.topic, audience, wording);
}

/** Every rule's question, in the order of the rules, for the page without JavaScript. */
export function allQuestions(audience: Audience, wording: PostingRulesWording): Question[] {
	return groups.flatMap((group) => group.facts.map((fact) => ask(fact, audience, wording)));
}

/** The verdict, with every reason known in words for this audience. */
export function checkPost(
	answers: Answers,
	audience: Audience,
	wording: PostingRulesWording
): WordedDecision {
	const { verdict, reasons } = decidePost(knownFacts(answers));
	return { verdict, reasons: reasons.map((reason) => wordReason(reason, audience, wording)) };
}

/** The answer a post's facts give to a question: a group is "yes" when any of its facts is true. For tests and figures. */
export function answerFor(post: PostFacts, topic: Topic): boolean {
	if (topic === 'othersAgreed') return Boolean(post.othersAgreed);
	const group = groups.find((g) => g.id === topic);
	return group ? group.facts.some((fact) => Boolean(post[fact])) : Boolean(post[topic as Fact]);
}
