import type { AnswersOf, Helper } from './guidance';

/**
 * "I have a concern about the school": who to contact for what, privately, then the Headteacher and the complaints procedure.
 * Its questions and steps are worded in content/data/concern-about-the-school.yaml.
 */

export const concernHelper = {
	questions: {
		kind: ['learning', 'bullying', 'staff', 'decision', 'safety'],
		tried: ['no', 'yes'],
		remote: ['no', 'yes'],
	},
	steps: [
		'safety',
		'contact-privately',
		'who-learning',
		'who-bullying',
		'who-staff',
		'who-decision',
		'anti-bullying',
		'complaints',
		'not-social-media',
		'email',
		'remote',
	],
	urgent: ['safety'],
} as const satisfies Helper;

export type ConcernAnswers = AnswersOf<typeof concernHelper.questions>;
export type ConcernStepId = (typeof concernHelper.steps)[number];

/** Whom to ask for, by what the concern is about; a child's safety goes to the DSL in the urgent step. */
const whoFor = {
	learning: 'who-learning',
	bullying: 'who-bullying',
	staff: 'who-staff',
	decision: 'who-decision',
} as const satisfies Partial<Record<ConcernAnswers['kind'], ConcernStepId>>;

export function decideConcern({ kind, tried, remote }: ConcernAnswers): ConcernStepId[] {
	const steps: ConcernStepId[] = [];
	if (kind === 'safety') steps.push('safety');
	if (remote === 'yes' && kind === 'learning' && tried === 'no') steps.push('remote');
	if (tried === 'no') {
		steps.push('contact-privately');
		if (kind !== 'safety') steps.push(whoFor[kind]);
	} else steps.push('complaints');
	if (kind === 'bullying') steps.push('anti-bullying');
	steps.push('not-social-media', 'email');
	return steps;
}
