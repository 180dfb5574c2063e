import type { PolicyLink } from './guidance';
import type { PostingRulesWording } from '../schemas/posting-rules';
import type { Audience } from './audience';

/**
 * The policy's rules about posting, as one pure function. The "Should I post this?" quiz and the
 * "Before you post" checker both take their answers from here, so they cannot disagree.
 * Their words (questions, reasons, what to do instead) are in content/data/posting-rules.yaml.
 */

export const facts = [
	'illegalOrHateful',
	'unsafeContact',
	'violent',
	'unkind',
	'complaintAboutSchool',
	'contactsStaff',
	'underAge',
	'privateMessage',
	'revealsLocation',
	'showsOthers',
	'lateAtNight',
] as const;
export type Fact = (typeof facts)[number];

/** What is true of a post. Anything left out is taken as false. `othersAgreed` matters only when others are in it. */
export type PostFacts = Partial<Record<Fact | 'othersAgreed', boolean>>;

/** From least to most serious. */
export const verdicts = ['post', 'ask-first', 'dont-post', 'tell-adult'] as const;
export type PostVerdict = (typeof verdicts)[number];

export type { Audience, PolicyLink, PostingRulesWording };

export interface Rule {
	fact: Fact;
	verdict: PostVerdict;
}

/** A rule that applies to a post, or `none` when none does. */
export interface Reason {
	fact: Fact | 'none';
	verdict: PostVerdict;
}

export interface Decision {
	verdict: PostVerdict;
	/** Most serious first. */
	reasons: Reason[];
}

/** A reason in words, for one audience. */
export interface WordedReason extends Reason {
	reason: string;
	instead: string;
	policy: PolicyLink;
}

/** The rules, most serious first: this is also the order of the checker's questions. */
export const rules: readonly Rule[] = [
	{ fact: 'illegalOrHateful', verdict: 'tell-adult' },
	{ fact: 'unsafeContact', verdict: 'tell-adult' },
	{ fact: 'violent', verdict: 'tell-adult' },
	{ fact: 'unkind', verdict: 'dont-post' },
	{ fact: 'complaintAboutSchool', verdict: 'dont-post' },
	{ fact: 'contactsStaff', verdict: 'dont-post' },
	{ fact: 'underAge', verdict: 'dont-post' },
	{ fact: 'privateMessage', verdict: 'dont-post' },
	{ fact: 'revealsLocation', verdict: 'dont-post' },
	{ fact: 'showsOthers', verdict: 'ask-first' },
	{ fact: 'lateAtNight', verdict: 'dont-post' },
];

const fine: Reason = { fact: 'none', verdict: 'post' };

const severity = (verdict: PostVerdict) => verdicts.indexOf(verdict);

/** Whether a rule applies to these facts. Showing others is fine once they have all agreed. */
export function applies(rule: Rule, post: PostFacts): boolean {
	if (rule.fact === 'showsOthers') return Boolean(post.showsOthers) && !post.othersAgreed;
	if (rule.fact === 'privateMessage') return Boolean(post.privateMessage) && !post.othersAgreed;
	return Boolean(post[rule.fact]);
}

/** The verdict on a post, with every rule that applies, most serious first. */
export function decidePost(post: PostFacts): Decision {
	const reasons = rules
		.filter((rule) => applies(rule, post))
		.map(({ fact, verdict }) => ({ fact, verdict }))
		.sort((a, b) => severity(b.verdict) - severity(a.verdict));
	const first = reasons[0];
	return first ? { verdict: first.verdict, reasons } : { verdict: 'post', reasons: [fine] };
}

/** A reason with its words from content/data/posting-rules.yaml, and what to do instead for this audience. */
export function wordReason({ fact, verdict }: Reason, audience: Audience, wording: PostingRulesWording): WordedReason {
	if (fact === 'none') return { fact, verdict, ...wording.nothingWrong };
	const { reason, instead, policy } = wording.rules[fact];
	return { fact, verdict, reason, instead: instead[audience], policy };
}
