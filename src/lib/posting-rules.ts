import type { Audience } from './audience';

/**
 * The policy's rules about posting, as one pure function. The "Should I post this?" quiz and the
 * "Before you post" checker both take their answers from here, so they cannot disagree.
 * Their words (questions, reasons, what to do instead) are in content/data/posting-rules.yaml.
 */

export const facts = [
	'illegalOrHateful',
	'sexualImage',
	'unsafeContact',
	'scam',
	'violent',
	'unkind',
	'untrue',
	'complaintAboutSchool',
	'contactsStaff',
	'underAge',
	'privateMessage',
	'personalDetails',
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

export type { Audience };

/** The same words for pupils, parents and staff. */
export type ForEachAudience = Record<Audience, string>;

/** A section of the policy: the page, the heading's anchor, and the words of the link. */
export interface PolicyLink {
	page: string;
	anchor: string;
	label: string;
}

/** The words of one rule (src/schemas/posting-rules.ts checks content/data/posting-rules.yaml against this shape). */
export interface RuleWording {
	question: ForEachAudience;
	reason: ForEachAudience;
	instead: ForEachAudience;
	policy: PolicyLink;
}

/** The words of the posting rules, keyed by the facts, question groups and verdicts defined in src/lib. */
export interface PostingRulesWording {
	rules: Record<Fact, RuleWording>;
	/** Questions that ask about several facts at once (see src/lib/before-you-post.ts). */
	groups: Record<string, ForEachAudience>;
	nothingWrong: { reason: ForEachAudience; instead: ForEachAudience; policy: PolicyLink };
	othersAgreed: ForEachAudience;
	verdicts: Record<PostVerdict, ForEachAudience>;
}

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

/** The rules, most serious first. */
export const rules: readonly Rule[] = [
	{ fact: 'illegalOrHateful', verdict: 'tell-adult' },
	{ fact: 'sexualImage', verdict: 'tell-adult' },
	{ fact: 'unsafeContact', verdict: 'tell-adult' },
	{ fact: 'scam', verdict: 'tell-adult' },
	{ fact: 'violent', verdict: 'tell-adult' },
	{ fact: 'unkind', verdict: 'dont-post' },
	{ fact: 'untrue', verdict: 'dont-post' },
	{ fact: 'complaintAboutSchool', verdict: 'dont-post' },
	{ fact: 'contactsStaff', verdict: 'dont-post' },
	{ fact: 'underAge', verdict: 'dont-post' },
	{ fact: 'privateMessage', verdict: 'dont-post' },
	{ fact: 'personalDetails', verdict: 'dont-post' },
	{ fact: 'revealsLocation', verdict: 'dont-post' },
	{ fact: 'showsOthers', verdict: 'ask-first' },
	{ fact: 'lateAtNight', verdict: 'dont-post' },
];

/** The facts that stop mattering once everyone involved has agreed. */
export const waivedByAgreement: readonly Fact[] = ['showsOthers', 'privateMessage'];

const fine: Reason = { fact: 'none', verdict: 'post' };

export const severity = (verdict: PostVerdict) => verdicts.indexOf(verdict);

/** The verdict of the rule about this fact. */
export const verdictOf = (fact: Fact): PostVerdict =>
	rules.find((rule) => rule.fact === fact)!.verdict;

/** Whether a rule applies to these facts. Showing others, or their message, is fine once they have all agreed. */
export function applies(rule: Rule, post: PostFacts): boolean {
	if (waivedByAgreement.includes(rule.fact)) return Boolean(post[rule.fact]) && !post.othersAgreed;
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

/** A reason with its words from content/data/posting-rules.yaml, for this audience. */
export function wordReason(
	{ fact, verdict }: Reason,
	audience: Audience,
	wording: PostingRulesWording
): WordedReason {
	const { reason, instead, policy } = fact === 'none' ? wording.nothingWrong : wording.rules[fact];
	return { fact, verdict, reason: reason[audience], instead: instead[audience], policy };
}
