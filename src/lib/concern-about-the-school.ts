import { link, type AnswersOf, type Question, type SchoolNames, type Step } from './guidance';

/** "I have a concern about the school": contact the school privately, then the complaints procedure. */

export const concernQuestions = [
	{
		id: 'kind',
		legend: 'What is your concern about?',
		options: [
			{ value: 'learning', label: 'My child’s learning or homework' },
			{ value: 'staff', label: 'A member of staff' },
			{ value: 'decision', label: 'A decision or a policy of the school' },
			{ value: 'safety', label: 'A child’s safety' },
		],
	},
	{
		id: 'tried',
		legend: 'Have you already raised it with the school?',
		options: [
			{ value: 'no', label: 'Not yet' },
			{ value: 'yes', label: 'Yes, and it is not resolved' },
		],
	},
	{
		id: 'remote',
		legend: 'Is your child learning from home at the moment?',
		options: [
			{ value: 'no', label: 'No' },
			{ value: 'yes', label: 'Yes' },
		],
	},
] as const satisfies readonly Question[];

export type ConcernAnswers = AnswersOf<typeof concernQuestions>;
export type ConcernStepId = keyof ReturnType<typeof concernSteps>;

export function concernSteps(names: SchoolNames) {
	return {
		safety: {
			urgent: true,
			title: 'If a child is in danger now, call 999',
			when: 'If your concern is about a child’s safety',
			text: `Otherwise, contact the school straight away on ${names.officePhone} and ask for the ${names.dslLong} (${names.dsl}).`,
			policy: link('policy/further-questions', 'further-questions', 'Further questions'),
		},
		'contact-privately': {
			title: 'Contact the school directly and in private',
			when: 'First, for any concern',
			text: `Email the school office at ${names.officeEmail}, or telephone ${names.officePhone}.`,
			quote: 'If parents have a concern about the school, we would urge them to contact us directly and in private to resolve the matter.',
			policy: link('policy/raising-a-concern', 'contact-us-first', 'Raising a concern'),
		},
		complaints: {
			title: 'Follow the complaints procedure',
			when: 'If raising it with the school has not resolved it',
			text: `Read the school’s complaints procedure and follow its steps: ${names.complaintsUrl}`,
			quote: 'If an issue cannot be resolved in this way, the school complaints procedure should be followed.',
			policy: link('policy/raising-a-concern', 'contact-us-first', 'Raising a concern'),
		},
		'not-social-media': {
			title: 'Please don’t post about it',
			when: 'Always',
			text: 'A public post, even in a private parents’ group, is unlikely to resolve your concern, and can hurt staff, pupils and other families.',
			quote: 'Sharing complaints on social media is unlikely to help resolve the matter, but can cause upset to staff, pupils and parents, also undermining staff morale and the reputation of the school (which is important for the pupils we serve).',
			policy: link('policy/raising-a-concern', 'contact-us-first', 'Raising a concern'),
		},
		email: {
			title: 'Email is the school’s official channel',
			when: 'Always',
			text: `Use email to write to the school: ${names.officeEmail}.`,
			quote: 'Email is the official electronic communication channel between parents and the school.',
			policy: link('policy/communication-channels', 'how-we-communicate', 'Official communication channels'),
		},
		remote: {
			title: `During remote learning, use ${names.remotePlatforms}`,
			when: 'If your child is learning from home and your question is about a learning task',
			text: `You may message your child’s teacher on ${names.remotePlatforms} to ask about a learning task. Senior leaders see these channels.`,
			quote: 'During this time parents may communicate with teachers in order to seek clarification of any learning tasks.',
			policy: link('policy/communication-channels', 'how-we-communicate', 'Official communication channels'),
		},
	} satisfies Record<string, Step>;
}

export function decideConcern({ kind, tried, remote }: ConcernAnswers): ConcernStepId[] {
	const steps: ConcernStepId[] = [];
	if (kind === 'safety') steps.push('safety');
	if (remote === 'yes' && kind === 'learning' && tried === 'no') steps.push('remote');
	steps.push(tried === 'no' ? 'contact-privately' : 'complaints', 'not-social-media', 'email');
	return steps;
}
