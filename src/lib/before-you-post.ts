import {
	conditions,
	decidePost,
	facts,
	severity,
	verdictOf,
	waivedByAgreement,
	wordReason,
	type Audience,
	type Condition,
	type Fact,
	type PostFacts,
	type PostingRulesWording,
	type PostVerdict,
	type WordedReason,
} from './posting-rules';

/**
 * The "Before you post" checker: what kind of post it is first, then one thing at a time about it (what is in view, who
 * it is about, whether they agreed, who can see it, whether it is kind and true), asking only what can still change
 * the answer. Its words are in content/data/posting-rules.yaml, keyed by the ids below.
 */

/** What the post is: the first question, which decides which of the others matter. */
export const kinds = ['photo', 'words', 'share', 'contact', 'app'] as const;
export type Kind = (typeof kinds)[number];

/**
 * A step of the checker. A `yes-no` step about several facts asks about them together ("Is it harmful …?"): a yes
 * leads to each fact's own question until one is yes; a no rules them all out. A `tick` step lists its facts as boxes
 * to tick (what can be seen in a photo), each ticked one true and the rest false. A condition (whether everyone
 * agreed, whether anyone at all can see it) is asked only when what it changes is already true.
 */
export interface Step {
	id: string;
	type: 'yes-no' | 'tick';
	facts: readonly (Fact | Condition)[];
	/** The kinds of post it is asked about. */
	kinds: readonly Kind[];
	/**
	 * For a group of risks (danger, dangerShare): after its "yes", which of them is asked as boxes to tick, never guessed,
	 * and none ticked is "something risky, not named" (`unnamedRisk`).
	 */
	which?: boolean;
	/** Kinds of post it is asked about only for some audiences (a pupil's own photo: is the pupil old enough for the app). */
	only?: Partial<Record<Kind, readonly Audience[]>>;
}

const made = ['photo', 'words', 'share'] as const satisfies readonly Kind[];

/** The steps in the order they are asked: anything that puts someone at risk first. */
export const steps = [
	{
		id: 'danger',
		type: 'yes-no',
		facts: ['illegalOrHateful', 'sexualImage', 'unsafeContact', 'scam', 'violent'],
		kinds: ['photo', 'words', 'contact', 'app'],
		which: true,
	},
	// Something to share: the harm in it first; a link someone sent, a sender known only online and someone else's private
	// message are boxes to tick in "what is it about", so that one "no" cannot clear a scam or an unsafe contact, and
	// the question that matters most about a screenshot comes third, not last.
	{
		id: 'dangerShare',
		type: 'yes-no',
		facts: ['illegalOrHateful', 'sexualImage', 'violent'],
		kinds: ['share'],
		which: true,
	},
	{
		id: 'inView',
		type: 'tick',
		facts: ['showsOthers', 'aboutStaff', 'showsUniformOrPlace', 'revealsLocation', 'inBedroom'],
		kinds: ['photo'],
	},
	{
		id: 'about',
		type: 'tick',
		facts: ['showsOthers', 'aboutStaff', 'complaintAboutSchool'],
		kinds: ['words'],
	},
	{
		id: 'aboutShare',
		type: 'tick',
		facts: [
			'scam',
			'unsafeContact',
			'privateMessage',
			'showsOthers',
			'aboutStaff',
			'complaintAboutSchool',
		],
		kinds: ['share'],
	},
	{ id: 'othersAgreed', type: 'yes-no', facts: ['othersAgreed'], kinds: made },
	{ id: 'publicAccount', type: 'yes-no', facts: ['publicAccount'], kinds: ['photo'] },
	// Adding or chatting: who it is, with a box for someone known only online, so that it is never cleared by the "no"
	// to harm.
	{
		id: 'who',
		type: 'tick',
		facts: ['onlyKnownOnline', 'contactsStaff', 'followsStaff'],
		kinds: ['contact'],
	},
	// Unkind or untrue, asked together: a yes leads to "unkind?" (a no to it means untrue), a no clears both.
	{ id: 'unkindOrUntrue', type: 'yes-no', facts: ['unkind', 'untrue'], kinds: made },
	{
		id: 'giveaway',
		type: 'yes-no',
		facts: ['personalDetails', 'revealsLocation'],
		kinds: ['words', 'app'],
	},
	// Old enough for the app: asked of a pupil's own photo or video too (a 10-year-old's bedroom video on a 13+ app), not
	// of a parent's or a member of staff's own photo. (Not of a message or comment: a clean one stays within six questions.)
	{
		id: 'underAge',
		type: 'yes-no',
		facts: ['underAge'],
		kinds: ['photo', 'contact', 'app'],
		only: { photo: ['pupils'] },
	},
	{ id: 'lateAtNight', type: 'yes-no', facts: ['lateAtNight'], kinds: ['contact', 'app'] },
] as const satisfies readonly Step[];
export type StepId = (typeof steps)[number]['id'];

