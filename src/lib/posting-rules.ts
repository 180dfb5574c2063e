import { link, type PolicyLink } from './guidance';

/**
 * The policy's rules about posting, as one pure function. The "Should I post this?" quiz and the
 * "Before you post" checker both take their answers from here, so they cannot disagree.
 */

export const facts = [
	'illegalOrHateful',
	'unsafeContact',
	'violent',
	'unkind',
	'complaintAboutSchool',
	'contactsStaff',
	'underAge',
	'privateMessage',
	'revealsLocation',
	'showsOthers',
	'lateAtNight',
] as const;
export type Fact = (typeof facts)[number];

/** What is true of a post. Anything left out is taken as false. `othersAgreed` matters only when others are in it. */
export type PostFacts = Partial<Record<Fact | 'othersAgreed', boolean>>;

/** From least to most serious. */
export const verdicts = ['post', 'ask-first', 'dont-post', 'tell-adult'] as const;
export type PostVerdict = (typeof verdicts)[number];

export type Audience = 'pupils' | 'parents' | 'staff';

export type { PolicyLink };

export interface Rule {
	fact: Fact;
	verdict: PostVerdict;
	/** A yes/no question for the checker, for each audience. */
	question: Record<Audience, string>;
	/** Why, in a sentence. */
	reason: string;
	/** What to do instead. */
	instead: Record<Audience, string>;
	policy: PolicyLink;
}

export interface Reason {
	fact: Fact | 'none';
	verdict: PostVerdict;
	reason: string;
	instead: string;
	policy: PolicyLink;
}

export interface Decision {
	verdict: PostVerdict;
	/** Most serious first. */
	reasons: Reason[];
}


