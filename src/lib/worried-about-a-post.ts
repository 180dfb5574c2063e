import type { Helper } from './guidance';

/**
 * "I'm worried about a post": the route for who is asking (a member of staff, the DSL or a deputy, the Headteacher,
 * a parent or carer, a pupil), who or what the post is about, who posted it, and everything it is (several kinds at
 * once: a fake account posting about a pupil, a bullying post with an image). Each reader gets only their own steps
 * (see `groups`; the steps named `staff-…` are for every member of staff, the DSL and the Headteacher included), in
 * one fixed order: the official "do not" steps for an image of a child first, then the DSL step, then what to say to
 * a child and what to write down, evidence, telling the right person, removal, help and escalation.
 * Its questions and steps are worded in content/data/worried-about-a-post.yaml.
 */

/** The steps for every member of staff (the DSL and the Headteacher use some of them too), in the order to take them. */
const staffSteps = [
	'staff-image-do-not-look',
	'staff-image-talk',
	'staff-tell-dsl',
	'staff-self-harm',
	'staff-sextortion',
	'staff-allegation',
	'staff-colleague-conduct',
	// The DSL image read (2026-12-03): beside grooming or sextortion, "do not delete, reply, block or contact them"
	// comes straight after the people to tell, before what to say to a child and what to write down.
	'staff-grooming-evidence',
	'staff-if-a-child-tells-you',
	'staff-write-it-down',
	'staff-what-happens-next',
	'staff-prevent',
	'staff-report-remove',
	'staff-keep-evidence-not-the-image',
	'staff-keep-evidence',
	'staff-do-not-reply',
	'staff-faked-image-of-an-adult',
	'staff-tell-head',
	'staff-request-deletion',
	'staff-report-to-platform',
	'staff-report-as-well',
	'staff-act',
	'staff-report-harmful-content',
	'staff-respond-fairly',
	'staff-posh',
	'staff-police',
	'staff-behaviour-policy',
	'staff-code-of-conduct',
	'staff-look-after-yourself',
] as const;

/** The DSL's (or a deputy's) own steps: what the DSL does next. */
const dslOwnSteps = [
	'dsl-image-do-not-view',
	'dsl-act-now',
	'dsl-sextortion',
	'dsl-allegation',
	'dsl-image-review',
	'dsl-grooming-refer',
	'dsl-talk-to-the-child',
	'dsl-parents',
	'dsl-report-remove',
	'dsl-iwf',
	'dsl-report-account',
	'dsl-prevent',
	'dsl-record',
] as const;

/** The Headteacher's own steps. */
const headOwnSteps = [
	'head-tell-dsl',
	'head-allegation',
	'head-decide',
	'head-support-staff',
] as const;

const parentSteps = [
	'parent-do-not-share',
	'parent-sextortion',
	'parent-ceop',
	'parent-tell-dsl',
	'parent-allegation',
	// The DSL image read (2026-12-03): a sexual deepfake of an adult: "do not forward it" before the other steps.
	'parent-sexual-image-of-an-adult',
	'parent-self-harm',
	'parent-nspcc',
	'parent-iwf',
	'parent-report-remove',
	'parent-report-account',
	'parent-keep-evidence',
	'parent-do-not-reply',
	'parent-group-chat',
	'parent-raise-privately',
	'parent-how-school-responds',
	'parent-report-to-platform',
	'parent-act',
	'parent-act-early',
	'parent-report-harmful-content',
	'parent-tell-school',
	'parent-police',
] as const;

const pupilSteps = [
	'pupil-do-not-share',
	'pupil-tell-adult',
	'pupil-adult-at-school',
	'pupil-self-harm',
	'pupil-threat-to-share',
	'pupil-ceop',
	'pupil-keep-the-chat',
	'pupil-report-remove',
	'pupil-do-not-join-in',
	'pupil-block-and-report',
	'pupil-report-harmful-content',
	'pupil-childline',
] as const;

/** The DSL's route, in order: what the DSL does next first, then the school's steps they take themselves. */
const dslSteps = [
	'dsl-image-do-not-view',
	'dsl-act-now',
	'staff-self-harm',
	'dsl-sextortion',
	'dsl-allegation',
	'staff-colleague-conduct',
	'staff-if-a-child-tells-you',
	'dsl-image-review',
	'dsl-grooming-refer',
	'dsl-talk-to-the-child',
	'dsl-parents',
	'dsl-report-remove',
	'dsl-iwf',
	'dsl-prevent',
	'staff-keep-evidence-not-the-image',
	'staff-keep-evidence',
	'staff-do-not-reply',
	'staff-faked-image-of-an-adult',
	'staff-tell-head',
	'staff-request-deletion',
	'dsl-report-account',
	'staff-report-to-platform',
	'staff-report-as-well',
	'staff-act',
	'staff-report-harmful-content',
	'staff-respond-fairly',
	'staff-posh',
	'staff-police',
	'staff-behaviour-policy',
	'staff-code-of-conduct',
	'staff-look-after-yourself',
	'dsl-record',
] as const;

