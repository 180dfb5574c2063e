import type { AnswersOf, Helper } from './guidance';

/**
 * "I'm worried about a post": what the policy says to do, in order, for who posted it and what it is.
 * Its questions and steps are worded in content/data/worried-about-a-post.yaml.
 */

export const worriedHelper = {
	questions: {
		reporter: ['staff', 'parent'],
		poster: ['pupil', 'parent', 'staff', 'community', 'outsider'],
		kind: ['criticism', 'upsetting', 'bullying', 'violent', 'illegal', 'extremist', 'child-image'],
	},
	steps: [
		'do-not-share',
		'tell-dsl',
		'request-deletion',
		'behaviour-policy',
		'code-of-conduct',
		'report-to-platform',
		'posh',
		'police',
		'prevent',
		'tell-school',
		'respond-fairly',
		'raise-privately',
	],
	urgent: ['do-not-share'],
} as const satisfies Helper;

export type WorriedAnswers = AnswersOf<typeof worriedHelper.questions>;
export type WorriedStepId = (typeof worriedHelper.steps)[number];

const childAtRisk = ['bullying', 'violent', 'illegal', 'extremist', 'child-image'];
const offending = ['upsetting', 'bullying', 'violent', 'illegal', 'extremist', 'child-image'];

/** The steps for these answers, in the order to take them. */
export function decideWorried({ reporter, poster, kind }: WorriedAnswers): WorriedStepId[] {
	const steps: WorriedStepId[] = [];
	if (kind === 'child-image') steps.push('do-not-share');
	if (childAtRisk.includes(kind)) steps.push('tell-dsl');
	if (kind === 'illegal' || kind === 'violent' || kind === 'child-image') steps.push('police');
	if (kind === 'extremist') steps.push('prevent', 'police');
	if (poster !== 'outsider' && offending.includes(kind)) steps.push('request-deletion');
	if (poster === 'outsider' && kind !== 'criticism') steps.push('report-to-platform');
	if (reporter === 'parent' && !(kind === 'criticism' && poster === 'parent')) steps.push('tell-school');
	else if (reporter === 'staff' && poster === 'outsider' && kind !== 'criticism') steps.push('posh');
	if (kind === 'criticism') steps.push('respond-fairly');
	if (kind === 'criticism' && poster === 'parent') steps.push('raise-privately');
	if (poster === 'pupil' && kind !== 'criticism') steps.push('behaviour-policy');
	if (poster === 'staff') steps.push('code-of-conduct');
	return steps;
}