/** The rules, most serious first: this is also the order of the checker's questions. */
export const rules: readonly Rule[] = [
	{
		fact: 'illegalOrHateful',
		verdict: 'tell-adult',
		question: {
			pupils: 'Could it be hateful, extremist or against the law?',
			parents: 'Could it be hateful, extremist or illegal?',
			staff: 'Could it be hateful, extremist or illegal?',
		},
		reason: 'Hateful, extremist or illegal material must never be shared, even as a joke. The school has duties under the Prevent duty.',
		instead: {
			pupils: 'Don’t share it or reply to it. Tell a trusted adult, and report it on the app.',
			parents: 'Don’t share it. Report it to the platform and tell the school; if it may be illegal or dangerous, contact the police.',
			staff: 'Don’t share it. Tell the DSL straight away, and report it to the platform.',
		},
		policy: link('policy/extremism', 'extremism', 'Extremism and the Prevent duty'),
	},
	{
		fact: 'unsafeContact',
		verdict: 'tell-adult',
		question: {
			pupils: 'Is someone you only know online asking for photos, personal details or to meet up?',
			parents: 'Is someone your child only knows online asking for photos, personal details or to meet?',
			staff: 'Is someone asking a pupil for photos, personal details or to meet?',
		},
		reason: 'Adults sometimes pretend to be children online. Requests like these are warning signs of abuse, which pupils learn to report.',
		instead: {
			pupils: 'Don’t reply or send anything. Tell a trusted adult straight away, and report the account.',
			parents: 'Keep the messages, report the account to CEOP and the platform, and tell the school’s DSL.',
			staff: 'Tell the DSL at once: this is a safeguarding concern.',
		},
		policy: link('policy/age-limits', 'a-difficult-balance', 'Age limits and underage use'),
	},
	{
		fact: 'violent',
		verdict: 'tell-adult',
		question: {
			pupils: 'Does it show someone being hurt, or a fight?',
			parents: 'Does it show violence, such as a fight?',
			staff: 'Does it show violence, such as a fight?',
		},
		reason: 'Violent posts can hurt the people in them and may be a crime. The school asks for them to be deleted.',
		instead: {
			pupils: 'Don’t film it, share it or like it. Tell a trusted adult what you saw.',
			parents: 'Don’t share it. Tell the school privately, and report it to the platform.',
			staff: 'Don’t share it. Report it to the DSL, and ask for the post to be deleted.',
		},
		policy: link('policy/breaches-and-offending-posts', 'posts-by-members-of-the-school-community', 'Breaches and offending posts'),
	},
	{
		fact: 'unkind',
		verdict: 'dont-post',
		question: {
			pupils: 'Could it be unkind, rude or hurtful to anyone, or seen as bullying?',
			parents: 'Could it be read as rude, insulting, aggressive or bullying?',
			staff: 'Could it be read as rude, insulting, aggressive or bullying?',
		},
		reason: 'We expect everyone to be as respectful online as face to face: no posts that are or could be seen as bullying, aggressive, rude or insulting, in public or in private groups.',
		instead: {
			pupils: 'Don’t post it. If you are upset with someone, talk to them, or to an adult you trust.',
			parents: 'Don’t post it. If something is wrong, talk to the person directly, or contact the school privately.',
			staff: 'Don’t post it. Raise the matter through the proper school channels.',
		},
		policy: link('policy/expected-behaviour', 'what-positive-behaviour-means', 'How we expect everyone to behave'),
	},
	{
		fact: 'complaintAboutSchool',
		verdict: 'dont-post',
		question: {
			pupils: 'Is it a complaint about the school or a teacher?',
			parents: 'Is it a complaint or criticism of the school or its staff?',
			staff: 'Does it discuss the school, its pupils, parents or colleagues?',
		},
		reason: 'Complaints shared on social media rarely solve anything, and they upset staff, pupils and parents. Staff never discuss the school or its stakeholders online.',
		instead: {
			pupils: 'Talk to your teacher, or ask your parent or carer to contact the school.',
			parents: 'Contact the school directly and in private. If that does not resolve it, follow the complaints procedure.',
			staff: 'Raise it with your line manager or the Headteacher, not online.',
		},
		policy: link('policy/raising-a-concern', 'contact-us-first', 'Raising a concern'),
	},
	{
		fact: 'contactsStaff',
		verdict: 'dont-post',
		question: {
			pupils: 'Is it a friend request, follow or message to a teacher or someone who works at school?',
			parents: 'Is it your child contacting a member of staff on social media?',
			staff: 'Is it contact with a pupil on social media, such as a friend request or a follow?',
		},
		reason: 'Pupils may not be friends with, send friend requests to or message staff, governors, volunteers or contractors on social media, and staff must not follow pupils’ accounts.',
		instead: {
			pupils: 'Talk to your teachers at school, or through the school’s learning platform.',
			parents: 'Use email, the school’s official channel, to contact staff.',
			staff: 'Don’t accept or follow. Tell the DSL if a pupil tries to connect, or the Headteacher if it is a colleague.',
		},
		policy: link('policy/contact-between-pupils-and-staff', 'friends-and-friend-requests', 'Contact between pupils and staff'),
	},
	{
		fact: 'underAge',
		verdict: 'dont-post',
		question: {
			pupils: 'Are you younger than the app’s minimum age (13 for most)?',
			parents: 'Is your child younger than the app’s minimum age?',
			staff: 'Is the pupil younger than the app’s minimum age?',
		},
		reason: 'Most social media apps are for 13 and over. The school asks families to respect age ratings and not to encourage underage use.',
		instead: {
			pupils: 'Wait until you are old enough, and choose apps made for your age. Ask an adult to help.',
			parents: 'Respect the app’s age rating, and look for one made for your child’s age.',
			staff: 'Remind the pupil of the age limit, and involve their parents.',
		},
		policy: link('policy/age-limits', 'respecting-age-ratings', 'Age limits and underage use'),
	},
	{
		fact: 'privateMessage',
		verdict: 'dont-post',
		question: {
			pupils: 'Is it a screenshot or copy of someone else’s private message?',
			parents: 'Is it someone else’s private message or conversation?',
			staff: 'Is it someone else’s private message or conversation?',
		},
		reason: 'A private message belongs to the person who sent it. The policy asks for permission before sharing any information about other people.',
		instead: {
			pupils: 'Keep it private. If the message worries you, show a trusted adult instead of sharing it.',
			parents: 'Keep it private. If it worries you, raise it with the school directly.',
			staff: 'Keep it private, and follow the school’s data protection rules.',
		},
		policy: link('policy/photographs-and-information', 'ask-before-you-post', 'Photographs and other people’s information'),
	},
	{
		fact: 'revealsLocation',
		verdict: 'dont-post',
		question: {
			pupils: 'Does it show where you or someone else lives, or where you are right now (a school badge, a street, a live location)?',
			parents: 'Does it give away where a child lives, goes to school or is right now?',
			staff: 'Does it give away where a pupil or colleague lives or can be found?',
		},
		reason: 'Details like a school uniform, a street name or a live location tell strangers where to find someone. Think before sharing information about anyone.',
		instead: {
			pupils: 'Take out anything that shows where you are, or don’t post it. Turn off location sharing.',
			parents: 'Crop or blur uniforms and street names, and turn off location sharing.',
			staff: 'Remove anything that identifies where people can be found.',
		},
		policy: link('policy/photographs-and-information', 'ask-before-you-post', 'Photographs and other people’s information'),
	},
	{
		fact: 'showsOthers',
		verdict: 'ask-first',
		question: {
			pupils: 'Does it show or name anyone else?',
			parents: 'Does it show or name anyone else, such as other children?',
			staff: 'Does it show or name anyone else?',
		},
		reason: 'Permission should be sought before uploading photographs, videos or any other information about other people.',
		instead: {
			pupils: 'Ask everyone in it first. Only post it if they all say yes.',
			parents: 'Ask the other people, or their parents, first. Follow the school’s rules on photos.',
			staff: 'Check the school’s photo consent records before posting anything that shows pupils.',
		},
		policy: link('policy/photographs-and-information', 'ask-before-you-post', 'Photographs and other people’s information'),
	},
	{
		fact: 'lateAtNight',
		verdict: 'dont-post',
		question: {
			pupils: 'Is it late at night, or are you in bed?',
			parents: 'Is it late at night, or is your child in their bedroom?',
			staff: 'Is it late at night?',
		},
		reason: 'Being online late at night or in bed gets in the way of a good night’s sleep and of learning at school the next day.',
		instead: {
			pupils: 'Put your phone away and pick it up again tomorrow.',
			parents: 'Agree times when devices are put away, and keep them out of bedrooms at night.',
			staff: 'Leave it until the morning.',
		},
		policy: link('policy/supporting-your-child', 'talk-with-your-child', 'Supporting your child online'),
	},
];

