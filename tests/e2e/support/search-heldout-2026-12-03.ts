/**
 * The third held-out set of search questions (December 2026), written blind on 2026-12-03 by the "blind6"
 * helper (issue 23). DO NOT TUNE ON THIS FILE: nobody changing the ranking, the synonyms or the pages may read
 * these questions' results to make one of them pass. They are measured once, at the end, to see whether the
 * search answers questions it was never fitted to; once seen, they become tuning questions and a new set is
 * written.
 *
 * Written without opening content/data/search.yaml, src/lib/search*, src/components/*Search*,
 * scripts/lib/search-box.ts, tests/e2e/search.test.ts or any other tests/e2e/support/search-*.ts file (only
 * the HeldOutQuestion type at the top of search-heldout-2026-12.ts was read), without running the site's
 * search and without reading git log messages about search.
 *
 * Sources: the approved policy (content/policy-source.txt: parents' chats and complaints, age limits, late
 * nights and bedrooms, email and the learning platforms, friend requests and following, staff privacy,
 * permission for photographs, offending posts, Prevent, further questions), the research notes
 * (shared/research/*.md: UKCIS sharing nudes, KCSIE, staff targeted online, the LADO, deepfakes, device
 * controls, ages), and what a user researcher hears from parents (on a phone, in their own words, often long
 * or upset), pupils of 9 to 18 (as children type), staff at a bad moment, and people who misspell or use
 * slang. The English pages under content/docs/ and content/data/apps.yaml and devices.yaml were read only to
 * learn which pages exist and what each answers, never to borrow their titles or keywords.
 *
 * How answers were chosen: each question lists EVERY page that genuinely answers it; the search passes if its
 * first result is one of them. For `atRisk` questions no app or device guide is listed, even when an app is
 * named: the pages listed carry the route (the DSL, the "do not" steps, CEOP, Report Remove, Childline, 999).
 * Parents' questions list the parents' pages, pupils' the pupils' help page, staff the staff pages; the step-
 * by-step "I'm worried about a post" helper is listed wherever it has a path for the case. Hub pages and the
 * whole policy are listed only when the question asks for an overview or the policy itself. A question that
 * no page answers has `answers: []` and the comment "no page answers this yet".
 *
 * The `Risk` type has no category for bullying with threats of violence; such questions (2) are marked in a
 * comment and left without `atRisk`. A child about to meet someone met online is marked 'grooming'.
 *
 * Counts: 100 questions: 25 parent, 25 pupil, 25 staff, 25 misspelt or in slang; 43 about a child at risk;
 * 3 with no answering page. No app is named (nicknames included) by more than 3 questions.
 */
import type { HeldOutQuestion } from './search-heldout-2026-12';

// Pages, named once so that a typo shows up as one.
const home = '/';
const inFull = '/policy/in-full/';
const upset = '/help/something-upset-me/';
const worried = '/tools/worried-about-a-post/';
const contacts = '/contacts/';
const extremism = '/policy/extremism/';
const breaches = '/policy/breaches-and-offending-posts/';
const photos = '/policy/photographs-and-information/';
const expected = '/policy/expected-behaviour/';
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
const reputation = '/staff/online-reputation/';
const whyReputation = '/policy/why-reputation-matters/';
const targeted = '/staff/when-you-are-targeted/';
const suicideStaff = '/staff/suicide-and-self-harm/';
const furtherQuestions = '/policy/further-questions/';
const beforePost = '/tools/before-you-post/';
const hurting = '/parents/hurting-themselves/';
const askedForPictures = '/parents/asked-for-pictures/';
const sentPicture = '/parents/sent-a-picture/';
const stranger = '/parents/talking-to-a-stranger/';
const bullied = '/parents/bullied-online/';
const upsetting = '/parents/upsetting-content/';
const lessons = '/lessons/';
const lesson9to11 = '/lessons/ages-9-to-11/';
const devices = '/devices/';
const iphone = '/devices/iphone-ipad/';
const android = '/devices/android/';
const xboxDevice = '/devices/xbox/';
const playstationDevice = '/devices/playstation/';
const switchDevice = '/devices/nintendo-switch/';
const app = (id: string) => `/apps/${id}/`;

