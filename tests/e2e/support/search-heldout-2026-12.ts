/**
 * The second held-out set of search questions (December 2026), written on 2026-12-02 BEFORE any change to the
 * ranking, the synonyms (content/data/search.yaml) or the pages in that session, and NOT to be tuned on. The
 * first held-out set (search-heldout.ts) was measured and seen, so it became a tuning set; this one takes
 * its place. Nobody changing src/lib/search-query.ts, content/data/search.yaml or the ranking may read these
 * questions' results to make one of them pass: they are measured once, at the end, to see whether the search
 * understands sentences it was never fitted to. When they have been seen, they become tuning questions in
 * turn, and a new set is written.
 *
 * They come from the policy's text (content/policy-source.txt: parents' chats and complaints, age limits,
 * late nights and bedrooms, email and the learning platforms, friend requests and following, privacy
 * settings, permission for photographs, offending posts, Prevent, further questions) and from situations in
 * the research notes (shared/research/*.md: nudes shared or asked for, sextortion, grooming, AI-made nudes,
 * self-harm and suicide, extremism and hate, staff abused or impersonated, searching a pupil's phone, device
 * and home-internet controls), typed as a parent on a phone, a pupil of 9 to 16 in their own words, or a
 * member of staff at a bad moment would type them, and 20 more misspelt or in slang. They were NOT written
 * from the pages' keywords or titles, nor from content/data/search.yaml.
 *
 * Each lists every page that answers it; the first page shown must be one of them. `plannedPages` are
 * pages other engineers are writing at the same time; every question also has an answer that exists today.
 *
 * `atRisk` marks a question about a child at risk: for these the first page must carry the route for it
 * (the DSL for staff, the official "do not" steps for images), never an app guide or an unrelated page,
 * whatever app the sentence names.
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

/** Pages being written by other engineers at the same time as these questions; they exist after the merge. */
export const plannedPages: readonly string[] = ['/staff/suicide-and-self-harm/'];

// Pages, named once so that a typo shows up as one.
const worried = '/tools/worried-about-a-post/';
const upset = '/help/something-upset-me/';
const contacts = '/contacts/';
const extremism = '/policy/extremism/';
const breaches = '/policy/breaches-and-offending-posts/';
const photos = '/policy/photographs-and-information/';
const acceptableUse = '/policy/acceptable-use-and-data-protection/';
const contactPolicy = '/policy/contact-between-pupils-and-staff/';
const connect = '/tools/connect-online/';
const concernPolicy = '/policy/raising-a-concern/';
const concernHelper = '/tools/concern-about-the-school/';
const supporting = '/policy/supporting-your-child/';
const helping = '/parents/helping-your-child-online/';
const ageLimits = '/policy/age-limits/';
const ageChecker = '/tools/age-checker/';
const channels = '/policy/communication-channels/';
const staffConduct = '/policy/staff-conduct/';
const reputationPage = '/staff/online-reputation/';
const behaviour = '/policy/expected-behaviour/';
const furtherQuestions = '/policy/further-questions/';
const beforeYouPost = '/tools/before-you-post/';
const forPupils = '/for-pupils/';
const targeted = '/staff/when-you-are-targeted/';
const bulliedOnline = '/parents/bullied-online/';
const upsettingContent = '/parents/upsetting-content/';
const askedForPictures = '/parents/asked-for-pictures/';
const sentAPicture = '/parents/sent-a-picture/';
const stranger = '/parents/talking-to-a-stranger/';
const devices = '/devices/';
const device = (id: string): string => `/devices/${id}/`;
const app = (id: string): string => `/apps/${id}/`;
// Planned pages (see plannedPages).
const suicideAndSelfHarm = '/staff/suicide-and-self-harm/';

