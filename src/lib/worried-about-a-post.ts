import { link, type AnswersOf, type Question, type SchoolNames, type Step } from './guidance';

/** "I'm worried about a post": what the policy says to do, in order, for who posted it and what it is. */

export const worriedQuestions = [
	{
		id: 'reporter',
		legend: 'Are you a member of staff or a parent?',
		options: [
			{ value: 'staff', label: 'A member of staff' },
			{ value: 'parent', label: 'A parent or carer' },
		],
	},
	{
		id: 'poster',
		legend: 'Who posted it?',
		options: [
			{ value: 'pupil', label: 'A pupil' },
			{ value: 'parent', label: 'A parent or carer' },
			{ value: 'staff', label: 'A member of staff' },
			{ value: 'community', label: 'A governor, volunteer or contractor' },
			{ value: 'outsider', label: 'Someone outside the school, or I don’t know' },
		],
	},
	{
		id: 'kind',
		legend: 'What is it?',
		options: [
			{ value: 'criticism', label: 'Criticism of the school' },
			{ value: 'upsetting', label: 'Upsetting or rude' },
			{ value: 'bullying', label: 'Bullying or abusive' },
			{ value: 'violent', label: 'Violent' },
			{ value: 'illegal', label: 'Possibly illegal or dangerous' },
			{ value: 'extremist', label: 'Extremist or hateful' },
			{ value: 'child-image', label: 'An image of a child that may be indecent' },
		],
	},
] as const satisfies readonly Question[];

export type WorriedAnswers = AnswersOf<typeof worriedQuestions>;
export type WorriedStepId = keyof ReturnType<typeof worriedSteps>;

