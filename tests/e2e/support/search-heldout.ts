/**
 * Held-out search questions: written before the search was tuned for issue 23, and NOT to be tuned on.
 * Nobody changing src/lib/search-query.ts, content/data/search.yaml or the ranking may read these to make
 * one of them pass; they are measured once, at the end, to see whether the search understands questions it
 * was never fitted to.
 *
 * They come from the policy's text (content/policy-source.txt) and from situations in the research notes
 * (shared/research/*.md: reporting routes, KCSIE's content, contact, conduct and commerce, RSHE's new online
 * harms), written as a parent, a pupil (9 to 18, in their own words) or a member of staff at a bad moment
 * would type them, and 20 more misspelt or in slang. They were NOT written from the pages' keywords.
 *
 * Each lists every page that answers it (its addresses); the first page shown must be one of them. Some
 * addresses are pages other engineers are adding at the same time (`plannedPages`); every question also
 * has at least one page that exists today, so that the figure means something before they land.
 *
 * `atRisk` marks a question about a child at risk: for these the first page must carry the route for it
 * (never an app guide, never an unrelated page), whatever app the sentence names.
 */
export type Asker = 'parent' | 'pupil' | 'staff' | 'misspelt-or-slang';
export type Risk =
	'nude images' | 'sextortion' | 'grooming' | 'self-harm' | 'extremism' | 'deepfakes';

export interface HeldOutQuestion {
	question: string;
	from: Asker;
	/** The pages that answer it: the first result must be one of these. */
	answers: readonly string[];
	/** Set when the question is about a child at risk. */
	atRisk?: Risk;
}

/** Pages being added by other engineers at the same time as these questions; they exist after the merge. */
export const plannedPages: readonly string[] = [
	'/staff/when-you-are-targeted/',
	'/parents/bullied-online/',
	'/parents/upsetting-content/',
	'/parents/asked-for-pictures/',
	'/parents/sent-a-picture/',
	'/parents/talking-to-a-stranger/',
	'/devices/',
	...[
		'iphone-ipad',
		'android',
		'chromebook',
		'xbox',
		'playstation',
		'nintendo-switch',
		'home-internet',
	].map((device) => `/devices/${device}/`),
	'/about/governors-pack/',
];

// Pages that exist today, named once so that a typo shows up as one.
const worried = '/tools/worried-about-a-post/';
const upset = '/help/something-upset-me/';
const contacts = '/contacts/';
/** Written after these questions were (the safeguarding work of December 2026): the page for exactly this. */
const suicideAndSelfHarm = '/staff/suicide-and-self-harm/';
const extremism = '/policy/extremism/';
const breaches = '/policy/breaches-and-offending-posts/';
const photos = '/policy/photographs-and-information/';
const contactPolicy = '/policy/contact-between-pupils-and-staff/';
const connect = '/tools/connect-online/';
const concernPolicy = '/policy/raising-a-concern/';
const concernHelper = '/tools/concern-about-the-school/';
const supporting = '/policy/supporting-your-child/';
const ageLimits = '/policy/age-limits/';
const ageChecker = '/tools/age-checker/';
const channels = '/policy/communication-channels/';
const staffConduct = '/policy/staff-conduct/';
const reputationPage = '/staff/online-reputation/';
const whyReputation = '/policy/why-reputation-matters/';
const behaviour = '/policy/expected-behaviour/';
const furtherQuestions = '/policy/further-questions/';
// Planned pages (see plannedPages).
const targeted = '/staff/when-you-are-targeted/';
const bulliedOnline = '/parents/bullied-online/';
const upsettingContent = '/parents/upsetting-content/';
const askedForPictures = '/parents/asked-for-pictures/';
const sentAPicture = '/parents/sent-a-picture/';
const stranger = '/parents/talking-to-a-stranger/';
const devices = '/devices/';
/** Written after these questions were (issue 23, session 8): the parents' page on a child who self-harms. */
const hurtingThemselves = '/parents/hurting-themselves/';

