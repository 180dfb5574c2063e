import type { AnswersOf, Helper } from './guidance';

/**
 * "Can we connect online?": the policy on contact between pupils and the adults who work with the school.
 * Its questions and steps are worded in content/data/connect-online.yaml.
 */

export const connectHelper = {
	questions: {
		from: ['pupil', 'staff', 'governor', 'volunteer', 'contractor'],
		to: ['pupil', 'adult'],
		action: ['friend-request', 'follow', 'message'],
		family: ['no', 'yes'],
	},
	steps: [
		'not-allowed',
		'discouraged',
		'must-not-follow',
		'exception',
		'report-to-dsl',
		'report-to-head',
		'not-covered',
	],
	urgent: [],
} as const satisfies Helper;

export type ConnectAnswers = AnswersOf<typeof connectHelper.questions>;
export type ConnectStepId = (typeof connectHelper.steps)[number];

export function decideConnect({ from, to, action, family }: ConnectAnswers): ConnectStepId[] {
	const pupilAsks = from === 'pupil';
	if (pupilAsks === (to === 'pupil')) return ['not-covered'];
	const steps: ConnectStepId[] = [];
	if (action === 'follow') steps.push(pupilAsks ? 'discouraged' : 'must-not-follow');
	else steps.push('not-allowed');
	if (family === 'yes') steps.push('exception');
	else if (action !== 'follow' || !pupilAsks)
		steps.push(pupilAsks ? 'report-to-dsl' : 'report-to-head');
	return steps;
}