/** The Headteacher's route, in order: the image "do not" steps and the DSL first, then their own decisions. */
const headSteps = [
	'staff-image-do-not-look',
	'staff-image-talk',
	'head-tell-dsl',
	'staff-self-harm',
	'staff-sextortion',
	'head-allegation',
	'staff-colleague-conduct',
	'staff-grooming-evidence',
	'staff-if-a-child-tells-you',
	'staff-write-it-down',
	'staff-report-remove',
	'staff-keep-evidence-not-the-image',
	'staff-keep-evidence',
	'staff-do-not-reply',
	'staff-faked-image-of-an-adult',
	'head-decide',
	'staff-request-deletion',
	'staff-report-to-platform',
	'staff-report-as-well',
	'staff-act',
	'staff-report-harmful-content',
	'staff-respond-fairly',
	'staff-posh',
	'staff-police',
	'staff-behaviour-policy',
	'staff-code-of-conduct',
	'staff-look-after-yourself',
	'head-support-staff',
] as const;

export const worriedHelper = {
	questions: {
		reporter: ['staff', 'dsl', 'head', 'parent', 'pupil'],
		about: ['pupil', 'staff', 'school', 'other'],
		poster: ['pupil', 'parent', 'staff', 'community', 'outsider'],
		kind: [
			'criticism',
			'review',
			'group-chat',
			'fake-account',
			'upsetting',
			'bullying',
			'abuse',
			'violent',
			'harmful',
			'extremist',
			'faked-image',
			'faked-sexual-image',
			'indecent-image',
			'own-image',
			'sextortion',
			'sexual-contact',
			'alleges-harm',
		],
	},
	/** Questions answered with every answer that applies (checkboxes): at least one. */
	multiple: ['kind'],
	steps: [...staffSteps, ...dslOwnSteps, ...headOwnSteps, ...parentSteps, ...pupilSteps],
	urgent: [
		'staff-image-do-not-look',
		'staff-image-talk',
		'staff-tell-dsl',
		// A child who says they want to die is kept safe now: as urgent as telling the DSL, and straight after it.
		'staff-self-harm',
		'staff-sextortion',
		// The third DSL review (M1): an allegation about an adult at the school goes to the Headteacher today, and to
		// the LADO within one working day, before anything else is done about the post.
		'staff-allegation',
		'dsl-image-do-not-view',
		'dsl-act-now',
		'dsl-sextortion',
		'dsl-allegation',
		'head-tell-dsl',
		'head-allegation',
		'parent-do-not-share',
		'parent-sextortion',
		'parent-ceop',
		'parent-tell-dsl',
		'parent-allegation',
		'pupil-do-not-share',
	],
	groups: {
		staff: staffSteps,
		dsl: dslSteps,
		head: headSteps,
		parent: parentSteps,
		pupil: pupilSteps,
	},
} as const satisfies Helper;

type Questions = typeof worriedHelper.questions;
export type Reader = Questions['reporter'][number];
export type Kind = Questions['kind'][number];
export type WorriedStepId = (typeof worriedHelper.steps)[number];

/** A full set of answers: one reader, one subject, one poster, and every kind that applies (at least one). */
export interface WorriedAnswers {
	reporter: Reader;
	about: Questions['about'][number];
	poster: Questions['poster'][number];
	kind: readonly Kind[];
}

/** The steps that tell the reader to call 999 if a child is in immediate danger: every route where a child may be at risk has one. */
export const emergencySteps: readonly WorriedStepId[] = [
	'staff-tell-dsl',
	'dsl-act-now',
	'head-tell-dsl',
	'parent-ceop',
	'parent-tell-dsl',
	'parent-nspcc',
	'pupil-ceop',
	'pupil-tell-adult',
	'staff-self-harm',
	'parent-self-harm',
	'pupil-self-harm',
];

/** Each reader's "the DSL knows, now" step: first whenever a child may be at risk (after the image "do not" steps). */
export const dslStep: Record<Reader, WorriedStepId> = {
	staff: 'staff-tell-dsl',
	dsl: 'dsl-act-now',
	head: 'head-tell-dsl',
	parent: 'parent-tell-dsl',
	pupil: 'pupil-tell-adult',
};

