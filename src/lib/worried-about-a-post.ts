import type { AnswersOf, Helper } from './guidance';

/**
 * "I'm worried about a post": the route for who is asking (a member of staff, a parent or carer, a pupil), who or
 * what the post is about, who posted it and what it is. Each reader gets only their own steps (see `groups`), in the
 * order to take them: safety first, then evidence, telling the right person, removal, help and escalation.
 * Its questions and steps are worded in content/data/worried-about-a-post.yaml.
 */

const staffSteps = [
	'staff-do-not-share',
	'staff-tell-dsl',
	'staff-prevent',
	'staff-report-remove',
	'staff-ceop',
	'staff-keep-evidence',
	'staff-do-not-reply',
	'staff-tell-head',
	'staff-request-deletion',
	'staff-report-to-platform',
	'staff-act',
	'staff-report-harmful-content',
	'staff-respond-fairly',
	'staff-posh',
	'staff-police',
	'staff-behaviour-policy',
	'staff-code-of-conduct',
] as const;

const parentSteps = [
	'parent-do-not-share',
	'parent-ceop',
	'parent-tell-dsl',
	'parent-report-remove',
	'parent-keep-evidence',
	'parent-do-not-reply',
	'parent-group-chat',
	'parent-raise-privately',
	'parent-how-school-responds',
	'parent-report-to-platform',
	'parent-act',
	'parent-report-harmful-content',
	'parent-tell-school',
	'parent-police',
] as const;

const pupilSteps = [
	'pupil-do-not-share',
	'pupil-tell-adult',
	'pupil-ceop',
	'pupil-report-remove',
	'pupil-do-not-join-in',
	'pupil-block-and-report',
	'pupil-report-harmful-content',
	'pupil-childline',
] as const;

export const worriedHelper = {
	questions: {
		reporter: ['staff', 'parent', 'pupil'],
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
			'indecent-image',
			'own-image',
			'sexual-contact',
		],
	},
	steps: [...staffSteps, ...parentSteps, ...pupilSteps],
	urgent: [
		'staff-do-not-share',
		'staff-tell-dsl',
		'parent-do-not-share',
		'parent-ceop',
		'pupil-do-not-share',
	],
	groups: { staff: staffSteps, parent: parentSteps, pupil: pupilSteps },
} as const satisfies Helper;

export type WorriedAnswers = AnswersOf<typeof worriedHelper.questions>;
export type WorriedStepId = (typeof worriedHelper.steps)[number];
type Kind = WorriedAnswers['kind'];
type Reader = WorriedAnswers['reporter'];

const images: readonly Kind[] = ['indecent-image', 'own-image'];
/** Criticism, fair or not: said about the school in public or in a group, but not abusive. */
const reputational: readonly Kind[] = ['criticism', 'review', 'group-chat'];
/** Posts the school asks to be deleted, or reports, under the policy ("inappropriate, upsetting, violent or abusive"). */
const offending: readonly Kind[] = [
	'fake-account',
	'upsetting',
	'bullying',
	'abuse',
	'violent',
	'harmful',
	'extremist',
];
/** Posts that may be a crime: threats, harassment, hate, violence. */
const mayBeACrime: readonly Kind[] = ['abuse', 'violent', 'extremist'];

/** Whether a child may be at risk, so that the DSL must know: only then does a route say so. */
export function childMayBeAtRisk({
	about,
	poster,
	kind,
}: Omit<WorriedAnswers, 'reporter'>): boolean {
	if (images.includes(kind) || kind === 'sexual-contact') return true;
	if (about === 'pupil' && ['bullying', 'abuse', 'violent', 'harmful', 'extremist'].includes(kind))
		return true;
	return poster === 'pupil' && kind === 'extremist';
}

/** The steps for these answers, in the order to take them: only the steps for the person asking. */
export function decideWorried(answers: WorriedAnswers): WorriedStepId[] {
	const routes: Record<Reader, (answers: WorriedAnswers) => WorriedStepId[]> = {
		staff: staffRoute,
		parent: parentRoute,
		pupil: pupilRoute,
	};
	return routes[answers.reporter](answers);
}