const fine: Reason = {
	fact: 'none',
	verdict: 'post',
	reason: 'It is kind, it is yours to share, and it gives nothing away about anyone else.',
	instead: 'Go ahead, and keep being a good friend online.',
	policy: link('policy/expected-behaviour', 'social-media-is-part-of-life', 'How we expect everyone to behave'),
};

const severity = (verdict: PostVerdict) => verdicts.indexOf(verdict);

/** Whether a rule applies to these facts. Showing others is fine once they have all agreed. */
export function applies(rule: Rule, post: PostFacts): boolean {
	if (rule.fact === 'showsOthers') return Boolean(post.showsOthers) && !post.othersAgreed;
	if (rule.fact === 'privateMessage') return Boolean(post.privateMessage) && !post.othersAgreed;
	return Boolean(post[rule.fact]);
}

/** The verdict on a post, with every reason that applies, most serious first. */
export function decidePost(post: PostFacts, audience: Audience = 'pupils'): Decision {
	const reasons = rules
		.filter((rule) => applies(rule, post))
		.map(({ fact, verdict, reason, instead, policy }) => ({ fact, verdict, reason, instead: instead[audience], policy }))
		.sort((a, b) => severity(b.verdict) - severity(a.verdict));
	const first = reasons[0];
	return first ? { verdict: first.verdict, reasons } : { verdict: 'post', reasons: [fine] };
}

/** Short names for the verdicts, as the quiz and the checker show them. */
export const verdictLabels: Record<PostVerdict, string> = {
	post: 'Post it',
	'ask-first': 'Ask first',
	'dont-post': 'Don’t post it',
	'tell-adult': 'Don’t post it: tell a trusted adult or report it',
};