/** The kinds of post whose verdict headings have words of their own (not "post it"), in `before.verdicts`. */
export const verdictKinds = ['share', 'contact', 'app'] as const satisfies readonly Kind[];

/** The verdict's heading for this kind of post: its own words where it has them, else the post's. */
export function verdictHeading(
	verdict: PostVerdict,
	kind: Kind | undefined,
	audience: Audience,
	wording: PostingRulesWording
): string {
	const own = kind ? wording.before.verdicts[kind] : undefined;
	return (own ?? wording.verdicts)[verdict][audience];
}

/** A step that asks about several facts at once, whose "yes" leads to each fact's own question. */
export const groupSteps = steps.filter(
	(step) => step.type === 'yes-no' && step.facts.length > 1
) as readonly Step[];
/** The groups of risks whose "yes" leads to boxes to tick: which of them it is. */
export const whichSteps = groupSteps.filter((step) => step.which === true);
export const tickSteps = steps.filter((step) => step.type === 'tick') as readonly Step[];

/** The question after a group's "yes": which of its risks it is, as boxes to tick, with "something else" for none. */
export type WhichTopic = `${StepId}Which`;
export const whichTopic = (id: StepId | string): WhichTopic => `${id}Which` as WhichTopic;

/** What a question is about: the kind of post, a step, or which of a group's risks after its "yes". */
export type Topic = 'kind' | StepId | WhichTopic | Fact;

/** The answers so far: the kind of post, a yes or no for a yes/no question, the ticked facts for a tick question. */
export interface Answers {
	kind?: Kind;
	yes?: Partial<Record<StepId | Fact, boolean>>;
	ticked?: Partial<Record<StepId | WhichTopic, readonly Fact[]>>;
}

export interface Choice {
	value: string;
	label: string;
}

export type Question =
	| { topic: 'kind'; type: 'pick'; text: string; choices: Choice[] }
	| { topic: StepId | Fact; type: 'yes-no'; text: string }
	| { topic: StepId | WhichTopic; type: 'tick'; text: string; choices: Choice[]; none: string };

export interface WordedDecision {
	verdict: PostVerdict;
	/** The verdict's heading, in the words for this kind of post. */
	heading: string;
	/** Most serious first. */
	reasons: WordedReason[];
}

const isCondition = (fact: Fact | Condition): fact is Condition =>
	(conditions as readonly string[]).includes(fact);

/** Whether a step is asked of this audience about this kind of post. */
const askedOf = (step: Step, kind: Kind, audience: Audience): boolean =>
	step.only?.[kind]?.includes(audience) ?? true;

const stepsFor = (kind: Kind | undefined): readonly Step[] =>
	kind ? (steps as readonly Step[]).filter((step) => step.kinds.includes(kind)) : [];