/** Each reader's steps from the UKCIS "do not" list, for an image of a child: before anything else. */
export const imageSteps: Record<Reader, readonly WorriedStepId[]> = {
	staff: ['staff-image-do-not-look', 'staff-image-talk'],
	dsl: ['dsl-image-do-not-view'],
	head: ['staff-image-do-not-look', 'staff-image-talk'],
	parent: ['parent-do-not-share'],
	pupil: ['pupil-do-not-share'],
};

/** Steps that say to take a screenshot: never given where there is an image of a child. */
export const screenshotSteps: readonly WorriedStepId[] = ['staff-keep-evidence'];

/** Each kind as one bit, so that a set of kinds is one number and "any of these" one AND (every combination is tested). */
const bit = Object.fromEntries(
	worriedHelper.questions.kind.map((kind, index) => [kind, 1 << index])
) as Record<Kind, number>;
const set = (...kinds: Kind[]) => kinds.reduce((mask, kind) => mask | bit[kind], 0);
const maskOf = (kinds: readonly Kind[]) => set(...kinds);

/** Criticism, fair or not: said about the school in public or in a group, but not abusive. */
const reputational = set('criticism', 'review', 'group-chat');
/** Posts the school asks to be deleted, or reports, under the policy ("inappropriate, upsetting, violent or abusive"). */
const offending = set(
	'fake-account',
	'upsetting',
	'bullying',
	'abuse',
	'violent',
	'harmful',
	'extremist',
	'faked-image',
	'faked-sexual-image'
);
/** Harm to a pupil the post is about that the DSL must know of: every offending kind. */
const harmToAPupil = offending;
/** Posts that may be a crime: threats, harassment, hate, violence. */
const mayBeACrime = set('abuse', 'violent', 'extremist');
/** What is not a post to keep, answer or have removed, but a child to protect: images of a child, and sexual contact. */
const notAPost = set('indecent-image', 'own-image', 'sextortion', 'sexual-contact');

// The masks the rules use, made once (every combination of answers is tested, so the rules are kept fast).
/** A child's own or another's nude or sexual image, or one someone threatens to share (sextortion). */
const childImages = set('indecent-image', 'own-image', 'sextortion');
/** What a pupil posts that means the pupil may be at risk. */
const pupilPostsAtRisk = set('extremist', 'harmful', 'violent', 'faked-sexual-image');
/** What the school may also report to the platform when someone in the school community posted it. */
const reportAsWell = set('fake-account', 'harmful', 'faked-image', 'faked-sexual-image');
/** A sexual image of a child that may be on a website or an app, to report to the IWF by its address (not a threat). */
const imageOnline = set('indecent-image', 'own-image');
/**
 * What a parent reports to CEOP, whoever is doing it. The fourth DSL read (D1): not a nude image shared between
 * pupils, which the DSL assesses first (UKCIS: the initial review, and the police only on one of its five points);
 * an image shared or threatened by an adult or an outsider, and sextortion, still are (parentRoute).
 */
const forCeop = set('sexual-contact');
/** What a parent reports to the platform, whoever posted it. */
const parentsReport = set(
	'fake-account',
	'harmful',
	'extremist',
	'faked-image',
	'faked-sexual-image'
);
/** What a pupil is asked not to join in with. */
const doNotJoinIn = reputational | set('extremist', 'violent');

/** Whether any of the kinds in `any` was chosen. */
const has = (kinds: number, any: number) => (kinds & any) !== 0;

/** What the answers mean, whoever is asking: every rule reads these (the tests too, computed once per answer). */
export interface Facts {
	kinds: number;
	/** The kinds that are a post to keep, answer or have removed (not an image of a child, not sexual contact). */
	posts: number;
	image: boolean;
	/** A faked or AI-made sexual image of an adult at the school (a member of staff, or "the school"). */
	sexualImageOfAnAdult: boolean;
	/** A sexual image of a child shared, or threatened to be shared, by an adult or someone outside the school. */
	imageByAnAdult: boolean;
	/**
	 * Someone threatens to share a nude or sexual image of a child unless they pay, send more or do something else
	 * (sextortion): child sexual abuse, for the police and CEOP, whoever is doing it.
	 */
	sextortion: boolean;
	atRisk: boolean;
	allegation: boolean;
	/**
	 * A member of staff, or another adult who works or volunteers at the school, posted it, and it is an allegation
	 * (KCSIE Part four): the Headteacher and the LADO first; no request to delete it, no report to the platform, no
	 * decision by the Headteacher, no code of conduct and no word with the adult until the LADO advises.
	 */
	byAnAdultAtSchool: boolean;
	/** A sexual image of a child that may be online, not only threatened: reported to the IWF by its address. */
	imageOnline: boolean;
	/**
	 * A pupil posted harmful content (their own self-harm, say): the child at risk, the DSL's to act on, not a post
	 * for anyone to report to the platform or to Report Harmful Content (the DSL re-reads S5 and D4).
	 */
	pupilsOwnHarmfulPost: boolean;
}