export const heldOutQuestions: HeldOutQuestion[] = [
	// ---- Parents, on a phone, in their own words ----
	{
		question:
			'my 12 year old daughter sent a topless photo to a boy in year 9 and now its going round the whole year group what do I do',
		from: 'parent',
		answers: [sentPicture, worried],
		atRisk: 'nude images',
	},
	{
		question:
			'Someone messaged my son on a game saying they have a video of him and want £200 or they send it to all his followers. He is in pieces',
		from: 'parent',
		answers: [sentPicture, worried],
		atRisk: 'sextortion',
	},
	{
		question:
			'How do I stop my son playing Fortnite until 2am on school nights? He is exhausted every morning and his teachers have noticed',
		from: 'parent',
		answers: [
			helping,
			supporting,
			devices,
			xboxDevice,
			playstationDevice,
			switchDevice,
			app('fortnite'),
		],
	},
	{
		question:
			'A man she met on Roblox wants her to go on Discord with him and keep it a secret from us, she is only 10',
		from: 'parent',
		answers: [stranger, worried],
		atRisk: 'grooming',
	},
	{
		question:
			'My daughter says she wants to die. She is 14. I found cuts on her arm tonight and I dont know who to call',
		from: 'parent',
		answers: [hurting],
		atRisk: 'self-harm',
	},
	{
		question:
			'is it ok for parents to slag off a teacher in the class whatsapp group? one dad is doing it constantly and its getting nasty',
		from: 'parent',
		answers: [expected, worried, breaches],
	},
	{
		question: 'what age can kids have whatsapp',
		from: 'parent',
		answers: [ageChecker, ageLimits, app('whatsapp')],
	},
	{
		question:
			'I am not happy with how the school handled my sons bullying, can I put a post about it on Facebook so other parents know',
		from: 'parent',
		answers: [concernPolicy, concernHelper],
	},
	{
		question:
			'another mum put photos from sports day online with my child in them and I never agreed to it',
		from: 'parent',
		answers: [photos, worried],
	},
	{
		question:
			'my son keeps getting horrible messages at night saying everyone hates him and he should just kill himself',
		from: 'parent',
		answers: [bullied, hurting, worried],
		atRisk: 'self-harm',
	},
	{
		// no page answers this yet: nothing speaks to parents about misogynist influencers
		question:
			'he has been watching andrew tate videos all the time and now says girls are worth less than boys, how do I even talk to him about it',
		from: 'parent',
		answers: [],
	},
	{
		question:
			'someone has made a fake nude of my daughter with one of those AI apps and the boys in her year are sharing it',
		from: 'parent',
		answers: [sentPicture, worried],
		atRisk: 'deepfakes',
	},
	{
		question: 'how do I find out what apps my kid is actually on without spying on him',
		from: 'parent',
		answers: [supporting, helping],
	},
	{
		question: 'can my 9 year old have a tiktok account if I set it up for her and watch it',
		from: 'parent',
		answers: [ageChecker, ageLimits, app('tiktok')],
	},
	{
		question: 'who do I ring if I am worried about a child at the weekend when school is shut',
		from: 'parent',
		answers: [contacts],
	},
	{
		question:
			'a boy showed my son a beheading video on his phone at break and now he cant sleep and keeps crying',
		from: 'parent',
		answers: [upsetting, worried],
	},
	{
		question:
			'the person he has been gaming with for months turned out to be a grown man and wants to meet him in town on Saturday',
		from: 'parent',
		answers: [stranger, worried],
		atRisk: 'grooming',
	},
	{
		question:
			'my teenager is on her phone in bed half the night, how do other parents deal with this',
		from: 'parent',
		answers: [helping, supporting, devices, iphone, android],
	},
	{
		question: 'one of the teachers has followed my daughter on instagram, is that allowed?',
		from: 'parent',
		answers: [contactPolicy, connect],
	},
	{
		question:
			'a boy in her class keeps on at my 13 year old to send pics of herself in her underwear, she is scared to say no',
		from: 'parent',
		answers: [askedForPictures, worried],
		atRisk: 'nude images',
	},
	{
		question:
			'I think my son has got into some group online that posts racist stuff, he has started saying things about muslims at dinner',
		from: 'parent',
		answers: [extremism, worried],
		atRisk: 'extremism',
	},
	{
		question: 'where can I get general online safety advice that is not about the school',
		from: 'parent',
		answers: [furtherQuestions, supporting, helping, contacts],
	},
	{
		question: 'I would like to read the school social media policy, the whole thing',
		from: 'parent',
		answers: [inFull, home],
	},
	{
		question: 'how am I supposed to contact my childs teacher, by email or through the app?',
		from: 'parent',
		answers: [channels],
	},
	{
		question:
			'my son fell for a free robux thing and now they have his password and my card details',
		from: 'parent',
		answers: [helping, app('roblox')],
	},

	// ---- Pupils, 9 to 18, as children type ----
	{
		question: 'someone said they will post my nudes if i dont pay them what do i do',
		from: 'pupil',
		answers: [upset, worried],
		atRisk: 'sextortion',
	},
	{
		// the help page speaks to a child about their own feelings, not a friend's: a thin answer
		question: 'my friend said she wants to kill herself and made me promise not to tell anyone',
		from: 'pupil',
		answers: [upset],
		atRisk: 'self-harm',
	},
	{
		question: 'can i add my teacher on snap',
		from: 'pupil',
		answers: [contactPolicy, connect],
	},
	{
		question: 'a man keeps messaging me in a game and said he will give me robux if i send a photo',
		from: 'pupil',
		answers: [upset, worried],
		atRisk: 'grooming',
	},
	{
		question: 'is it illegal to have a nude of my girlfriend on my phone we are both 15',
		from: 'pupil',
		answers: [worried, upset],
		atRisk: 'nude images',
	},
	{
		question: 'how do i get a naked pic of me taken down its on some website',
		from: 'pupil',
		answers: [upset, worried],
		atRisk: 'nude images',
	},
	{
		question: 'what should i do if people are being mean to me in the group chat',
		from: 'pupil',
		answers: [upset, worried],
	},
	{
		question: 'is it ok to post a video of my mate falling over',
		from: 'pupil',
		answers: [photos, beforePost],
	},
	{
		question: 'how old do u have to be for discord',
		from: 'pupil',
		answers: [ageChecker, ageLimits, app('discord')],
	},
	{
		question: 'i saw something really scary online and i cant stop thinking about it',
		from: 'pupil',
		answers: [upset],
	},
	{
		question: 'someone made an ai picture of me with no clothes on',
		from: 'pupil',
		answers: [upset, worried],
		atRisk: 'deepfakes',
	},
	{
		question: 'my mum takes my phone off me at 9 is that a school rule',
		from: 'pupil',
		answers: [supporting, helping],
	},
	{
		// no page answers this yet: nothing speaks to a pupil about sleep and late-night gaming
		question: 'i think im addicted to gaming i play till 3 every night and im so tired at school',
		from: 'pupil',
		answers: [],
	},
	{
		// no page answers this yet: the learning platforms are named, but nothing helps with signing in
		question: 'cant log into google classroom',
		from: 'pupil',
		answers: [],
	},
	{
		question: 'who is the dsl',
		from: 'pupil',
		answers: [contacts],
	},
	{
		question: 'my friend is sending round a video of a girl from our school naked what do i do',
		from: 'pupil',
		answers: [worried, upset],
		atRisk: 'nude images',
	},
	{
		question: 'someone i met online wants to meet up and says not to tell my parents',
		from: 'pupil',
		answers: [upset, worried],
		atRisk: 'grooming',
	},
	{
		question: 'is it bad to follow my PE teacher on insta',
		from: 'pupil',
		answers: [contactPolicy, connect],
	},
	{
		// a child at risk (threats of violence), but the Risk type has no category for it
		question: 'people keep saying theyre going to beat me up after school in messages',
		from: 'pupil',
		answers: [upset, worried],
	},
	{
		question: 'i keep seeing self harm stuff on my feed and it makes me want to do it',
		from: 'pupil',
		answers: [upset],
		atRisk: 'self-harm',
	},
	{
		question: 'my friend sends me really racist memes and says its just a joke',
		from: 'pupil',
		answers: [extremism, worried],
		atRisk: 'extremism',
	},
	{
		question: 'what happens if i break the social media rules',
		from: 'pupil',
		answers: [breaches, expected],
	},
	{
		question: 'a year 13 lad keeps asking me for pics im in year 8',
		from: 'pupil',
		answers: [upset, worried],
		atRisk: 'nude images',
	},
	{
		question: 'are you allowed to film teachers in class and put it on tiktok',
		from: 'pupil',
		answers: [photos, expected, beforePost, breaches],
	},
	{
		question: 'someone got into my account and is posting stuff pretending to be me',
		from: 'pupil',
		answers: [worried, upset],
	},

	// ---- Staff, at a bad moment ----
	{
		question: 'A Year 10 pupil has sent me a friend request on Facebook. What do I do?',
		from: 'staff',
		answers: [connect, contactPolicy, targeted],
	},
	{
		question: 'a parent has posted abusive comments about me by name on a local Facebook group',
		from: 'staff',
		answers: [targeted, worried, breaches],
	},
	{
		question:
			'someone has set up a fake school Instagram account and it is posting photos of our pupils',
		from: 'staff',
		answers: [worried, breaches, reputation],
	},
	{
		question: 'pupil shared an extremist meme in the class chat',
		from: 'staff',
		answers: [extremism, worried],
		atRisk: 'extremism',
	},
	{
		question:
			'A boy has just shown me a nude photo of a Year 9 girl on his phone. What do I do now?',
		from: 'staff',
		answers: [worried, targeted],
		atRisk: 'nude images',
	},
	{
		question: 'a parent is ranting about the school on a Mumsnet thread and naming staff',
		from: 'staff',
		answers: [reputation, worried, breaches],
	},
	{
		question: 'can I put the team photos from sports day on my own account',
		from: 'staff',
		answers: [photos, staffConduct],
	},
	{
		question: 'parents have added me to the class WhatsApp group, should I stay in it',
		from: 'staff',
		answers: [targeted, channels],
	},
	{
		question:
			'a pupil has just told me an adult she met online has been sending her sexual messages, what do I say to her',
		from: 'staff',
		answers: [worried],
		atRisk: 'grooming',
	},
	{
		question: 'DSL is off today and I need to report something urgent about a child',
		from: 'staff',
		answers: [contacts, worried],
	},
	{
		question: 'DSL away and a year 8 boy says he is going to kill himself tonight',
		from: 'staff',
		answers: [suicideStaff],
		atRisk: 'self-harm',
	},
	{
		question: 'when do I need to call the LADO',
		from: 'staff',
		answers: [targeted, contacts],
	},
	{
		question: 'a colleague is messaging a year 11 girl on snapchat late at night',
		from: 'staff',
		answers: [targeted, worried],
		atRisk: 'grooming',
	},
	{
		question: "am I allowed to go through a pupil's phone if I think there are nudes on it",
		from: 'staff',
		answers: [targeted, worried],
		atRisk: 'nude images',
	},
	{
		question: 'deepfake porn of me made by students is going round',
		from: 'staff',
		answers: [targeted, worried],
		atRisk: 'deepfakes',
	},
	{
		question: 'year 9 boys are using a nudify app on photos of girls in their class',
		from: 'staff',
		answers: [worried],
		atRisk: 'deepfakes',
	},
	{
		question: 'a student found my personal tiktok and is sharing my old holiday videos',
		from: 'staff',
		answers: [targeted, staffConduct],
	},
	{
		question: 'how should we reply to a bad google review',
		from: 'staff',
		answers: [reputation, worried, whyReputation],
	},
	{
		question: "a year 7 posted 'i want to die' on his story and I've seen it",
		from: 'staff',
		answers: [suicideStaff, worried],
		atRisk: 'self-harm',
	},
	{
		question:
			'pupil keeps talking about incels and saying women deserve what they get, should I refer him',
		from: 'staff',
		answers: [extremism, worried],
		atRisk: 'extremism',
	},
	{
		question: 'can I message pupils on Teams outside school hours',
		from: 'staff',
		answers: [channels, contactPolicy],
	},
	{
		question: 'nobody in SLT is answering and a child is being blackmailed with a nude right now',
		from: 'staff',
		answers: [worried, contacts],
		atRisk: 'sextortion',
	},
	{
		question: 'online safety lesson year 5',
		from: 'staff',
		answers: [lesson9to11, lessons],
	},
	{
		question: 'who can I ask for advice about an online incident, is POSH the right one',
		from: 'staff',
		answers: [furtherQuestions, contacts],
	},
	{
		question: 'a parent keeps texting my personal mobile at night about their child',
		from: 'staff',
		answers: [targeted, channels],
	},

	// ---- Misspelt, txt-speak, slang ----
	{
		question: 'sum1 sayin they gonna leak my nudes',
		from: 'misspelt-or-slang',
		answers: [upset, worried],
		atRisk: 'sextortion',
	},
	{
		question: 'my sons bein groomd on a game wat do i do',
		from: 'misspelt-or-slang',
		answers: [stranger, worried],
		atRisk: 'grooming',
	},
	{
		question: 'how do i report a teecher who is messagin my daughter',
		from: 'misspelt-or-slang',
		answers: [worried, connect, contactPolicy],
		atRisk: 'grooming',
	},
	{
		question: 'wat age 4 snapchat',
		from: 'misspelt-or-slang',
		answers: [ageChecker, ageLimits, app('snapchat')],
	},
	{
		question: 'my daugter is selfharming',
		from: 'misspelt-or-slang',
		answers: [hurting],
		atRisk: 'self-harm',
	},
	{
		question: 'deepfake nudez of my mate goin round skool',
		from: 'misspelt-or-slang',
		answers: [worried, upset],
		atRisk: 'deepfakes',
	},
	{
		question: 'cyber bulling what to do',
		from: 'misspelt-or-slang',
		answers: [bullied, upset, worried],
	},
	{
		question: 'parental controlls xbox',
		from: 'misspelt-or-slang',
		answers: [xboxDevice, app('xbox')],
	},
	{
		question: 'extremisum prevent referal',
		from: 'misspelt-or-slang',
		answers: [extremism, worried],
		atRisk: 'extremism',
	},
	{
		question: 'can teechers b freinds with pupils on soshal media',
		from: 'misspelt-or-slang',
		answers: [contactPolicy, connect],
	},
	{
		question: 'sextortion help',
		from: 'misspelt-or-slang',
		answers: [upset, sentPicture, worried],
		atRisk: 'sextortion',
	},
	{
		question: 'i feel suicidal cant cope',
		from: 'misspelt-or-slang',
		answers: [upset],
		atRisk: 'self-harm',
	},
	{
		question: 'ppl postin my pic without askin',
		from: 'misspelt-or-slang',
		answers: [photos, worried],
	},
	{
		question: 'nan got my son a ps5 how do i set limits on it',
		from: 'misspelt-or-slang',
		answers: [playstationDevice, app('playstation-network')],
	},
	{
		question: 'complant abt a teacher',
		from: 'misspelt-or-slang',
		answers: [concernPolicy, concernHelper],
	},
	{
		question: "stranger dm'd my 11yo askin where she lives",
		from: 'misspelt-or-slang',
		answers: [stranger, worried],
		atRisk: 'grooming',
	},
	{
		question: 'iphon downtime settng',
		from: 'misspelt-or-slang',
		answers: [iphone],
	},
	{
		question: 'fam link android',
		from: 'misspelt-or-slang',
		answers: [android, app('google-account')],
	},
	{
		question: 'whos the safegarding lead',
		from: 'misspelt-or-slang',
		answers: [contacts],
	},
	{
		question: 'is it ok 2 share screenshots of sum1s chat',
		from: 'misspelt-or-slang',
		answers: [photos, beforePost, expected],
	},
	{
		question: 'my kid got catfished',
		from: 'misspelt-or-slang',
		answers: [stranger, worried],
		atRisk: 'grooming',
	},
	{
		question: 'bed time fone rules',
		from: 'misspelt-or-slang',
		answers: [helping, supporting],
	},
	{
		question: 'i sent a nude n now he wont stop askin 4 more',
		from: 'misspelt-or-slang',
		answers: [upset, worried],
		atRisk: 'sextortion',
	},
	{
		question: 'ai nudes app at skool',
		from: 'misspelt-or-slang',
		answers: [worried],
		atRisk: 'deepfakes',
	},
	{
		question: 'sum1 pretendin 2 b me online',
		from: 'misspelt-or-slang',
		answers: [worried, upset, targeted],
	},
];
