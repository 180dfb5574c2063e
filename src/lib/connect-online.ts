import { link, type AnswersOf, type Question, type SchoolNames, type Step } from './guidance';

/** "Can we connect online?": the policy on contact between pupils and the adults who work with the school. */

export const connectQuestions = [
	{
		id: 'from',
		legend: 'Who wants to connect?',
		options: [
			{ value: 'pupil', label: 'A pupil' },
			{ value: 'staff', label: 'A member of staff' },
			{ value: 'governor', label: 'A governor' },
			{ value: 'volunteer', label: 'A volunteer' },
			{ value: 'contractor', label: 'A contractor' },
		],
	},
	{
		id: 'to',
		legend: 'With whom?',
		options: [
			{ value: 'pupil', label: 'A pupil' },
			{ value: 'adult', label: 'A member of staff, governor, volunteer or contractor' },
		],
	},
	{
		id: 'action',
		legend: 'How?',
		options: [
			{ value: 'friend-request', label: 'A friend request' },
			{ value: 'follow', label: 'Following a public account' },
			{ value: 'message', label: 'A message' },
		],
	},
	{
		id: 'family',
		legend: 'Are they already family, or was there a link before school?',
		options: [
			{ value: 'no', label: 'No' },
			{ value: 'yes', label: 'Yes' },
		],
	},
] as const satisfies readonly Question[];

export type ConnectAnswers = AnswersOf<typeof connectQuestions>;
export type ConnectStepId = keyof ReturnType<typeof connectSteps>;

const section = (anchor: string) => link('policy/contact-between-pupils-and-staff', anchor, 'Contact between pupils and staff');

export function connectSteps(names: SchoolNames) {
	return {
		'not-allowed': {
			title: 'Not allowed',
			when: 'A friend request or message between a pupil and an adult who works with the school',
			text: 'Pupils must not be friends with, send friend requests to, or message staff, governors, volunteers or contractors on social media, and adults must not accept or send them.',
			quote: 'Pupils are not allowed* to be ‘friends’ with or make a friend request** to any staff, governors, volunteers and contractors or otherwise communicate via social media.',
			policy: section('friends-and-friend-requests'),
		},
		discouraged: {
			title: 'Discouraged',
			when: 'A pupil following the public account of an adult who works with the school',
			text: 'Pupils are asked not to follow staff, governors’, volunteers’ or contractors’ public accounts. The school accepts this is hard to control, so staff keep their public accounts professional.',
			quote: 'Pupils are discouraged from ‘following’ staff, governor, volunteer or contractor public accounts (e.g. following a staff member with a public Instagram account).',
			policy: section('following-public-accounts'),
		},
		'must-not-follow': {
			title: 'Staff must not follow pupils',
			when: 'An adult who works with the school following a pupil’s public account',
			text: 'Staff must not follow pupils’ public accounts, even though pupils following staff is only discouraged.',
			quote: 'In the reverse situation, however, staff must not follow such public student accounts.',
			policy: section('following-public-accounts'),
		},
		exception: {
			title: `An exception needs the ${names.headteacher}’s approval`,
			when: 'Where there is a family link or another link from before school',
			text: `A pre-existing family link can be an exception, but only with the approval of the ${names.headteacherInPolicy}, declared when the pupil or member of staff joins the school.`,
			quote: `* Exceptions may be made, e.g. for pre-existing family links, but these must be approved by the ${names.headteacherInPolicy}, and should be declared upon entry of the pupil or staff member to the school).`,
			policy: section('exceptions-and-attempts'),
		},
		'report-to-dsl': {
			title: `Tell the ${names.dsl}`,
			when: 'When a pupil tries to connect with an adult who works with the school',
			text: `An attempt by a pupil may be a safeguarding concern. Don’t accept it; tell the ${names.dsl}.`,
			quote: `** Any attempt to do so may be a safeguarding concern or disciplinary matter and should be notified to the ${names.dsl} (if by a child) or to the ${names.headteacher} (if by a staff member).`,
			policy: section('exceptions-and-attempts'),
		},
		'report-to-head': {
			title: `Tell the ${names.headteacher}`,
			when: 'When an adult who works with the school tries to connect with a pupil',
			text: `An attempt by an adult may be a disciplinary matter and is notified to the ${names.headteacher}. Pupils and parents: tell the ${names.dsl} or any trusted member of staff.`,
			quote: `** Any attempt to do so may be a safeguarding concern or disciplinary matter and should be notified to the ${names.dsl} (if by a child) or to the ${names.headteacher} (if by a staff member).`,
			policy: section('exceptions-and-attempts'),
		},
		'not-covered': {
			title: 'This rule is about pupils and adults',
			when: 'Between two pupils, or between two adults',
			text: 'The policy’s rules on connecting are about pupils and the adults who work with the school. Between pupils, or between adults, everyone is still expected to behave respectfully online.',
			quote: 'This positive behaviour can be summarised as not making any posts which are or could be construed as bullying, aggressive, rude, insulting, illegal or otherwise inappropriate, or which might bring the school or (particularly for staff) teaching profession into disrepute.',
			policy: link('policy/expected-behaviour', 'what-positive-behaviour-means', 'How we expect everyone to behave'),
		},
	} satisfies Record<string, Step>;
}

export function decideConnect({ from, to, action, family }: ConnectAnswers): ConnectStepId[] {
	const pupilAsks = from === 'pupil';
	if (pupilAsks === (to === 'pupil')) return ['not-covered'];
	const steps: ConnectStepId[] = [];
	if (action === 'follow') steps.push(pupilAsks ? 'discouraged' : 'must-not-follow');
	else steps.push('not-allowed');
	if (family === 'yes') steps.push('exception');
	else if (action !== 'follow' || !pupilAsks) steps.push(pupilAsks ? 'report-to-dsl' : 'report-to-head');
	return steps;
}