/** The facts a kind of post is asked about (of this audience, when given). Everything else is taken as false for it. */
export const factsOf = (kind: Kind, audience?: Audience): Fact[] =>
	facts.filter((fact) =>
		stepsFor(kind).some(
			(step) => step.facts.includes(fact) && (!audience || askedOf(step, kind, audience))
		)
	);

/** Whether a fact is known true, known false, or not known yet (undefined). */
function status(fact: Fact | Condition, answers: Answers): boolean | undefined {
	const step = stepsFor(answers.kind).find((s) => s.facts.includes(fact));
	if (!step) return isCondition(fact) ? undefined : answers.kind ? false : undefined;
	if (step.type === 'tick') {
		const ticked = answers.ticked?.[step.id as StepId];
		return ticked === undefined ? undefined : ticked.includes(fact as Fact);
	}
	if (step.facts.length === 1) return answers.yes?.[step.id as StepId];
	const group = answers.yes?.[step.id as StepId];
	if (group === false) return false;
	// A group of risks answered yes: which of them, from the boxes ticked. It is never guessed (a pupil who is being
	// blackmailed, or too ashamed to tick "nude", must not be given advice about a fight): see `unnamedRisk`.
	if (step.which) {
		const which = answers.ticked?.[whichTopic(step.id)];
		return which === undefined ? undefined : which.includes(fact as Fact);
	}
	const own = answers.yes?.[fact as Fact];
	if (own !== undefined) return own;
	// Another group (what a post gives away) answered yes, with every other fact in it answered no: this one.
	if (
		group === true &&
		step.facts.every((other) => other === fact || answers.yes?.[other as Fact] === false)
	)
		return true;
	return undefined;
}

/**
 * Whether a group of risks was answered yes and then no to every one of them: something is risky that the pupil has not
 * named. The verdict is then the most serious, with a general reason (stop, keep the messages, tell a trusted adult).
 */
export function unnamedRisk(answers: Answers): boolean {
	return stepsFor(answers.kind).some(
		(step) =>
			step.which === true &&
			answers.yes?.[step.id as StepId] === true &&
			answers.ticked?.[whichTopic(step.id)] !== undefined &&
			!step.facts.some((fact) => answers.ticked?.[whichTopic(step.id)]?.includes(fact as Fact))
	);
}

/** What is known of the post: its true facts, and the conditions answered. */
export function knownFacts(answers: Answers): PostFacts {
	const known: PostFacts = Object.fromEntries(
		facts.filter((fact) => status(fact, answers) === true).map((fact) => [fact, true])
	);
	for (const condition of conditions) {
		const value = status(condition, answers);
		if (value !== undefined) known[condition] = value;
	}
	return known;
}

/** The mildest verdict the answers so far already give (an unanswered "did they agree?" counted as yes). */
function lowest(answers: Answers, audience: Audience, band?: string): number {
	const known = knownFacts(answers);
	let level = severity(decidePost({ othersAgreed: true, ...known }, audience, band).verdict);
	// A group answered yes whose facts are not yet known: at least the mildest of them.
	for (const step of groupSteps) {
		if (answers.yes?.[step.id as StepId] !== true) continue;
		if (step.facts.some((fact) => status(fact, answers) === true)) continue;
		const open = step.facts.filter((fact) => status(fact, answers) === undefined) as Fact[];
		if (open.length)
			level = Math.max(level, Math.min(...open.map((f) => level0(f, audience, band))));
	}
	return level;
}

const level0 = (fact: Fact, audience: Audience, band?: string) =>
	waivedByAgreement.includes(fact) ? 0 : severity(verdictOf(fact, audience, band));