export const heldOutQuestions: readonly HeldOutQuestion[] = [
	// Parents
	{
		question: "my daughter sent a topless photo to a boy in her year and now it's been shared",
		from: 'parent',
		answers: [worried, sentAPicture],
		atRisk: 'nude images',
	},
	{
		question: 'a man online has been messaging my 11 year old and told her to keep it a secret',
		from: 'parent',
		answers: [worried, stranger, contacts],
		atRisk: 'grooming',
	},
	{
		question: "someone is threatening to post my son's pictures unless he pays them",
		from: 'parent',
		answers: [worried, askedForPictures, sentAPicture],
		atRisk: 'sextortion',
	},
	{
		question:
			'my son keeps watching some influencer who says women are inferior and far right stuff',
		from: 'parent',
		answers: [extremism, upsettingContent],
		atRisk: 'extremism',
	},
	{
		question: 'my child told her friend in a message that she wants to die',
		from: 'parent',
		answers: [hurtingThemselves, worried, contacts, upset],
		atRisk: 'self-harm',
	},
	{
		question: 'another mum keeps posting about my son in the class whatsapp',
		from: 'parent',
		answers: [worried, breaches, bulliedOnline],
	},
	{
		question: "I'm not happy with how the school dealt with my son being bullied, who do I go to",
		from: 'parent',
		answers: [concernHelper, concernPolicy],
	},
	{
		question: 'is it alright to put the class photo from the school trip on my instagram',
		from: 'parent',
		answers: [photos],
	},
	{
		question: 'what should a 12 year old be allowed to do on their phone',
		from: 'parent',
		answers: [supporting, ageLimits, ageChecker, devices],
	},
	{
		question: 'how do I stop my son spending money in games on my card',
		from: 'parent',
		answers: [supporting, devices],
	},
	{
		question: 'my daughter is up on her phone until 1am every night',
		from: 'parent',
		answers: [supporting],
	},
	{
		question: 'can I email the class teacher directly or do I have to go through the office',
		from: 'parent',
		answers: [channels],
	},
	{
		question: "there's a fake tiktok account using my daughter's photos",
		from: 'parent',
		answers: [worried, bulliedOnline],
	},
	{
		question: "my son saw something horrible online and now he can't sleep",
		from: 'parent',
		answers: [upsettingContent, upset, supporting],
	},
	{
		question: 'I just found out my boy has been chatting to a grown man he met on a game',
		from: 'parent',
		answers: [worried, stranger, contacts],
		atRisk: 'grooming',
	},
	{
		question:
			'is there anyone I can ring for advice about keeping my kids safe online apart from the school',
		from: 'parent',
		answers: [furtherQuestions, contacts],
	},
	{
		question: 'a dad wrote a long rant about the head on the school facebook page',
		from: 'parent',
		answers: [worried, breaches],
	},
	{
		question: 'my 10 year old is getting her first phone for secondary, what should I set up',
		from: 'parent',
		answers: [supporting, devices, ...['iphone-ipad', 'android'].map((d) => `/devices/${d}/`)],
	},
	{
		question: 'someone used AI to make a fake naked picture of my daughter',
		from: 'parent',
		answers: [worried, sentAPicture, askedForPictures],
		atRisk: 'deepfakes',
	},
	{
		question: "why isn't my child allowed to be friends with her teacher on facebook",
		from: 'parent',
		answers: [contactPolicy, connect],
	},

	// Pupils, in their own words
	{
		question: 'my ex is sending my nudes to people',
		from: 'pupil',
		answers: [upset, worried],
		atRisk: 'nude images',
	},
	{
		question: "a guy i met on insta says he'll send my pics to my family if i dont send more",
		from: 'pupil',
		answers: [upset, worried],
		atRisk: 'sextortion',
	},
	{
		question: 'someone older keeps asking me to video call and says dont tell anyone',
		from: 'pupil',
		answers: [upset, worried, contacts],
		atRisk: 'grooming',
	},
	{
		question: 'i keep thinking about hurting myself',
		from: 'pupil',
		answers: [upset, contacts],
		atRisk: 'self-harm',
	},
	{
		question: 'my friend said on snap she wants to kill herself what do i do',
		from: 'pupil',
		answers: [upset, contacts, worried],
		atRisk: 'self-harm',
	},
	{
		question: 'people in my class made a group chat just to laugh at me',
		from: 'pupil',
		answers: [upset, worried],
	},
	{
		question: 'someone made an account pretending to be me and is posting weird stuff',
		from: 'pupil',
		answers: [upset, worried],
	},
	{
		question: 'can i get in trouble for sharing a meme about a teacher',
		from: 'pupil',
		answers: [breaches, behaviour],
	},
	{
		question: 'is it bad if i follow my pe teacher on instagram',
		from: 'pupil',
		answers: [contactPolicy, connect],
	},
	{
		question: 'someone put an ai picture of me with no clothes on online',
		from: 'pupil',
		answers: [upset, worried],
		atRisk: 'deepfakes',
	},
	{
		question: 'a boy in my year keeps sharing videos saying muslims should be attacked',
		from: 'pupil',
		answers: [extremism, worried],
		atRisk: 'extremism',
	},
	{
		question: 'how do i get a photo of me taken off the internet',
		from: 'pupil',
		answers: [upset, worried, photos],
	},
	{
		question: 'i saw a video of someone getting hurt and i cant stop thinking about it',
		from: 'pupil',
		answers: [upset],
	},
	{
		question: 'can i film my teacher in class and post it',
		from: 'pupil',
		answers: [photos, breaches],
	},
	{
		question: 'i got a friend request from my form tutor',
		from: 'pupil',
		answers: [contactPolicy, connect],
	},
	{
		question: 'who can i talk to if i dont want to tell my parents',
		from: 'pupil',
		answers: [upset, contacts],
	},
	{
		question: 'im 12 can i have tiktok',
		from: 'pupil',
		answers: ['/apps/tiktok/', ageLimits, ageChecker],
	},
	{
		question: 'someone hacked my account and is messaging all my friends',
		from: 'pupil',
		answers: [upset, worried],
	},
	{
		question: 'my mate keeps posting pictures of me that i hate',
		from: 'pupil',
		answers: [photos, upset],
	},
	{
		question:
			'someone online told me to join their group because everyone is against people like us',
		from: 'pupil',
		answers: [extremism, upset, worried],
		atRisk: 'extremism',
	},

	// Staff, at a bad moment
	{
		question: "a year 10 boy just told me his girlfriend's nudes are being passed round",
		from: 'staff',
		answers: [worried],
		atRisk: 'nude images',
	},
	{
		question: 'student disclosed an adult has been messaging her on discord',
		from: 'staff',
		answers: [worried, contacts],
		atRisk: 'grooming',
	},
	{
		question: "a pupil's instagram story says she is going to end it tonight",
		from: 'staff',
		answers: [suicideAndSelfHarm, worried, contacts],
		atRisk: 'self-harm',
	},
	{
		question: 'a child showed me a deepfake video of a teacher',
		from: 'staff',
		answers: [worried, targeted],
	},
	{
		question: 'there is an account pretending to be me',
		from: 'staff',
		answers: [worried, targeted],
	},
	{
		question: 'a parent is sending me threatening messages',
		from: 'staff',
		answers: [worried, targeted],
	},
	{
		question: 'pupils have found my personal instagram',
		from: 'staff',
		answers: [targeted, staffConduct, contactPolicy],
	},
	{
		question: 'a pupil is sharing isis videos in the class group chat',
		from: 'staff',
		answers: [extremism, worried],
		atRisk: 'extremism',
	},
	{
		question:
			'a year 8 was sent pictures by someone pretending to be a girl and now they want money',
		from: 'staff',
		answers: [worried],
		atRisk: 'sextortion',
	},
	{
		question: 'can I give a pupil my mobile number for the trip',
		from: 'staff',
		answers: [contactPolicy, connect, channels],
	},
	{
		question: 'a parent posted a photo of my class with other kids in it',
		from: 'staff',
		answers: [photos, worried],
	},
	{
		question: 'someone left a one star review about me',
		from: 'staff',
		answers: [reputationPage, worried, targeted],
	},
	{
		question: "who do I ring for advice when a post about me won't come down",
		from: 'staff',
		answers: [contacts, worried, furtherQuestions, targeted],
	},
	{
		question: 'a child showed me a screenshot of a nude of another pupil, should I keep it',
		from: 'staff',
		answers: [worried],
		atRisk: 'nude images',
	},
	{
		question: 'I think a colleague has been messaging a pupil privately',
		from: 'staff',
		answers: [contactPolicy, connect, targeted],
	},
	{
		question: 'what am I allowed to say about work on my own twitter',
		from: 'staff',
		answers: [staffConduct],
	},
	{
		question: 'lesson plan on online reputation for year 7',
		from: 'staff',
		answers: ['/lessons/ages-11-to-16/', '/lessons/'],
	},
	{
		question: 'am I allowed to show a video with racist content in PSHE',
		from: 'staff',
		answers: [extremism],
	},
	{
		question: 'a pupil asked me to follow them back',
		from: 'staff',
		answers: [contactPolicy, connect],
	},
	{
		question: 'parents are slating the school on a local facebook page',
		from: 'staff',
		answers: [reputationPage, worried, whyReputation],
	},

	// Misspelt or in slang
	{
		question: 'sum1 leaked my nudez',
		from: 'misspelt-or-slang',
		answers: [upset, worried],
		atRisk: 'nude images',
	},
	{
		question: 'som1 is blackmailing me wiv my pics',
		from: 'misspelt-or-slang',
		answers: [upset, worried],
		atRisk: 'sextortion',
	},
	{
		question: 'i think my son is bein groomed on roblox',
		from: 'misspelt-or-slang',
		answers: [worried, stranger, contacts],
		atRisk: 'grooming',
	},
	{
		question: 'i wanna kms',
		from: 'misspelt-or-slang',
		answers: [upset, contacts],
		atRisk: 'self-harm',
	},
	{
		question: 'son radicalized by youtube videos',
		from: 'misspelt-or-slang',
		answers: [extremism],
		atRisk: 'extremism',
	},
	{
		question: 'deep fake of my daugter',
		from: 'misspelt-or-slang',
		answers: [worried, sentAPicture, askedForPictures],
		atRisk: 'deepfakes',
	},
	{
		question: 'cyberbulying on whatsap',
		from: 'misspelt-or-slang',
		answers: [upset, worried, bulliedOnline],
	},
	{
		question: 'pupil folowed me on tik tok',
		from: 'misspelt-or-slang',
		answers: [connect, contactPolicy],
	},
	{
		question: 'how old for snapchatt',
		from: 'misspelt-or-slang',
		answers: ['/apps/snapchat/', ageLimits, ageChecker],
	},
	{
		question: 'parental contols iphone',
		from: 'misspelt-or-slang',
		answers: [supporting, '/devices/iphone-ipad/', devices],
	},
	{
		question: 'complaints proceedure skool',
		from: 'misspelt-or-slang',
		answers: [concernPolicy, concernHelper],
	},
	{
		question: 'someone is catfishing my daughter',
		from: 'misspelt-or-slang',
		answers: [worried, stranger],
		atRisk: 'grooming',
	},
	{
		question: 'a teacher slid into my dms',
		from: 'misspelt-or-slang',
		answers: [contactPolicy, connect, upset, worried],
	},
	{
		question: 'ppl roasting me in the gc',
		from: 'misspelt-or-slang',
		answers: [upset, worried],
	},
	{
		question: 'my kid is adicted to fortnite',
		from: 'misspelt-or-slang',
		answers: [supporting, '/apps/fortnite/'],
	},
	{
		question: 'photoes of my child on the schools facebook',
		from: 'misspelt-or-slang',
		answers: [photos],
	},
	{
		question: 'does the school moniter teams messages',
		from: 'misspelt-or-slang',
		answers: [channels],
	},
	{
		question: 'xtremist stuff on my sons phone',
		from: 'misspelt-or-slang',
		answers: [extremism, upsettingContent],
		atRisk: 'extremism',
	},
	{
		question: 'is it illegal to share a nude if your under 18',
		from: 'misspelt-or-slang',
		answers: [worried, upset],
		atRisk: 'nude images',
	},
	{
		question: 'gettin hate on insta coz of my skin colour',
		from: 'misspelt-or-slang',
		answers: [upset, worried],
	},
	{
		question: 'accesability of this website',
		from: 'misspelt-or-slang',
		answers: ['/about/accessibility/'],
	},
];