export function factsOf({ about, poster, kind }: Omit<WorriedAnswers, 'reporter'>): Facts {
	const kinds = maskOf(kind);
	// B13: a faked sexual image of a pupil (or of someone who may be a child) is an indecent image of a child; a faked
	// image that is not sexual (a humiliating edit) is bullying, with its evidence.
	const fakedSexual = has(kinds, bit['faked-sexual-image']);
	const image =
		has(kinds, childImages) || (fakedSexual && (about === 'pupil' || about === 'other'));
	const sexualImageOfAnAdult = fakedSexual && (about === 'staff' || about === 'school');
	const grooming = has(kinds, bit['sexual-contact']);
	// B12: a fake account about a pupil, or pretending to be the school or a member of staff, can contact pupils.
	const impersonates = has(kinds, bit['fake-account']) && about !== 'other';
	// Harmful content (self-harm, suicide, a dangerous challenge) puts any child who sees it at risk: the DSL leads.
	const atRisk =
		image ||
		grooming ||
		impersonates ||
		has(kinds, bit['alleges-harm']) ||
		has(kinds, bit['harmful']) ||
		(about === 'pupil' && has(kinds, harmToAPupil)) ||
		(poster === 'pupil' && has(kinds, pupilPostsAtRisk));
	// KCSIE Part four covers every adult who works with children at the school: staff, volunteers, governors, contractors.
	// A post that says or suggests an adult at the school has harmed a child is an allegation, whoever posted it.
	const allegesHarm = has(kinds, bit['alleges-harm']);
	// The third DSL review (M1): any offending post about a pupil (bullying, abuse, threats, violence, harmful or
	// extremist content, a faked image, a fake account) by an adult who works or volunteers at the school is an
	// allegation against an adult who works with children, as an image of a child or grooming by them is.
	const adultAtSchool = poster === 'staff' || poster === 'community';
	const allegation =
		allegesHarm ||
		(adultAtSchool && (image || grooming || (about === 'pupil' && has(kinds, offending))));
	// The DSL review (MUST-FIX 1): a sexual image of a child shared or threatened by an adult or an outsider is child
	// sexual abuse (sextortion included, NCA alert of 29 April 2024): CEOP and the police, whatever else it is.
	const imageByAnAdult = image && poster !== 'pupil';
	// Sextortion (the NCA's alert; UKCIS: blackmail or coercion means an immediate referral to the police), whoever
	// is doing it, a pupil included.
	const sextortion = has(kinds, bit['sextortion']);
	return {
		kinds,
		posts: kinds & ~notAPost,
		image,
		sexualImageOfAnAdult,
		imageByAnAdult,
		sextortion,
		atRisk,
		allegation,
		byAnAdultAtSchool: allegation && adultAtSchool,
		imageOnline: has(kinds, imageOnline) || (image && has(kinds, bit['faked-sexual-image'])),
		pupilsOwnHarmfulPost: poster === 'pupil' && has(kinds, bit['harmful']),
	};
}

/**
 * Whether it may be an image of a child that may be sexual: an indecent image, a young person's own nude, or a faked
 * or AI-made sexual image of a pupil (UKCIS 2024 treats AI-made sexual images of under-18s as it treats real ones).
 */
export function imageOfAChild(answers: Omit<WorriedAnswers, 'reporter'>): boolean {
	return factsOf(answers).image;
}

/** Whether it is a faked or AI-made sexual image of a member of staff (an adult): the police before the platform. */
export function sexualImageOfAnAdult(answers: Omit<WorriedAnswers, 'reporter'>): boolean {
	return factsOf(answers).sexualImageOfAnAdult;
}

/**
 * Whether a child may be at risk, so that the DSL must know: an image of a child, sexual contact, a post about a pupil
 * that is abusive, bullying, violent, harmful, extremist, faked or from a fake account, a fake account pretending to be
 * the school or a member of staff, or a pupil posting extremist, harmful, violent or sexual faked content.
 */
export function childMayBeAtRisk(answers: Omit<WorriedAnswers, 'reporter'>): boolean {
	return factsOf(answers).atRisk;
}