/** The most serious verdict a step's answer could still give. */
function reach(step: Step, answers: Answers, audience: Audience, band?: string): number {
	if (step.id === 'othersAgreed') {
		const shared = waivedByAgreement.filter((fact) => status(fact, answers) === true);
		if (!shared.length) return -1;
		// Others in a post that is fine only once changed (a uniform to crop): whether they agreed is still asked, so that
		// a pupil who crops the badge is told to ask their friends too, without starting again.
		const fixable = severity(
			decidePost({ othersAgreed: true, ...knownFacts(answers) }, audience, band).verdict
		);
		if (fixable === severity('think-again')) return fixable + 1;
		return Math.max(...shared.map((f) => severity(verdictOf(f, audience, band))));
	}
	if (step.id === 'publicAccount')
		return status('inBedroom', answers) === true
			? severity(verdictOf('inBedroom', audience, band))
			: -1;
	const open = step.facts.filter(
		(fact) => !isCondition(fact) && status(fact, answers) === undefined
	) as Fact[];
	if (open.length === 0) return -1;
	return Math.max(...open.map((fact) => severity(verdictOf(fact, audience, band))));
}

function words(topic: Topic, audience: Audience, wording: PostingRulesWording): Question {
	const { before } = wording;
	const group = whichSteps.find((g) => whichTopic(g.id) === topic);
	if (group) {
		const which = before.which[group.id]!;
		return {
			topic: topic as WhichTopic,
			type: 'tick',
			text: which.question[audience],
			choices: group.facts.map((fact) => ({ value: fact, label: which.choices[fact]![audience] })),
			none: which.none[audience],
		};
	}
	if (topic === 'kind')
		return {
			topic,
			type: 'pick',
			text: before.kind.question[audience],
			choices: kinds.map((kind) => ({ value: kind, label: before.kind.choices[kind]![audience] })),
		};
	const step = (steps as readonly Step[]).find((s) => s.id === topic);
	if (
		!step ||
		(step.facts.length === 1 && !isCondition(step.facts[0]!) && step.type === 'yes-no')
	) {
		const fact = (step ? step.facts[0] : topic) as Fact;
		return {
			topic: topic as StepId | Fact,
			type: 'yes-no',
			text: wording.rules[fact].question[audience],
		};
	}
	if (step.type === 'tick') {
		const tick = before.tick[step.id]!;
		return {
			topic: step.id as StepId,
			type: 'tick',
			text: tick.question[audience],
			choices: step.facts.map((fact) => ({
				value: fact,
				label: tick.choices[fact]![audience],
			})),
			none: tick.none[audience],
		};
	}
	const asked = before.questions[step.id]!;
	return { topic: step.id as StepId, type: 'yes-no', text: asked[audience] };
}

/**
 * The next question, or undefined when the answers settle the verdict and give its reason. `band`: a pupil's age band
 * ("16-18"), which the sixth form's rules depend on; none is taken as younger.
 */
export function nextQuestion(
	answers: Answers,
	audience: Audience,
	wording: PostingRulesWording,
	band?: string
): Question | undefined {
	if (!answers.kind) return words('kind', audience, wording);
	if (severity(decidePost(knownFacts(answers), audience, band).verdict) === severity('tell-adult'))
		return undefined;
	if (unnamedRisk(answers)) return undefined;
	for (const step of stepsFor(answers.kind)) {
		const id = step.id as StepId;
		if (!askedOf(step, answers.kind, audience)) continue;
		const answered = step.type === 'tick' ? answers.ticked?.[id] : answers.yes?.[id];
		const lower = lowest(answers, audience, band);
		if (answered === undefined) {
			if (reach(step, answers, audience, band) > lower) return words(id, audience, wording);
			continue;
		}
		// A group of risks answered yes: which of them, as boxes to tick (none ticked: something risky, not named).
		if (step.which && answered === true) {
			if (answers.ticked?.[whichTopic(id)] === undefined)
				return words(whichTopic(id), audience, wording);
			continue;
		}
		// Another group answered yes: its facts one at a time, until one is known (the reason), skipping any that cannot matter.
		if (step.type === 'yes-no' && step.facts.length > 1 && answered === true) {
			const known = step.facts.some((fact) => status(fact, answers) === true);
			for (const fact of step.facts as readonly Fact[]) {
				if (status(fact, answers) !== undefined) continue;
				const level = severity(verdictOf(fact, audience, band));
				if (!known ? level >= lower : level > lower) return words(fact, audience, wording);
			}
		}
	}
	return undefined;
}