function staffRoute(answers: WorriedAnswers): WorriedStepId[] {
	const { about, poster, kind } = answers;
	const inCommunity = poster !== 'outsider';
	const aboutTheSchool = about === 'staff' || about === 'school';
	if (images.includes(kind)) {
		const steps: WorriedStepId[] = ['staff-do-not-share', 'staff-tell-dsl'];
		if (kind === 'own-image') steps.push('staff-report-remove');
		if (kind === 'indecent-image' && poster !== 'pupil') steps.push('staff-ceop');
		return steps;
	}
	if (kind === 'sexual-contact') return ['staff-tell-dsl', 'staff-ceop'];

	const steps: WorriedStepId[] = [];
	if (childMayBeAtRisk(answers)) steps.push('staff-tell-dsl');
	if (kind === 'extremist') steps.push('staff-prevent');
	steps.push('staff-keep-evidence', 'staff-do-not-reply');
	if (aboutTheSchool || kind === 'fake-account' || poster === 'staff')
		steps.push('staff-tell-head');
	if (offending.includes(kind)) {
		if (inCommunity) steps.push('staff-request-deletion');
		if (!inCommunity || kind === 'fake-account' || kind === 'harmful')
			steps.push('staff-report-to-platform');
	}
	if (kind === 'extremist') steps.push('staff-act');
	if (kind === 'harmful') steps.push('staff-report-harmful-content');
	if (reputational.includes(kind) && about !== 'other') steps.push('staff-respond-fairly');
	if (aboutTheSchool && (offending.includes(kind) || kind === 'review')) steps.push('staff-posh');
	if (mayBeACrime.includes(kind)) steps.push('staff-police');
	if (poster === 'pupil' && offending.includes(kind)) steps.push('staff-behaviour-policy');
	if (poster === 'staff') steps.push('staff-code-of-conduct');
	return steps;
}

function parentRoute(answers: WorriedAnswers): WorriedStepId[] {
	const { about, poster, kind } = answers;
	const involvesAPupil = about === 'pupil' || poster === 'pupil';
	if (images.includes(kind)) {
		const steps: WorriedStepId[] = ['parent-do-not-share'];
		if (kind === 'indecent-image') steps.push('parent-ceop');
		if (involvesAPupil) steps.push('parent-tell-dsl');
		if (kind === 'own-image') steps.push('parent-report-remove');
		return steps;
	}
	if (kind === 'sexual-contact')
		return involvesAPupil ? ['parent-ceop', 'parent-tell-dsl'] : ['parent-ceop'];

	const steps: WorriedStepId[] = [];
	const toldTheDsl = childMayBeAtRisk(answers);
	if (toldTheDsl) steps.push('parent-tell-dsl');
	if (offending.includes(kind)) steps.push('parent-keep-evidence');
	steps.push('parent-do-not-reply');
	if (kind === 'group-chat') steps.push('parent-group-chat');
	if (reputational.includes(kind) && about !== 'other')
		steps.push('parent-raise-privately', 'parent-how-school-responds');
	if (
		offending.includes(kind) &&
		(poster === 'outsider' || kind === 'fake-account' || kind === 'harmful' || kind === 'extremist')
	)
		steps.push('parent-report-to-platform');
	if (kind === 'extremist') steps.push('parent-act');
	if (kind === 'harmful') steps.push('parent-report-harmful-content');
	if (offending.includes(kind) && !toldTheDsl && (about !== 'other' || poster !== 'outsider'))
		steps.push('parent-tell-school');
	if (mayBeACrime.includes(kind)) steps.push('parent-police');
	return steps;
}

function pupilRoute({ kind }: WorriedAnswers): WorriedStepId[] {
	if (images.includes(kind)) {
		const steps: WorriedStepId[] = ['pupil-do-not-share', 'pupil-tell-adult'];
		if (kind === 'own-image') steps.push('pupil-report-remove');
		return [...steps, 'pupil-childline'];
	}
	if (kind === 'sexual-contact')
		return ['pupil-tell-adult', 'pupil-ceop', 'pupil-block-and-report', 'pupil-childline'];
	if (reputational.includes(kind)) return ['pupil-do-not-join-in', 'pupil-tell-adult'];
	const steps: WorriedStepId[] = ['pupil-tell-adult'];
	if (kind === 'extremist' || kind === 'violent') steps.push('pupil-do-not-join-in');
	steps.push('pupil-block-and-report');
	if (kind === 'harmful') steps.push('pupil-report-harmful-content');
	return [...steps, 'pupil-childline'];
}