/** Whether it may be an allegation that an adult who works with children has harmed a child or may pose a risk to children. */
export function allegationAboutStaff(answers: Omit<WorriedAnswers, 'reporter'>): boolean {
	return factsOf(answers).allegation;
}

/**
 * Whether it is a sexual image of a child (real, faked or made with AI) shared, or threatened to be shared, by an adult
 * or someone outside the school: CEOP for parents, the "don't pay, don't send more" step for {learners}.
 */
export function imageOfAChildByAnAdult(answers: Omit<WorriedAnswers, 'reporter'>): boolean {
	return factsOf(answers).imageByAnAdult;
}

/**
 * Whether someone is threatening to share a nude or sexual image of a child unless they pay, send more or do something
 * else (sextortion): the police and CEOP, "don't pay, don't send more, stop replying but keep the chat", Report Remove.
 */
export function sextortion(answers: Omit<WorriedAnswers, 'reporter'>): boolean {
	return factsOf(answers).sextortion;
}

/** Whether Report Remove applies: a young person's own nude, one threatened to be shared, or any sexual image of a pupil (B15). */
function reportRemove({ about }: Omit<WorriedAnswers, 'reporter'>, { kinds, image }: Facts) {
	return has(kinds, bit['own-image'] | bit['sextortion']) || (image && about === 'pupil');
}

/** The steps for these answers, in the order to take them: only the steps for the person asking. */
export function decideWorried(
	answers: WorriedAnswers,
	facts: Facts = factsOf(answers)
): WorriedStepId[] {
	const chosen =
		answers.reporter === 'parent'
			? parentRoute(answers, facts)
			: answers.reporter === 'pupil'
				? pupilRoute(answers, facts)
				: schoolRoute(answers, facts);
	const { order, at } = readerOrder[answers.reporter];
	// Each chosen step marked at its place in the reader's order, then read out in that order (another reader's
	// steps have no place, and are dropped): this runs for every combination in the tests, so it is kept lean.
	const marked = new Uint8Array(order.length);
	for (const step of chosen) {
		const index = at.get(step);
		if (index !== undefined) marked[index] = 1;
	}
	const route: WorriedStepId[] = [];
	for (let index = 0; index < order.length; index++) if (marked[index]) route.push(order[index]!);
	return route;
}

/** Each reader's steps in order, and each step's place in it. */
const readerOrder = Object.fromEntries(
	Object.entries(worriedHelper.groups).map(([reader, order]) => [
		reader,
		{
			order: order as readonly WorriedStepId[],
			at: new Map((order as readonly WorriedStepId[]).map((step, index) => [step, index])),
		},
	])
) as Record<Reader, { order: readonly WorriedStepId[]; at: Map<WorriedStepId, number> }>;