/** Record an answer: a kind, a yes or no, or the ticked facts. */
export function answer(
	answers: Answers,
	question: Question,
	value: boolean | string | readonly string[]
): Answers {
	if (question.topic === 'kind') return { kind: value as Kind };
	if (question.type === 'tick')
		return {
			...answers,
			ticked: { ...answers.ticked, [question.topic]: value as readonly Fact[] },
		};
	return { ...answers, yes: { ...answers.yes, [question.topic]: value as boolean } };
}

/** The verdict, with every reason known, in words for this audience (and, for a pupil, their age band). */
export function checkPost(
	answers: Answers,
	audience: Audience,
	wording: PostingRulesWording,
	band?: string
): WordedDecision {
	const { verdict, reasons } = decidePost(knownFacts(answers), audience, band);
	const worded = reasons.map((reason) => wordReason(reason, audience, wording, band));
	if (unnamedRisk(answers)) {
		const risky = wording.before.unnamedRisk;
		return {
			verdict: 'tell-adult',
			heading: verdictHeading('tell-adult', answers.kind, audience, wording),
			reasons: [
				{
					fact: 'unnamed',
					verdict: 'tell-adult',
					reason: risky.reason[audience],
					instead: risky.instead[audience],
					policy: risky.policy,
					guidance: true,
					...(risky.help && audience === 'pupils' ? { help: risky.help } : {}),
				},
				...worded.filter((reason) => reason.fact !== 'none'),
			],
		};
	}
	// Nothing wrong with a share, a contact or an app: its own words, not a post's ("it is yours to share").
	const own = answers.kind ? wording.before.nothingWrong[answers.kind] : undefined;
	return {
		verdict,
		heading: verdictHeading(verdict, answers.kind, audience, wording),
		reasons: own
			? worded.map((reason) =>
					reason.fact === 'none'
						? { ...reason, reason: own.reason[audience], instead: own.instead[audience] }
						: reason
				)
			: worded,
	};
}

/** A link under a reason: its page of help, or the policy (or guidance) section behind it. */
export type ReasonLink = 'help' | 'policy';

/**
 * The links under a reason, in order. A pupil is shown the page of help first; and where they are told to tell an
 * adult (they may be the one being harmed) only the help, never the policy section, which may be about sanctions.
 * Adults are shown the policy first, then any help.
 */
export function reasonLinks(
	reason: Pick<WordedReason, 'verdict' | 'help'>,
	audience: Audience
): ReasonLink[] {
	if (!reason.help) return ['policy'];
	if (audience !== 'pupils') return ['policy', 'help'];
	return reason.verdict === 'tell-adult' ? ['help'] : ['help', 'policy'];
}

/** How a post with these facts answers a question, as a person would. For tests and figures. */
export function answerFor(post: PostFacts, question: Question): boolean | string | string[] {
	if (question.type === 'pick') return kindFor(post) ?? 'photo';
	if (question.type === 'tick')
		return question.choices.map((c) => c.value).filter((fact) => post[fact as Fact]);
	const step = (steps as readonly Step[]).find((s) => s.id === question.topic);
	if (!step) return Boolean(post[question.topic as Fact]);
	return step.facts.some((fact) => Boolean(post[fact]));
}

/** The first kind of post whose questions cover every fact true of this post. */
export function kindFor(post: PostFacts): Kind | undefined {
	const wanted = facts.filter((fact) => post[fact]);
	return kinds.find((kind) => wanted.every((fact) => factsOf(kind).includes(fact)));
}

/** Every step's question, in order, and each fact's own, for the page without JavaScript. */
export function allQuestions(audience: Audience, wording: PostingRulesWording) {
	return facts.map((fact) => ({ fact, text: wording.rules[fact].question[audience] }));
}
