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
	'onlyKnownOnline',
	'scam',
	'violent',
	'unkind',
	'untrue',
	'complaintAboutSchool',
	'aboutStaff',
	'contactsStaff',
	'followsStaff',
	'underAge',
	'privateMessage',
	'personalDetails',
	'revealsLocation',
	'showsUniformOrPlace',
	'showsOthers',
	'inBedroom',
	'lateAtNight',
] as const;
export type Fact = (typeof facts)[number];

/**
 * Facts that are not rules of their own but change whether a rule applies: `othersAgreed` matters only when others are
 * in a post (or it is their message), `publicAccount` (anyone the person has not met face to face can see it:
 * a public account, or followers known only online) only for a post filmed in a bedroom.
 */
export const conditions = ['othersAgreed', 'publicAccount'] as const;
export type Condition = (typeof conditions)[number];

/** What is true of a post. Anything left out is taken as false. */
export type PostFacts = Partial<Record<Fact | Condition, boolean>>;

/**
 * From least to most serious. `think-again` is for what the policy urges against or discourages without forbidding
 * (a parent's complaint posted online, following a teacher's public account), and for a post that is fine only once
 * changed (filmed in a bedroom, on a public account; a school uniform or a local place in view).
 */
export const verdicts = ['post', 'ask-first', 'think-again', 'dont-post', 'tell-adult'] as const;
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
	/** True when the rule is guidance that helps follow the policy, not something the policy itself says. */
	guidance?: boolean | undefined;
	/** A page of help written for pupils (such as help/something-upset-me), linked from the verdict for pupils. */
	help?: HelpLink | undefined;
	/** The reason and advice for a pupil of 16 or over (the sixth form), where theirs differ from a younger pupil's. */
	sixteenPlus?: { reason: string; instead: string } | undefined;
}

/** A page of this site that helps, and the words of its link. */
export interface HelpLink {
	page: string;
	label: string;
}

/** The words of the posting rules, keyed by the facts, question groups and verdicts defined in src/lib. */
export interface PostingRulesWording {
	rules: Record<Fact, RuleWording>;
	nothingWrong: { reason: ForEachAudience; instead: ForEachAudience; policy: PolicyLink };
	verdicts: Record<PostVerdict, ForEachAudience>;
	/** The "Before you post" checker's own questions and words, keyed by the ids in src/lib/before-you-post.ts. */
	before: BeforeYouPostWording;
}

/** A question with boxes to tick, one for each fact it covers, and a "none of these". */
export interface TickWording {
	question: ForEachAudience;
	choices: Record<string, ForEachAudience>;
	none: ForEachAudience;
}

export interface BeforeYouPostWording {
	/** The first question: what kind of post it is. */
	kind: { question: ForEachAudience; choices: Record<string, ForEachAudience> };
	/**
	 * The verdict headings for the kinds that are not a post of one's own (sharing, contact, an app), keyed by kind then
	 * verdict: a contact verdict speaks about adding or chatting, not posting. Other kinds use `verdicts`.
	 */
	verdicts: Record<string, Record<PostVerdict, ForEachAudience>>;
	/** The questions with boxes to tick. */
	tick: Record<string, TickWording>;
	/** The yes/no questions that are not one rule's own: a group of rules, whether they agreed, who can see it. */
	questions: Record<string, ForEachAudience>;
	/** After a group's "yes" (danger, dangerShare): which of its risks, as boxes to tick, and "something else". */
	which: Record<string, TickWording>;
	/** The reason and advice when a group of risks was answered yes, then none of them ticked (something risky, not named). */
	unnamedRisk: {
		reason: ForEachAudience;
		instead: ForEachAudience;
		policy: PolicyLink;
		help?: HelpLink | undefined;
	};
	/**
	 * When no rule applies to a share, a contact or an app: its own reason and advice, in place of `nothingWrong`'s (which
	 * speaks of a post of one's own: "it is kind, it is yours to share").
	 */
	nothingWrong: Record<string, { reason: ForEachAudience; instead: ForEachAudience }>;
	/** The widget's own words: buttons, labels, notes. */
	interface: Record<string, string>;
}

export interface Rule {
	fact: Fact;
	/** The verdict for pupils, and for anyone not named in `for`. */
	verdict: PostVerdict;
	/** Where the policy speaks with another force to parents or staff (it urges parents, it forbids staff). */
	for?: Partial<Record<Audience, PostVerdict>>;
	/** The rule applies only when this is true as well. */
	when?: Condition;
	/**
	 * The verdict for a pupil of 16 or over (an age band from 16, the sixth form), where it differs: a 17-year-old adding
	 * someone from a course is asked to check who they are, not told to stop and tell an adult.
	 */
	sixteenPlus?: PostVerdict;
}

/**
 * A rule that applies to a post, `none` when none does, or `unnamed` when "Before you post" was told something is risky
 * but not what (a group of risks answered yes, then no to each).
 */
export interface Reason {
	fact: Fact | 'none' | 'unnamed';
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
	guidance: boolean;
	/** A page of help for pupils, when the rule names one and the reason is worded for pupils. */
	help?: HelpLink | undefined;
}