/** Everything a member of staff, the DSL or the Headteacher is to do; decideWorried keeps their own, in their order. */
function schoolRoute(answers: WorriedAnswers, facts: Facts): WorriedStepId[] {
	const { reporter, about, poster } = answers;
	const { kinds, posts, image, sexualImageOfAnAdult, atRisk, allegation, byAnAdultAtSchool } =
		facts;
	const steps: WorriedStepId[] = [];
	const inCommunity = poster !== 'outsider';
	const aboutTheSchool = about === 'staff' || about === 'school';
	const offends = has(posts, offending);
	const grooming = has(kinds, bit['sexual-contact']);

	if (image) steps.push(...imageSteps[reporter]);
	if (atRisk) {
		steps.push(dslStep[reporter], 'staff-if-a-child-tells-you', 'staff-write-it-down');
		steps.push('staff-what-happens-next', 'dsl-talk-to-the-child', 'dsl-parents', 'dsl-record');
	}
	if (has(kinds, bit['harmful'])) steps.push('staff-self-harm');
	if (image) steps.push('dsl-image-review');
	// Sextortion: what to tell the young person now, the police and CEOP (the DSL), and the messages kept as they are.
	if (facts.sextortion) steps.push('staff-sextortion', 'dsl-sextortion', 'staff-grooming-evidence');
	if (has(kinds, bit['indecent-image']) || (image && has(kinds, bit['faked-sexual-image'])))
		steps.push('dsl-iwf');
	if (grooming) steps.push('staff-grooming-evidence', 'dsl-grooming-refer');
	// The third DSL review (M1): an adult at the school's own account is not reported to the platform before the LADO
	// (and the police) advise: it would warn them.
	if ((grooming || facts.sextortion) && !byAnAdultAtSchool) steps.push('dsl-report-account');
	if (allegation) steps.push('staff-allegation', 'dsl-allegation', 'head-allegation');
	// The third DSL review (S4): a colleague's offending post that is not about a pupil may still suggest they pose a
	// risk to children: a low-level concern for the DSL or the Headteacher, or, over the harm threshold, the LADO.
	if (!allegation && (poster === 'staff' || poster === 'community') && offends)
		steps.push('staff-colleague-conduct');
	if (reportRemove(answers, facts)) steps.push('staff-report-remove', 'dsl-report-remove');
	if (has(kinds, bit['extremist'])) steps.push('staff-prevent', 'dsl-prevent');

	// The post itself, apart from any image of a child or sexual contact: evidence, silence, removal, escalation.
	// Evidence of bullying or abuse is kept even beside an image of a child, but never the image itself (nor a sexual
	// image of an adult). Beside grooming, nothing is screenshotted: the messages are kept as they are for the police.
	if (posts !== 0) {
		if (!grooming && !image && !sexualImageOfAnAdult) steps.push('staff-keep-evidence');
		else if (!grooming && offends) steps.push('staff-keep-evidence-not-the-image');
		steps.push('staff-do-not-reply');
	}
	// An allegation about a member of staff has its own steps (KCSIE Part four), not the school's usual response;
	// grooming and sextortion are for the DSL, the police and CEOP, not for the Headteacher to decide a response to.
	// The fourth DSL read (D3): nor an image of a child, whatever else the post is: only the DSL is told, and nothing
	// is asked to be deleted, reported or said in public by the Headteacher.
	if (
		!allegation &&
		!grooming &&
		!facts.sextortion &&
		!image &&
		(aboutTheSchool || has(kinds, bit['fake-account']) || poster === 'staff')
	)
		steps.push('staff-tell-head', 'head-decide');
	// An image of a child, sexual contact or an allegation about an adult at the school: removal goes through the DSL
	// (the police, Report Remove, the IWF), never a request to delete it or a report to the platform.
	// A pupil's own self-harm post too (the expert read): a child in distress is not asked to delete it; the DSL decides.
	// The DSL review (SHOULD-FIX c): a pupil's extremist post (deleting loses evidence; contacting the family first can
	// undercut a Prevent decision), and a parent's abuse of a pupil, are the DSL's to decide on first.
	const dslLeadsRemoval =
		image ||
		grooming ||
		allegation ||
		(poster === 'pupil' && has(kinds, bit['harmful'] | bit['extremist'])) ||
		(poster === 'parent' && about === 'pupil' && has(kinds, bit['abuse'])) ||
		// The second DSL review (M2): a sexual deepfake of an adult goes to the police first, with its evidence; no
		// request to delete it, nor a report to the platform, before they have it.
		sexualImageOfAnAdult;
	if (offends && !dslLeadsRemoval) {
		// The policy: the school may report a third party's post to the platform. Guidance (POSH): a post by someone in
		// the school community that abuses a member of staff, fakes an account or an image, or is harmful, can be too.
		if (inCommunity) steps.push('staff-request-deletion');
		if (!inCommunity) steps.push('staff-report-to-platform');
		else if (about === 'staff' || has(posts, reportAsWell)) steps.push('staff-report-as-well');
	}
	// A pupil's extremist post is for the DSL and Prevent, not for staff to report to counter-terrorism police.
	if (has(kinds, bit['extremist']) && poster !== 'pupil') steps.push('staff-act');
	// The DSL re-read (S5): a pupil's own harmful post is the DSL's to act on, not for a platform review service.
	if (has(kinds, bit['harmful']) && !byAnAdultAtSchool && !facts.pupilsOwnHarmfulPost)
		steps.push('staff-report-harmful-content');
	// No public reply where an adult at the school may have harmed a child: the LADO advises first.
	if (has(kinds, reputational) && about !== 'other' && !allegation)
		steps.push('staff-respond-fairly');
	// B10: a sexual deepfake of an adult is a crime: the police first (before the platform), the Revenge Porn Helpline.
	if (sexualImageOfAnAdult) steps.push('staff-faked-image-of-an-adult');
	if (aboutTheSchool && (offends || has(kinds, bit['review']))) steps.push('staff-posh');
	// A pupil's extremist post is for the DSL and Prevent (as staff-act above), not the police; a threat or abuse still is.
	const crimes = poster === 'pupil' ? mayBeACrime & ~bit['extremist'] : mayBeACrime;
	if (has(kinds, crimes) || sexualImageOfAnAdult) steps.push('staff-police');
	// A pupil posting harmful content (their own self-harm, say) is the child at risk: not a breach to sanction.
	// A pupil's extremist post too: the DSL decides on Prevent before any sanction or call to the family.
	if (poster === 'pupil' && offends && !has(kinds, bit['harmful'] | bit['extremist']))
		steps.push('staff-behaviour-policy');
	if (poster === 'staff' && !allegation) steps.push('staff-code-of-conduct');
	if (about === 'staff' && (offends || has(kinds, reputational))) {
		steps.push('staff-look-after-yourself');
		// Support for the member of staff waits for the LADO's advice when there is an allegation.
		if (!allegation) steps.push('head-support-staff');
	}
	return steps;
}