/** Every step this helper can give, worded with the school's names. */
export function worriedSteps(names: SchoolNames) {
	return {
		'do-not-share': {
			urgent: true,
			title: 'Do not copy, screenshot, forward or save it',
			when: 'If the post may be an indecent image of a child',
			text: `Copying, saving or sharing an indecent image of a child is a crime, even to report it. Leave it where it is and tell the ${names.dsl} (${names.dslLong}) at once. Parents can also report it to CEOP and the police.`,
			policy: link('policy/further-questions', 'further-questions', 'Further questions'),
		},
		'tell-dsl': {
			title: `Tell the ${names.dsl}`,
			when: 'If a child may be at risk: bullying, violence, illegal or extremist content, or an image of a child',
			text: `A child may be at risk, so this is a safeguarding matter. Staff tell the ${names.dsl} straight away; parents contact the school office (${names.officePhone}) and ask for the ${names.dsl}.`,
			quote: `Staff should speak to ${names.dsl} in the first instance, who may then call on the expertise of ${names.localAdvisers}, or Professionals’ Online-Safety Helpline.`,
			policy: link('policy/further-questions', 'further-questions', 'Further questions'),
		},
		'request-deletion': {
			title: 'The school asks for the post to be deleted',
			when: 'If someone in the school community posted something inappropriate, upsetting, violent or abusive',
			text: 'The school will ask the person who posted it to delete it, and expects that to happen promptly. Parents: tell the school rather than replying to the post.',
			quote: `Further to this, where an incident relates to an inappropriate, upsetting, violent or abusive social media post by a member of the school community, ${names.shortName} will request that the post be deleted and will expect this to be actioned promptly.`,
			policy: link('policy/breaches-and-offending-posts', 'posts-by-members-of-the-school-community', 'Breaches and offending posts'),
		},
		'behaviour-policy': {
			title: 'It is dealt with under the behaviour policy',
			when: 'If a pupil posted it',
			text: 'A pupil’s breach of this policy is dealt with under the school’s behaviour policy.',
			quote: 'Breaches of this policy and of school AUPs (Acceptable Use Policies) will be dealt with in line with the school behaviour policy (for pupils) or code of conduct (for staff).',
			policy: link('policy/breaches-and-offending-posts', 'breaches-of-this-policy', 'Breaches and offending posts'),
		},
		'code-of-conduct': {
			title: 'It is dealt with under the staff code of conduct',
			when: 'If a member of staff posted it',
			text: `A member of staff’s breach of this policy is dealt with under the code of conduct. Tell the ${names.headteacher}.`,
			quote: 'Staff are reminded that they are obliged not to bring the school or profession into disrepute and the easiest way to avoid this is to have the strictest privacy settings and avoid inappropriate sharing and oversharing online.',
			policy: link('policy/staff-conduct', 'protecting-yourself-and-the-school', 'Staff conduct online'),
		},
		'report-to-platform': {
			title: 'Report it to the platform',
			when: 'If someone outside the school posted it',
			text: 'Use the app’s or site’s own “report” button. The school may report it too.',
			quote: 'Where an offending post has been made by a third party, the school may report it to the platform where it is hosted, and may contact the Professionals’ Online Safety Helpline (run by the UK Safer Internet Centre) for support or help to accelerate this process.',
			policy: link('policy/breaches-and-offending-posts', 'posts-by-others', 'Breaches and offending posts'),
		},
		posh: {
			title: 'Contact the Professionals Online Safety Helpline',
			when: 'If a post about the school or its staff is not removed after it has been reported',
			text: 'Staff (through the school) can ask the Professionals Online Safety Helpline for help to get it removed: helpline@saferinternet.org.uk. See Contacts and helplines.',
			policy: link('policy/breaches-and-offending-posts', 'posts-by-others', 'Breaches and offending posts'),
		},
		police: {
			title: 'The police may be involved',
			when: 'If the post may be illegal or dangerous',
			text: 'If anyone is in immediate danger, call 999. Otherwise the school, or you, can report it to the police on 101.',
			quote: 'The police or other authorities may be involved where a post is potentially illegal or dangerous.',
			policy: link('policy/breaches-and-offending-posts', 'posts-by-others', 'Breaches and offending posts'),
		},
		prevent: {
			title: 'The Prevent duty applies',
			when: 'If the post is extremist or hateful',
			text: `The school has duties under Prevent. Staff tell the ${names.dsl}, who decides on any referral. Parents: please report it to the platform and tell the school.`,
			quote: 'The school has obligations relating to radicalisation and all forms of extremism under the Prevent Duty.',
			policy: link('policy/extremism', 'extremism', 'Extremism and the Prevent duty'),
		},
		'tell-school': {
			title: 'Tell the school, privately',
			when: 'If you are a parent',
			text: `Email the school office at ${names.officeEmail}, or telephone ${names.officePhone}. Please don’t reply to the post or share it.`,
			quote: 'If parents have a concern about the school, we would urge them to contact us directly and in private to resolve the matter.',
			policy: link('policy/raising-a-concern', 'contact-us-first', 'Raising a concern'),
		},
		'respond-fairly': {
			title: 'Respond fairly, not in public',
			when: 'If the post criticises the school',
			text: 'The school watches what is said about it online and responds to criticism fairly. Staff do not reply to the post themselves.',
			quote: 'Accordingly, we manage and monitor our social media footprint carefully to know what is being said about the school and to respond to criticism and praise in a fair, responsible manner.',
			policy: link('policy/why-reputation-matters', 'what-online-reputation-management-means', 'Why our reputation online matters'),
		},
		'raise-privately': {
			title: 'Concerns go to the school, in private',
			when: 'If a parent has posted a complaint about the school',
			text: `The school will invite the parent to raise it directly and privately, and, if that does not resolve it, to follow the complaints procedure. Parents: contact the office at ${names.officeEmail}.`,
			quote: 'If parents have a concern about the school, we would urge them to contact us directly and in private to resolve the matter.',
			policy: link('policy/raising-a-concern', 'contact-us-first', 'Raising a concern'),
		},
	} satisfies Record<string, Step>;
}

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