export const heldOutQuestions: readonly HeldOutQuestion[] = [
	// Parents and carers, on a phone
	{
		question: 'kids from school keep sending my daughter nasty voice notes',
		from: 'parent',
		answers: [bulliedOnline, worried],
	},
	{
		question: 'a boy in year 9 keeps asking my daughter to send him pics on snap',
		from: 'parent',
		answers: [askedForPictures, worried],
		atRisk: 'nude images',
	},
	{
		question: 'someone on xbox live told my son to move their chat to another app and not tell me',
		from: 'parent',
		answers: [stranger, worried, contacts],
		atRisk: 'grooming',
	},
	{
		question: 'my daughter is being blackmailed with a video she sent to someone',
		from: 'parent',
		answers: [sentAPicture, askedForPictures, worried],
		atRisk: 'sextortion',
	},
	{
		question: "my son has started repeating stuff about immigrants he's watched on youtube",
		from: 'parent',
		answers: [extremism, upsettingContent],
		atRisk: 'extremism',
	},
	{
		question: 'I found out my 13 year old has been cutting herself and posting about it',
		from: 'parent',
		answers: [worried, contacts, upset],
		atRisk: 'self-harm',
	},
	{
		question:
			'other parents are having a go at a teacher in the year 4 whatsapp, should I say something',
		from: 'parent',
		answers: [behaviour, worried, concernPolicy, concernHelper],
	},
	{
		question: 'can I leave a bad google review about the headteacher',
		from: 'parent',
		answers: [concernHelper, concernPolicy],
	},
	{
		question: 'is my 11 year old too young for whatsapp',
		from: 'parent',
		answers: [ageChecker, ageLimits, app('whatsapp')],
	},
	{
		question: 'the school put a photo of my son on their website without asking me',
		from: 'parent',
		answers: [photos, acceptableUse, concernPolicy, concernHelper],
	},
	{
		question: 'how many hours a day should my 8 year old be on a screen',
		from: 'parent',
		answers: [helping, supporting, devices],
	},
	{
		question: 'how do I block adult sites on our home wifi',
		from: 'parent',
		answers: [device('home-internet'), devices, helping],
	},
	{
		question: "my daughter's teacher follows her on instagram, is that allowed",
		from: 'parent',
		answers: [contactPolicy, connect],
	},
	{
		question: 'a stranger sent my 10 year old a rude picture while she was playing roblox',
		from: 'parent',
		answers: [stranger, upsettingContent, worried, contacts],
		atRisk: 'grooming',
	},
	{
		question: 'what does the school do when one child posts something nasty about another',
		from: 'parent',
		answers: [breaches, worried, behaviour],
	},
	{
		question:
			'another mum posted a photo of all the kids at a birthday party, can I ask her to take it down',
		from: 'parent',
		answers: [photos],
	},
	{
		question: 'how do I find out what my child does online without spying on him',
		from: 'parent',
		answers: [supporting, helping],
	},
	{
		question: 'my son spends all his pocket money on loot boxes',
		from: 'parent',
		answers: [devices, supporting, helping],
	},
	{
		question: 'my 14 year old wants to go and meet a boy she got talking to online',
		from: 'parent',
		answers: [stranger, worried, contacts],
		atRisk: 'grooming',
	},
	{
		question: "I think my son has been watching porn at his friend's house",
		from: 'parent',
		answers: [upsettingContent, supporting, helping],
	},

	// Pupils, in their own words
	{
		question: 'there is a page on insta rating the girls in our year',
		from: 'pupil',
		answers: [upset, worried],
	},
	{
		question:
			'a girl in my class keeps leaving me out of the group chat and saying things about me',
		from: 'pupil',
		answers: [upset, worried, forPupils],
	},
	{
		question: "i sent a pic to someone and now they want more or they'll show everyone",
		from: 'pupil',
		answers: [upset, worried, sentAPicture, askedForPictures],
		atRisk: 'sextortion',
	},
	{
		question: "someone i met on a game wants to video call and said don't tell my mum",
		from: 'pupil',
		answers: [upset, worried, stranger],
		atRisk: 'grooming',
	},
	{
		question: 'am I allowed to follow my teacher on tiktok',
		from: 'pupil',
		answers: [contactPolicy, connect, forPupils],
	},
	{
		question: 'videos of people starving themselves keep coming up on my feed',
		from: 'pupil',
		answers: [upset, upsettingContent],
	},
	{
		question: "i feel like i don't want to be alive anymore",
		from: 'pupil',
		answers: [upset, worried, contacts],
		atRisk: 'self-harm',
	},
	{
		question: 'how do i report someone on snapchat',
		from: 'pupil',
		answers: [app('snapchat'), upset],
	},
	{
		question: 'can i put a tiktok up of my friend falling over as a joke',
		from: 'pupil',
		answers: [photos, beforeYouPost, behaviour],
	},
	{
		question: 'someone put my face on a naked body and sent it round',
		from: 'pupil',
		answers: [upset, worried],
		atRisk: 'deepfakes',
	},
	{
		question: 'sir saw my snap story about him, am i going to be punished',
		from: 'pupil',
		answers: [breaches, behaviour],
	},
	{
		question: "i'm 11, can i make a discord account",
		from: 'pupil',
		answers: [ageChecker, ageLimits, app('discord')],
	},
	{
		question: "my dad put my school report on facebook and i'm so embarrassed",
		from: 'pupil',
		answers: [photos, upset],
	},
	{
		question: "people keep sending me hate messages because i'm gay",
		from: 'pupil',
		answers: [upset, worried],
	},
	{
		question: 'an account keeps posting about joining a group that hates muslims',
		from: 'pupil',
		answers: [extremism, upset, worried],
		atRisk: 'extremism',
	},
	{
		question: 'can i message my form tutor on instagram about my homework',
		from: 'pupil',
		answers: [contactPolicy, connect, channels],
	},
	{
		question: "i'm on my phone really late every night and always tired at school",
		from: 'pupil',
		answers: [supporting, helping, forPupils],
	},
	{
		question: "someone i don't know keeps asking where i live and what school i go to",
		from: 'pupil',
		answers: [upset, stranger, worried],
		atRisk: 'grooming',
	},
	{
		question: 'a teacher sent me a friend request',
		from: 'pupil',
		answers: [connect, contactPolicy],
	},
	{
		question: 'my mate is getting bullied on discord what can i do',
		from: 'pupil',
		answers: [upset, worried],
	},

	// Staff, at a bad moment
	{
		question: 'a year 8 girl told me a photo of her is going round her year group',
		from: 'staff',
		answers: [worried, contacts],
		atRisk: 'nude images',
	},
	{
		question: 'a parent has set up a facebook group complaining about me',
		from: 'staff',
		answers: [targeted, worried],
	},
	{
		question: "a pupil says someone online is making him send pictures or they'll tell his parents",
		from: 'staff',
		answers: [worried, contacts],
		atRisk: 'sextortion',
	},
	{
		question: 'can I accept a friend request from a pupil who left last year',
		from: 'staff',
		answers: [targeted, connect, contactPolicy],
	},
	{
		question: "what do I do if I find extremist material on a pupil's school laptop",
		from: 'staff',
		answers: [extremism, worried],
		atRisk: 'extremism',
	},
	{
		question: 'a student posted last night that he wants to end it all',
		from: 'staff',
		answers: [worried, suicideAndSelfHarm, contacts],
		atRisk: 'self-harm',
	},
	{
		question: 'I have found out a sixth former has been messaging a colleague on snapchat',
		from: 'staff',
		answers: [connect, contactPolicy, worried, targeted],
	},
	{
		question: 'someone has made a fake profile with my name and photo',
		from: 'staff',
		answers: [targeted, worried],
	},
	{
		question: 'can I mention where I work on my personal linkedin',
		from: 'staff',
		answers: [staffConduct, reputationPage],
	},
	{
		question: 'should I reply to a negative thread about the school on mumsnet',
		from: 'staff',
		answers: [reputationPage, worried],
	},
	{
		question: "am I allowed to look through a pupil's phone if I think there are nudes on it",
		from: 'staff',
		answers: [targeted, worried],
		atRisk: 'nude images',
	},
	{
		question: 'a pupil disclosed that an adult she met on fortnite is sending her sexual messages',
		from: 'staff',
		answers: [worried, contacts],
		atRisk: 'grooming',
	},
	{
		question: 'who can I get advice from if a parent is harassing me online',
		from: 'staff',
		answers: [targeted, contacts, furtherQuestions],
	},
	{
		question: 'pupils are sharing a fake sexual video of a female teacher',
		from: 'staff',
		answers: [targeted, worried],
	},
	{
		question: 'a child showed me a video of a fight outside school that is all over tiktok',
		from: 'staff',
		answers: [worried, breaches],
	},
	{
		question: 'is there a helpline for teachers having problems online',
		from: 'staff',
		answers: [contacts, furtherQuestions, targeted],
	},
	{
		question: 'a girl told me a boy in her class made a naked picture of her with an AI app',
		from: 'staff',
		answers: [worried, contacts],
		atRisk: 'deepfakes',
	},
	{
		question: 'a parent keeps texting my personal mobile at 10pm',
		from: 'staff',
		answers: [targeted, channels, staffConduct],
	},
	{
		question: 'does anyone check what pupils write in google classroom',
		from: 'staff',
		answers: [channels],
	},
	{
		question: 'what should I do if a child tells me they are hurting themselves',
		from: 'staff',
		answers: [suicideAndSelfHarm, worried, contacts],
		atRisk: 'self-harm',
	},

	// Misspelt or in slang
	{
		question: 'sum1 leakd my nudes',
		from: 'misspelt-or-slang',
		answers: [upset, worried, sentAPicture],
		atRisk: 'nude images',
	},
	{
		question: "sum old guy keeps dm'ing my 12yo",
		from: 'misspelt-or-slang',
		answers: [worried, stranger, contacts],
		atRisk: 'grooming',
	},
	{
		question: 'formel complaint the head is ignoring my emails',
		from: 'misspelt-or-slang',
		answers: [concernHelper, concernPolicy],
	},
	{
		question: 'catfish messagin my daughter',
		from: 'misspelt-or-slang',
		answers: [stranger, worried],
		atRisk: 'grooming',
	},
	{
		question: 'im gettin roasted in the gc every day',
		from: 'misspelt-or-slang',
		answers: [upset, worried],
	},
	{
		question: 'who is the desinated person for child protection',
		from: 'misspelt-or-slang',
		answers: [contacts],
	},
	{
		question: 'my m8 keeps saying she wants to kms',
		from: 'misspelt-or-slang',
		answers: [upset, contacts, worried],
		atRisk: 'self-harm',
	},
	{
		question: 'parnetal controlls on iphone',
		from: 'misspelt-or-slang',
		answers: [device('iphone-ipad')],
	},
	{
		question: 'screentime limit ps5',
		from: 'misspelt-or-slang',
		answers: [device('playstation')],
	},
	{
		question: "sumone sayin they'll post my pics if i dont pay",
		from: 'misspelt-or-slang',
		answers: [upset, worried, sentAPicture, askedForPictures],
		atRisk: 'sextortion',
	},
	{
		question: 'son watchin andrew tate vids all the time',
		from: 'misspelt-or-slang',
		answers: [extremism, upsettingContent, supporting, helping],
	},
	{
		question: 'teacher followin me on insta',
		from: 'misspelt-or-slang',
		answers: [contactPolicy, connect],
	},
	{
		question: 'wat age can u get tik tok',
		from: 'misspelt-or-slang',
		answers: [ageChecker, ageLimits, app('tiktok')],
	},
	{
		question: 'fake nudes made with ai of girls in yr10',
		from: 'misspelt-or-slang',
		answers: [worried, contacts, upset, sentAPicture],
		atRisk: 'deepfakes',
	},
	{
		question: 'pics of my kid on the skool website',
		from: 'misspelt-or-slang',
		answers: [photos],
	},
	{
		question: 'ppl sendin me gore',
		from: 'misspelt-or-slang',
		answers: [upset, upsettingContent],
	},
	{
		question: 'cyber bulling',
		from: 'misspelt-or-slang',
		answers: [bulliedOnline, upset, worried],
	},
	{
		question: 'sextorsion help',
		from: 'misspelt-or-slang',
		answers: [worried, sentAPicture, askedForPictures, upset],
		atRisk: 'sextortion',
	},
	{
		question: 'hate speach on tiktok',
		from: 'misspelt-or-slang',
		answers: [extremism, worried, upset, upsettingContent],
	},
	{
		question: 'privasy setings for teachers',
		from: 'misspelt-or-slang',
		answers: [staffConduct, reputationPage, targeted],
	},
];

/**
 * The split for tuning on this set (issue 23, 2026-12-02, session 8): every third question, at places 2, 5, 8 …
 * counting from 0, is left untouched. Nobody changing the ranking, the synonyms or the pages may look at the
 * untouched part's results while doing so; the test prints only its count, unless SEARCH_SHOW_UNTOUCHED=1, which is
 * for the one measure at the end. The rest is the tuning part, whose misses are grouped by cause and fixed by rules.
 */
export const untouchedPlace = (at: number): boolean => at % 3 === 2;
export const untouchedQuestions = heldOutQuestions.filter((_, at) => untouchedPlace(at));
export const tuningQuestions = heldOutQuestions.filter((_, at) => !untouchedPlace(at));