function parentRoute(answers: WorriedAnswers, facts: Facts): WorriedStepId[] {
	const { about, poster } = answers;
	const { kinds, posts, image, sexualImageOfAnAdult, imageByAnAdult, atRisk, allegation } = facts;
	const { byAnAdultAtSchool } = facts;
	const involvesAPupil = about === 'pupil' || poster === 'pupil';
	const offends = has(posts, offending);
	// Beside an image of a child, the faked sexual image is not a post to screenshot: its words and account are noted.
	// Nor is a faked sexual image of an adult (the expert read): parents describe it and tell the school.
	const offendsBesideTheImage = has(
		image || sexualImageOfAnAdult ? posts & ~bit['faked-sexual-image'] : posts,
		offending
	);
	const grooming = has(kinds, bit['sexual-contact']);
	const { pupilsOwnHarmfulPost } = facts;
	const steps: WorriedStepId[] = [];

	if (image) steps.push('parent-do-not-share');
	// B8: where a child may be groomed or sexually exploited online, CEOP comes before the school.
	// The DSL review: sextortion, and any sexual image of a child shared or threatened by an adult or an outsider, too.
	if (has(kinds, forCeop) || imageByAnAdult || facts.sextortion) steps.push('parent-ceop');
	// The DSL re-read of 2026-12-05: a young person's own nude shared or threatened by an adult or an outsider is the
	// usual pattern of sextortion, whether or not the parent knows the word: "don't pay, it's not their fault" too.
	if (facts.sextortion || (imageByAnAdult && has(kinds, bit['own-image'])))
		steps.push('parent-sextortion');
	// The DSL is told whenever a pupil may be at risk, an adult at the school may have harmed a child (not the
	// complaints route), or a fake account may contact pupils.
	// The DSL image read (2026-12-03): and whenever someone may be grooming a child (most likely the parent's own, and
	// the same account may contact other pupils), or someone in the school community (a parent, say) shared a sexual
	// image of a child, whoever it shows. Only a sexual image of a child with no tie to the school, found online and
	// posted by someone outside it, goes to CEOP and the IWF alone (S6); the fourth DSL read (D9): one about a member
	// of staff or the school is tied to it.
	const toldTheDsl =
		atRisk &&
		(involvesAPupil ||
			allegation ||
			facts.sextortion ||
			grooming ||
			(image && (poster !== 'outsider' || about !== 'other')) ||
			has(kinds, bit['fake-account']) ||
			// The fourth DSL read (D4): harmful content (self-harm, suicide, a dangerous challenge) a child has seen,
			// whoever posted it and whatever it is about.
			has(kinds, bit['harmful']));
	if (toldTheDsl) steps.push('parent-tell-dsl');
	if (allegation) steps.push('parent-allegation');
	if (has(kinds, bit['harmful'])) steps.push('parent-self-harm');
	if (atRisk) steps.push('parent-nspcc');
	// The third DSL review (S6): a sexual image of a child found online: reported to the IWF by its address.
	if (facts.imageOnline) steps.push('parent-iwf');
	if (reportRemove(answers, facts)) steps.push('parent-report-remove');
	// The third DSL review (MUST-FIX 1): the account is reported once the police or CEOP have what they need, and
	// never where an adult at the school posted it (that would warn them before the LADO and the police advise).
	if ((has(kinds, forCeop) || imageByAnAdult || facts.sextortion) && !byAnAdultAtSchool)
		steps.push('parent-report-account');
	if (posts !== 0) {
		// Beside grooming, the messages are kept as they are for CEOP (parent-ceop), not screenshotted.
		if (offendsBesideTheImage && !grooming) steps.push('parent-keep-evidence');
		steps.push('parent-do-not-reply');
	}
	if (has(kinds, bit['group-chat'])) steps.push('parent-group-chat');
	// The DSL review (SHOULD-FIX a): a sexual deepfake of an adult: not forwarded, told to the school, the police first.
	if (sexualImageOfAnAdult) steps.push('parent-sexual-image-of-an-adult', 'parent-police');
	// A post that says an adult at the school harmed a child is not a complaint: the Headteacher and the DSL (above).
	if (has(kinds, reputational) && about !== 'other' && !allegation)
		steps.push('parent-raise-privately', 'parent-how-school-responds');
	// Beside an image of a child, grooming or an allegation, CEOP, the police or the school act first (B16: report and
	// block only once they have the evidence, as parent-ceop says).
	if (
		offends &&
		!image &&
		!grooming &&
		!allegation &&
		!sexualImageOfAnAdult &&
		!pupilsOwnHarmfulPost &&
		(poster === 'outsider' || has(posts, parentsReport))
	)
		steps.push('parent-report-to-platform');
	if (has(kinds, bit['extremist']) && poster !== 'pupil') steps.push('parent-act');
	// A pupil drawn to extremism: the school's DSL decides on Prevent; ACT Early is there for family and friends.
	if (has(kinds, bit['extremist']) && poster === 'pupil') steps.push('parent-act-early');
	if (has(kinds, bit['harmful']) && !byAnAdultAtSchool && !pupilsOwnHarmfulPost)
		steps.push('parent-report-harmful-content');
	if (offends && !toldTheDsl && !allegation && (about !== 'other' || poster !== 'outsider'))
		steps.push('parent-tell-school');
	const crimes = poster === 'pupil' ? mayBeACrime & ~bit['extremist'] : mayBeACrime;
	if (has(kinds, crimes)) steps.push('parent-police');
	return steps;
}