/** The rules, most serious first. */
export const rules: readonly Rule[] = [
	{ fact: 'illegalOrHateful', verdict: 'tell-adult' },
	{ fact: 'sexualImage', verdict: 'tell-adult' },
	{ fact: 'unsafeContact', verdict: 'tell-adult' },
	// Adding or chatting with someone a pupil knows only online: a trusted adult should know (guidance, not the policy's
	// words). A parent or a member of staff is asked to think again and check who they are.
	// At 16 or over (a course, a job, a networking site), a pupil is asked to think again: check who they are, never
	// send photos or money, and tell someone if they ask.
	{
		fact: 'onlyKnownOnline',
		verdict: 'tell-adult',
		for: { parents: 'think-again', staff: 'think-again' },
		sixteenPlus: 'think-again',
	},
	{ fact: 'scam', verdict: 'tell-adult' },
	{ fact: 'violent', verdict: 'tell-adult' },
	{ fact: 'unkind', verdict: 'dont-post' },
	{ fact: 'untrue', verdict: 'dont-post' },
	// The policy *urges* parents to contact the school privately: posting is "unlikely to help", not forbidden. Staff
	// "should never discuss the school or its stakeholders on social media".
	{ fact: 'complaintAboutSchool', verdict: 'think-again', for: { staff: 'dont-post' } },
	// A post about a named member of staff, even a joke: "could be construed as" rude or insulting. For parents it is
	// the complaints route the policy urges instead.
	{ fact: 'aboutStaff', verdict: 'dont-post', for: { parents: 'think-again' } },
	// Friend requests and messages to staff are "not allowed".
	{ fact: 'contactsStaff', verdict: 'dont-post' },
	// Following staff's public accounts is "discouraged"; staff "must not follow such public student accounts".
	{ fact: 'followsStaff', verdict: 'think-again', for: { staff: 'dont-post' } },
	{ fact: 'underAge', verdict: 'dont-post' },
	{ fact: 'privateMessage', verdict: 'dont-post' },
	{ fact: 'personalDetails', verdict: 'dont-post' },
	// Where someone lives or is right now (a home, a street name, a front door, a live location): don't post it.
	{ fact: 'revealsLocation', verdict: 'dont-post' },
	// A school uniform or badge (anyone's), or a place people would know near home or school: fine only once changed
	// (crop or blur it, post later rather than live, check who can see it).
	{ fact: 'showsUniformOrPlace', verdict: 'think-again' },
	{ fact: 'showsOthers', verdict: 'ask-first' },
	// Filmed in a bedroom: fine for people known face to face, not for anyone else (followers known only online too).
	{ fact: 'inBedroom', verdict: 'think-again', when: 'publicAccount' },
	// Late at night: put it away. At 16 or over, a sleep point to think about rather than a rule: it can wait until morning.
	{ fact: 'lateAtNight', verdict: 'dont-post', sixteenPlus: 'think-again' },
];

/** The facts that stop mattering once everyone involved has agreed. */
export const waivedByAgreement: readonly Fact[] = ['showsOthers', 'privateMessage'];

const fine: Reason = { fact: 'none', verdict: 'post' };

export const severity = (verdict: PostVerdict) => verdicts.indexOf(verdict);

export const ruleOf = (fact: Fact): Rule => rules.find((rule) => rule.fact === fact)!;

/**
 * Whether a pupil's age band ("16-18") starts at 16 or over: the sixth form, whose rules and words may differ. No band
 * (a school with no sixth form, a pupil who has not said) is taken as younger.
 */
export const sixteenPlus = (band: string | undefined): boolean =>
	typeof band === 'string' && Number(band.split('-')[0]) >= 16;

/** The verdict of the rule about this fact, for this audience (pupils unless said) and, for a pupil, age band. */
export const verdictOf = (
	fact: Fact,
	audience: Audience = 'pupils',
	band?: string
): PostVerdict => {
	const rule = ruleOf(fact);
	const older = audience === 'pupils' && sixteenPlus(band) ? rule.sixteenPlus : undefined;
	return rule.for?.[audience] ?? older ?? rule.verdict;
};

/** Whether a rule applies to these facts. Showing others, or their message, is fine once they have all agreed. */
export function applies(rule: Rule, post: PostFacts): boolean {
	if (rule.when && !post[rule.when]) return false;
	if (waivedByAgreement.includes(rule.fact)) return Boolean(post[rule.fact]) && !post.othersAgreed;
	return Boolean(post[rule.fact]);
}

/** The verdict on a post, for this audience (the quiz is for pupils), with every rule that applies, most serious first. */
export function decidePost(
	post: PostFacts,
	audience: Audience = 'pupils',
	band?: string
): Decision {
	const reasons = rules
		.filter((rule) => applies(rule, post))
		.map(({ fact }) => ({ fact, verdict: verdictOf(fact, audience, band) }))
		.sort((a, b) => severity(b.verdict) - severity(a.verdict));
	const first = reasons[0];
	return first ? { verdict: first.verdict, reasons } : { verdict: 'post', reasons: [fine] };
}

/** A reason with its words from content/data/posting-rules.yaml, for this audience. */
export function wordReason(
	{ fact, verdict }: Reason,
	audience: Audience,
	wording: PostingRulesWording,
	band?: string
): WordedReason {
	const words = fact === 'none' || fact === 'unnamed' ? wording.nothingWrong : wording.rules[fact];
	const { policy } = words;
	const older =
		audience === 'pupils' && sixteenPlus(band) && 'sixteenPlus' in words
			? (words as RuleWording).sixteenPlus
			: undefined;
	const reason = older?.reason ?? words.reason[audience];
	const instead = older?.instead ?? words.instead[audience];
	const guidance = 'guidance' in words && words.guidance === true;
	const help: HelpLink | undefined =
		'help' in words && audience === 'pupils' ? (words as RuleWording).help : undefined;
	return {
		fact,
		verdict,
		reason,
		instead,
		policy,
		guidance,
		...(help ? { help } : {}),
	};
}
