import type { AnswersOf, Helper } from './guidance';

/**
 * "I have a concern about the school": contact the school privately, then the complaints procedure.
 * Its questions and steps are worded in content/data/concern-about-the-school.yaml.
 */

export const concernHelper = {
	questions: {
		kind: ['learning', 'staff', 'decision', 'safety'],
		tried: ['no', 'yes'],
		remote: ['no', 'yes'],
	},
	steps: ['safety', 'contact-privately', 'complaints', 'not-social-media', 'email', 'remote'],
	urgent: ['safety'],
} as const satisfies Helper;

export type ConcernAnswers = AnswersOf<typeof concernHelper.questions>;
export type ConcernStepId = (typeof concernHelper.steps)[number];

export function decideConcern({ kind, tried, remote }: ConcernAnswers): ConcernStepId[] {
	const steps: ConcernStepId[] = [];
	if (kind === 'safety') steps.push('safety');
	if (remote === 'yes' && kind === 'learning' && tried === 'no') steps.push('remote');
	steps.push(tried === 'no' ? 'contact-privately' : 'complaints', 'not-social-media', 'email');
	return steps;
}