function pupilRoute(answers: WorriedAnswers, facts: Facts): WorriedStepId[] {
	const { kinds, image, imageByAnAdult, sexualImageOfAnAdult, allegation, byAnAdultAtSchool } =
		facts;
	const grooming = has(kinds, bit['sexual-contact']);
	const steps: WorriedStepId[] = ['pupil-tell-adult', 'pupil-childline'];
	// The DSL review (SHOULD-FIX a): a sexual deepfake of an adult is not sent on either.
	if (image || sexualImageOfAnAdult) steps.push('pupil-do-not-share');
	// The DSL review (MUST-FIX 1): sextortion: don't pay, don't send more, stop replying, tell an adult, CEOP.
	if (imageByAnAdult || has(kinds, bit['own-image'] | bit['sextortion']))
		steps.push('pupil-threat-to-share');
	if (imageByAnAdult || facts.sextortion) steps.push('pupil-ceop');
	// Sextortion: the chat is kept for the police, and an adult told before any block (as for grooming).
	if (facts.sextortion) steps.push('pupil-keep-the-chat');
	// The third DSL review (M1): an adult at the school posted it, or it says one harmed a child: another adult.
	if (allegation) steps.push('pupil-adult-at-school');
	if (has(kinds, bit['harmful'])) steps.push('pupil-self-harm');
	if (reportRemove(answers, facts)) steps.push('pupil-report-remove');
	// The DSL review (SHOULD-FIX b): beside sexual contact, the chat is kept and an adult told before any block.
	if (grooming) steps.push('pupil-ceop', 'pupil-keep-the-chat');
	if (has(kinds, doNotJoinIn)) steps.push('pupil-do-not-join-in');
	// A friend's own self-harm post is a friend to tell an adult about, not an account to block (the expert read).
	// The second DSL review (S1): where the chat is to be kept for an adult (grooming, a threat to share a picture),
	// "block and report" is left out: the keep-the-chat step says to tell an adult before blocking.
	const keepTheChat =
		steps.includes('pupil-keep-the-chat') || steps.includes('pupil-threat-to-share');
	// An adult at the school's post is kept for the adult the pupil tells (pupil-adult-at-school says so), not blocked.
	// The fourth DSL read (D2): nor beside a sexual image (a child's, or a faked one of an adult): "tell an adult before
	// you block, so they can see it" would ask a pupil to show it, and the police have the evidence before the platform.
	if (
		!keepTheChat &&
		!byAnAdultAtSchool &&
		!image &&
		!sexualImageOfAnAdult &&
		(has(kinds, offending & ~bit['harmful']) ||
			(has(kinds, bit['harmful']) && answers.poster !== 'pupil'))
	)
		steps.push('pupil-block-and-report');
	// The DSL re-read (S5): a friend's own self-harm post is for the adult they tell, not for Report Harmful Content.
	if (has(kinds, bit['harmful']) && !byAnAdultAtSchool && !facts.pupilsOwnHarmfulPost)
		steps.push('pupil-report-harmful-content');
	return steps;
}
