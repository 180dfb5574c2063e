/**
 * MEASURED ONCE, on 2026-12-02 at commit 0e5460d (after that day's tuning, through the site's own search box at
 * 390 px): 54 of 111 put an answering page first (48.6%: parents 14 of 28, pupils 11 of 26, staff 14 of 29, misspelt
 * or in slang 15 of 28); 22 of 45 about a child at risk; none of those with an app or device guide first. Having been
 * seen, these questions are a tuning set from now on; the next held-out set must be written anew, blind.
 */
/**
 * Held-out search questions, set 4 (issue #23, "How to measure").
 *
 * Written blind on 2026-12-02 by the "questions4" helper, before any ranking change was measured on them.
 * The writer did NOT open content/data/search.yaml, src/lib/search*.ts, src/components/*Search*,
 * tests/e2e/search.test.ts, tests/e2e/support/search-*.ts or any question list in the repository.
 *
 * Sources of the situations: content/policy-source.txt (the approved policy text) and the research notes in
 * /work/shared/research/ (routes-and-lessons.md, ages-and-resources.md, expert-standards.md: UKCIS sharing nudes,
 * KCSIE's four Cs, searching devices, staff targeted online, LADO, deepfakes, device controls). The pages under
 * content/docs (English only) and content/data/apps.yaml and devices.yaml were read only to learn which pages exist
 * and what each answers, never to borrow their titles or keywords for the questions.
 *
 * DO NOT TUNE ON THIS FILE. No synonym, stop word, weight or rule may be added because of a question here. Measure it
 * once, at the end, and report the figure beside the tuned list's. If a question here turns out to be wrong (an
 * answer missing or not a real answer), fix the answer list in its own commit and say so; never reword a question.
 *
 * How the answers were chosen:
 * - `answers` lists every page that genuinely answers the question; a search passes if its first result is one of them.
 * - A question about a child at risk (`atRisk`) never lists an app or device guide, even when it names the app: the
 *   route (the DSL, the official "do not" steps, CEOP, Report Remove, Childline, 999) must come first.
 * - Hub pages (/for-parents/, /for-pupils/, /for-staff/, /site-map/) and the whole policy (/policy/in-full/) are
 *   listed only when the question asks for an overview or for the policy itself, since they answer a specific
 *   question only by pointing elsewhere or by making the reader scroll the whole text.
 * - No more than 3 questions name the same app (counting nicknames such as "insta", "snap", "robux").
 * Counts: 28 parent, 26 pupil, 29 staff, 28 misspelt or in slang (111); 45 at risk.
 */

import type { HeldOutQuestion } from './search-heldout-2026-12';

export const heldOutQuestions: HeldOutQuestion[] = [
	// ------------------------------------------------------------------ parents, on a phone, in their words
	{
		question: 'is 11 too young for tiktok if i keep an eye on her account',
		from: 'parent',
		answers: ['/tools/age-checker/', '/apps/tiktok/', '/policy/age-limits/'],
	},
	{
		question: 'son keeps playing on his xbox till gone midnight on school nights how do i stop it',
		from: 'parent',
		answers: [
			'/devices/xbox/',
			'/apps/xbox/',
			'/parents/helping-your-child-online/',
			'/policy/supporting-your-child/',
		],
	},
	{
		question:
			'found out a man in his 30s has been messaging my daughter for weeks and telling her not to tell me',
		from: 'parent',
		answers: ['/parents/talking-to-a-stranger/'],
		atRisk: 'grooming',
	},
	{
		question:
			'my boy sent a photo of himself with no clothes on to a girl in year 9 and now its going round',
		from: 'parent',
		answers: ['/parents/sent-a-picture/', '/tools/worried-about-a-post/'],
		atRisk: 'nude images',
	},
	{
		question:
			'someone is demanding £200 from my son or they will send his pictures to all his followers',
		from: 'parent',
		answers: ['/parents/sent-a-picture/'],
		atRisk: 'sextortion',
	},
	{
		question: 'a dad in the class whatsapp is ranting about the new teacher, what should i do',
		from: 'parent',
		answers: [
			'/tools/concern-about-the-school/',
			'/policy/expected-behaviour/',
			'/tools/worried-about-a-post/',
		],
	},
	{
		question:
			"unhappy with how the school dealt with my daughter's detention, who do i take it up with",
		from: 'parent',
		answers: ['/policy/raising-a-concern/', '/tools/concern-about-the-school/'],
	},
	{
		question: 'what age should a child get their own phone',
		from: 'parent',
		answers: ['/parents/helping-your-child-online/'],
	},
	{
		question: 'my daughter watched a video of someone being stabbed and now she cant sleep',
		from: 'parent',
		answers: ['/parents/upsetting-content/'],
	},
	{
		question: 'can i put photos from sports day on facebook if other kids are in them',
		from: 'parent',
		answers: ['/policy/photographs-and-information/'],
	},
	{
		question: 'how do i stop my son downloading things on his iphone without asking me first',
		from: 'parent',
		answers: ['/devices/iphone-ipad/'],
	},
	{
		question:
			'someone in a game keeps giving my son robux and wants him to add them on a different app',
		from: 'parent',
		answers: ['/parents/talking-to-a-stranger/'],
		atRisk: 'grooming',
	},
	{
		question:
			'my daughter is being left out of the group chat on purpose and they post mean stuff about her',
		from: 'parent',
		answers: ['/parents/bullied-online/'],
	},
	{
		question:
			'is there somewhere i can ring for advice about keeping kids safe online that isnt the school',
		from: 'parent',
		answers: ['/policy/further-questions/', '/contacts/', '/parents/helping-your-child-online/'],
	},
	{
		question:
			'my daughter is 13 and says a boy from school keeps pestering her for pictures with her top off',
		from: 'parent',
		answers: ['/parents/asked-for-pictures/'],
		atRisk: 'nude images',
	},
	{
		question: "there's a video going round with my son's face stuck onto a porn clip",
		from: 'parent',
		answers: ['/parents/sent-a-picture/', '/tools/worried-about-a-post/'],
		atRisk: 'deepfakes',
	},
	{
		question:
			'my 14 year old keeps sharing videos from a group that hates muslims and says he wants to join them',
		from: 'parent',
		answers: ['/policy/extremism/'],
		atRisk: 'extremism',
	},
	{
		question: "what's the proper way to get a message to my child's teacher",
		from: 'parent',
		answers: ['/policy/communication-channels/', '/tools/concern-about-the-school/'],
	},
	{
		question:
			"do i need to understand all the games my kid plays, i haven't a clue about any of them",
		from: 'parent',
		answers: ['/policy/supporting-your-child/', '/parents/helping-your-child-online/'],
	},
	{
		question: 'my daughter keeps getting videos about starving yourself and cutting on her feed',
		from: 'parent',
		answers: ['/parents/upsetting-content/'],
		atRisk: 'self-harm',
	},
	{
		question: 'can i block bad websites on the wifi so it works on every device in the house',
		from: 'parent',
		answers: ['/devices/home-internet/', '/parents/helping-your-child-online/'],
	},
	{
		question: 'what are the risks of fortnite for an 8 year old',
		from: 'parent',
		answers: ['/apps/fortnite/', '/tools/age-checker/'],
	},
	{
		question: 'my 15 year old has added his PE teacher on snapchat, is that ok',
		from: 'parent',
		answers: ['/policy/contact-between-pupils-and-staff/', '/tools/connect-online/'],
	},
	{
		question: 'how long should a 7 year old be on the ipad each day',
		from: 'parent',
		answers: [
			'/parents/helping-your-child-online/',
			'/devices/iphone-ipad/',
			'/policy/supporting-your-child/',
		],
	},
	{
		question: 'can the school make another mum take down a nasty facebook post about my child',
		from: 'parent',
		answers: [
			'/policy/breaches-and-offending-posts/',
			'/tools/worried-about-a-post/',
			'/parents/bullied-online/',
		],
	},
	{
		question:
			'my son was sent an AI picture of a girl in his class with her clothes taken off, what do we do',
		from: 'parent',
		answers: ['/tools/worried-about-a-post/'],
		atRisk: 'deepfakes',
	},
	{
		question: 'what are parents expected to sign up to with the school about social media',
		from: 'parent',
		answers: ['/for-parents/', '/policy/expected-behaviour/', '/policy/in-full/'],
	},
	{
		question: 'is anything i type into this website saved or sent to anyone',
		from: 'parent',
		answers: ['/about/privacy/'],
	},

	// ------------------------------------------------------------------ pupils aged 9 to 18, in a child's words
	{
		question: 'someone i dont know keeps messaging me on roblox asking what school i go to',
		from: 'pupil',
		answers: ['/help/something-upset-me/'],
		atRisk: 'grooming',
	},
	{
		question: 'my boyfriend says he will show everyone my pics if i break up with him',
		from: 'pupil',
		answers: ['/help/something-upset-me/', '/tools/worried-about-a-post/'],
		atRisk: 'sextortion',
	},
	{
		question: 'i sent a naked picture to someone and now i cant stop panicking',
		from: 'pupil',
		answers: ['/help/something-upset-me/'],
		atRisk: 'nude images',
	},
	{
		question: 'how do i get a topless photo of me taken off a website, im 15',
		from: 'pupil',
		answers: ['/help/something-upset-me/'],
		atRisk: 'nude images',
	},
	{
		question:
			'a girl in my class is getting called names in the group chat and everyone is joining in',
		from: 'pupil',
		answers: ['/help/something-upset-me/', '/tools/worried-about-a-post/'],
	},
	{
		question: 'can i add my form tutor on insta',
		from: 'pupil',
		answers: ['/policy/contact-between-pupils-and-staff/', '/tools/connect-online/'],
	},
	{
		question: 'is it ok to put up a funny video of my friend falling over',
		from: 'pupil',
		answers: ['/tools/before-you-post/', '/policy/photographs-and-information/'],
	},
	{
		question: 'i keep wanting to hurt myself and i dont know who to tell',
		from: 'pupil',
		answers: ['/help/something-upset-me/'],
		atRisk: 'self-harm',
	},
	{
		question:
			'my friend said she doesnt want to be alive anymore and made me promise not to tell anyone',
		from: 'pupil',
		answers: ['/help/something-upset-me/'],
		atRisk: 'self-harm',
	},
	{
		question: 'someone put a terrorist video in our year group chat',
		from: 'pupil',
		answers: ['/policy/extremism/', '/tools/worried-about-a-post/', '/help/something-upset-me/'],
		atRisk: 'extremism',
	},
	{
		question: 'why am i not allowed whatsapp im 12',
		from: 'pupil',
		answers: ['/tools/age-checker/', '/apps/whatsapp/', '/policy/age-limits/'],
	},
	{
		question: 'someone made an account pretending to be me and is messaging people',
		from: 'pupil',
		answers: ['/tools/worried-about-a-post/', '/help/something-upset-me/'],
	},
	{
		question: 'a man in a game said he would give me skins if i sent a photo of me in my pyjamas',
		from: 'pupil',
		answers: ['/help/something-upset-me/'],
		atRisk: 'grooming',
	},
	{
		question: 'people are sharing a naked picture of me that i never took, it looks like AI',
		from: 'pupil',
		answers: ['/help/something-upset-me/', '/tools/worried-about-a-post/'],
		atRisk: 'deepfakes',
	},
	{
		question: 'my mum wont let me keep my phone in my room at night its not fair',
		from: 'pupil',
		answers: ['/parents/helping-your-child-online/', '/policy/supporting-your-child/'],
	},
	{
		question: 'how do i block somebody on snapchat',
		from: 'pupil',
		answers: ['/apps/snapchat/'],
	},
	{
		question: 'can i get in trouble at school for something i said online at the weekend',
		from: 'pupil',
		answers: ['/policy/breaches-and-offending-posts/', '/policy/expected-behaviour/'],
	},
	{
		question:
			'my mate is talking to an older guy he met on discord and is going to meet him on saturday',
		from: 'pupil',
		answers: ['/help/something-upset-me/'],
		atRisk: 'grooming',
	},
	{
		question: 'someone screenshotted my story and put it on a page that makes fun of people',
		from: 'pupil',
		answers: ['/help/something-upset-me/', '/tools/worried-about-a-post/'],
	},
	{
		question: 'older kids keep posting memes about gassing jews and say its just a joke',
		from: 'pupil',
		answers: ['/policy/extremism/', '/tools/worried-about-a-post/', '/help/something-upset-me/'],
		atRisk: 'extremism',
	},
	{
		question:
			'a girl i met online was fake and now wants money or she will send my video to my family',
		from: 'pupil',
		answers: ['/help/something-upset-me/', '/tools/worried-about-a-post/'],
		atRisk: 'sextortion',
	},
	{
		question: 'im 9 is minecraft ok for me',
		from: 'pupil',
		answers: ['/tools/age-checker/', '/apps/minecraft/'],
	},
	{
		question: 'our teacher said we could do the posting quiz at home, where is it',
		from: 'pupil',
		answers: ['/tools/should-i-post-this/'],
	},
	{
		question: 'someone posted a picture of me in my swimming costume without asking me',
		from: 'pupil',
		answers: [
			'/policy/photographs-and-information/',
			'/help/something-upset-me/',
			'/tools/worried-about-a-post/',
		],
	},
	{
		question:
			'i feel rubbish about myself after scrolling for hours and i dont know who to talk to',
		from: 'pupil',
		answers: ['/help/something-upset-me/'],
	},
	{
		question: 'is there anyone to ring that isnt my parents or a teacher',
		from: 'pupil',
		answers: ['/help/something-upset-me/', '/contacts/'],
	},

	// ------------------------------------------------------------------ staff, at a bad moment
	{
		question: 'a year 8 boy sent me a friend request on facebook last night',
		from: 'staff',
		answers: [
			'/tools/connect-online/',
			'/policy/contact-between-pupils-and-staff/',
			'/staff/when-you-are-targeted/',
		],
	},
	{
		question:
			'a parent has posted a long rant on a local community page naming me and calling me useless',
		from: 'staff',
		answers: [
			'/staff/when-you-are-targeted/',
			'/tools/worried-about-a-post/',
			'/policy/breaches-and-offending-posts/',
		],
	},
	{
		question: 'there is an account using our school logo and posting rude things about teachers',
		from: 'staff',
		answers: ['/tools/worried-about-a-post/', '/policy/breaches-and-offending-posts/'],
	},
	{
		question:
			"a pupil showed me a meme with a swastika and a joke about shooting people, shared in her form's chat",
		from: 'staff',
		answers: ['/policy/extremism/', '/tools/worried-about-a-post/'],
		atRisk: 'extremism',
	},
	{
		question: 'I took a phone off a boy and I think there is a naked photo of a year 10 girl on it',
		from: 'staff',
		answers: ['/staff/when-you-are-targeted/', '/tools/worried-about-a-post/'],
		atRisk: 'nude images',
	},
	{
		question:
			'someone has made a sexual fake video of me with AI and students are passing it round',
		from: 'staff',
		answers: ['/staff/when-you-are-targeted/', '/tools/worried-about-a-post/'],
	},
	{
		question: 'a colleague has been privately messaging a year 11 student late at night',
		from: 'staff',
		answers: [
			'/staff/when-you-are-targeted/',
			'/policy/contact-between-pupils-and-staff/',
			'/tools/connect-online/',
		],
		atRisk: 'grooming',
	},
	{
		question: "a student wrote in her planner that she doesn't see the point in living any more",
		from: 'staff',
		answers: ['/staff/suicide-and-self-harm/'],
		atRisk: 'self-harm',
	},
	{
		question:
			"a year 7 told me his older 'friend' from a game asked him to keep their chats a secret",
		from: 'staff',
		answers: ['/tools/worried-about-a-post/', '/contacts/', '/for-staff/'],
		atRisk: 'grooming',
	},
	{
		question: 'sixth former says his ex is threatening to post his nudes unless he pays her',
		from: 'staff',
		answers: ['/tools/worried-about-a-post/'],
		atRisk: 'sextortion',
	},
	{
		question: 'students have found my personal tiktok and are leaving comments',
		from: 'staff',
		answers: ['/staff/when-you-are-targeted/', '/policy/staff-conduct/'],
	},
	{
		question: 'parents keep texting me on my own phone about homework',
		from: 'staff',
		answers: ['/staff/when-you-are-targeted/', '/policy/communication-channels/'],
	},
	{
		question:
			'a parent left a one star google review saying our SENCo is failing children, do we reply',
		from: 'staff',
		answers: ['/staff/online-reputation/', '/tools/worried-about-a-post/'],
	},
	{
		question: "a student put 'gonna do it tonight, bye everyone' on her story",
		from: 'staff',
		answers: ['/staff/suicide-and-self-harm/'],
		atRisk: 'self-harm',
	},
	{
		question: 'boys in year 9 have been airdropping a nude of a girl in their year to each other',
		from: 'staff',
		answers: ['/tools/worried-about-a-post/'],
		atRisk: 'nude images',
	},
	{
		question: 'a pupil who left last summer, now 17, wants to follow me on instagram',
		from: 'staff',
		answers: ['/staff/when-you-are-targeted/'],
	},
	{
		question: "am I allowed to post my class's artwork on my own instagram",
		from: 'staff',
		answers: [
			'/policy/photographs-and-information/',
			'/policy/staff-conduct/',
			'/staff/when-you-are-targeted/',
		],
	},
	{
		question:
			'a kid in my tutor group made a fake nude of another pupil with an app and it is in a group chat',
		from: 'staff',
		answers: ['/tools/worried-about-a-post/'],
		atRisk: 'deepfakes',
	},
	{
		question: 'who do I go to if the concern about a member of staff is about the head',
		from: 'staff',
		answers: ['/staff/when-you-are-targeted/', '/contacts/'],
	},
	{
		question:
			'I have to teach year 12 about AI fakes and blackmail next week, is there a lesson ready',
		from: 'staff',
		answers: ['/lessons/ages-16-to-18/', '/lessons/'],
	},
	{
		question: 'where is the printable sheet for the year 5 internet safety lesson',
		from: 'staff',
		answers: [
			'/lessons/worksheet-ages-9-to-11/',
			'/tools/quiz-worksheet/ages-9-to-11/',
			'/lessons/ages-9-to-11/',
		],
	},
	{
		question:
			'a parent keeps abusing me online and I feel awful, is there anyone for teachers to talk to',
		from: 'staff',
		answers: ['/staff/when-you-are-targeted/', '/contacts/'],
	},
	{
		question:
			'the DSL is off sick and a girl has just told me someone online keeps asking what she is wearing in bed',
		from: 'staff',
		answers: ['/contacts/', '/tools/worried-about-a-post/'],
		atRisk: 'grooming',
	},
	{
		question: 'a governor asked how we keep track of what people say about the school online',
		from: 'staff',
		answers: ['/staff/online-reputation/', '/policy/why-reputation-matters/'],
	},
	{
		question: "should staff follow students' public accounts to keep an eye on them",
		from: 'staff',
		answers: ['/policy/contact-between-pupils-and-staff/', '/tools/connect-online/'],
	},
	{
		question: "can I look through a student's phone if I think he filmed a fight",
		from: 'staff',
		answers: ['/staff/when-you-are-targeted/'],
	},
	{
		question:
			'a pupil is reposting stuff from a far-right channel and trying to get others into it',
		from: 'staff',
		answers: ['/policy/extremism/'],
		atRisk: 'extremism',
	},
	{
		question: "can I say what I think of the trust's plans for our school on my own X account",
		from: 'staff',
		answers: ['/policy/staff-conduct/'],
	},
	{
		question: 'I need to print the approved policy for the governors meeting',
		from: 'staff',
		answers: ['/policy/in-full/', '/about/governors-pack/'],
	},

	// ------------------------------------------------------------------ misspelt or in slang
	{
		question: 'sum1 leakd my nudez in the gc',
		from: 'misspelt-or-slang',
		answers: ['/help/something-upset-me/', '/tools/worried-about-a-post/'],
		atRisk: 'nude images',
	},
	{
		question: 'wat age is gta',
		from: 'misspelt-or-slang',
		answers: ['/apps/gta-v/', '/tools/age-checker/'],
	},
	{
		question: 'my sun is bein bulled on line',
		from: 'misspelt-or-slang',
		answers: ['/parents/bullied-online/'],
	},
	{
		question: 'goverment prevent refferal extremisum',
		from: 'misspelt-or-slang',
		answers: ['/policy/extremism/'],
		atRisk: 'extremism',
	},
	{
		question: 'sucidal student what do i do',
		from: 'misspelt-or-slang',
		answers: ['/staff/suicide-and-self-harm/'],
		atRisk: 'self-harm',
	},
	{
		question: 'some1 is sextorting me',
		from: 'misspelt-or-slang',
		answers: ['/help/something-upset-me/', '/tools/worried-about-a-post/'],
		atRisk: 'sextortion',
	},
	{
		question: 'deep fake of my teacher going round',
		from: 'misspelt-or-slang',
		answers: ['/tools/worried-about-a-post/', '/staff/when-you-are-targeted/'],
	},
	{
		question: 'groomin signs for parnets',
		from: 'misspelt-or-slang',
		answers: ['/parents/talking-to-a-stranger/'],
		atRisk: 'grooming',
	},
	{
		question: 'screen time limmits android',
		from: 'misspelt-or-slang',
		answers: ['/devices/android/', '/apps/google-account/'],
	},
	{
		question: 'hes sayin hell expose me if i block him',
		from: 'misspelt-or-slang',
		answers: ['/help/something-upset-me/', '/tools/worried-about-a-post/'],
		atRisk: 'sextortion',
	},
	{
		question: 'cyber bulying policey',
		from: 'misspelt-or-slang',
		answers: [
			'/policy/expected-behaviour/',
			'/policy/breaches-and-offending-posts/',
			'/parents/bullied-online/',
		],
	},
	{
		question: 'ps5 parentel controls',
		from: 'misspelt-or-slang',
		answers: ['/devices/playstation/', '/apps/playstation-network/'],
	},
	{
		question: 'complane about a teacher',
		from: 'misspelt-or-slang',
		answers: ['/policy/raising-a-concern/', '/tools/concern-about-the-school/'],
	},
	{
		question: 'sh marks on a students arms seen in PE',
		from: 'misspelt-or-slang',
		answers: ['/staff/suicide-and-self-harm/'],
		atRisk: 'self-harm',
	},
	{
		question: 'nonce messaging my daughter on fortnite',
		from: 'misspelt-or-slang',
		answers: ['/parents/talking-to-a-stranger/'],
		atRisk: 'grooming',
	},
	{
		question: 'pics of me in my undies r on a fake acc',
		from: 'misspelt-or-slang',
		answers: ['/help/something-upset-me/', '/tools/worried-about-a-post/'],
		atRisk: 'nude images',
	},
	{
		question: 'whats the dsl numbr',
		from: 'misspelt-or-slang',
		answers: ['/contacts/'],
	},
	{
		question: 'ai undress app used on my daughters pic',
		from: 'misspelt-or-slang',
		answers: ['/parents/sent-a-picture/', '/tools/worried-about-a-post/'],
		atRisk: 'deepfakes',
	},
	{
		question: 'radicalised by youtube vids',
		from: 'misspelt-or-slang',
		answers: ['/policy/extremism/'],
		atRisk: 'extremism',
	},
	{
		question: 'can i hav snap at 12',
		from: 'misspelt-or-slang',
		answers: ['/tools/age-checker/', '/apps/snapchat/', '/policy/age-limits/'],
	},
	{
		question: 'catfished by some1 pretending to be 15',
		from: 'misspelt-or-slang',
		answers: ['/help/something-upset-me/', '/parents/talking-to-a-stranger/'],
		atRisk: 'grooming',
	},
	{
		question: 'fone in bedroom all nite',
		from: 'misspelt-or-slang',
		answers: ['/parents/helping-your-child-online/', '/policy/supporting-your-child/'],
	},
	{
		question: 'ppl roastin me in the gc every day',
		from: 'misspelt-or-slang',
		answers: ['/help/something-upset-me/'],
	},
	{
		question: 'stop my kid spendin money on the nintendo swich',
		from: 'misspelt-or-slang',
		answers: ['/devices/nintendo-switch/'],
	},
	{
		question: 'yr 6 e safty lesson',
		from: 'misspelt-or-slang',
		answers: ['/lessons/ages-9-to-11/', '/lessons/'],
	},
	{
		question: 'roblox chat safe 4 8yr old?',
		from: 'misspelt-or-slang',
		answers: ['/apps/roblox/', '/tools/age-checker/'],
	},
	{
		question: 'kid sent a d pic to a girl',
		from: 'misspelt-or-slang',
		answers: ['/parents/sent-a-picture/', '/tools/worried-about-a-post/'],
		atRisk: 'nude images',
	},
	{
		question: 'site not werking wiv my screen reader',
		from: 'misspelt-or-slang',
		answers: ['/about/accessibility/'],
	},
];

/*
 * Needs found with no page to answer them (written 2026-12-02, while choosing the answers above):
 *
 * - A parent whose own child talks about suicide or is self-harming, or who sees another child's post saying so.
 *   The staff page (/staff/suicide-and-self-harm/) and the pupils' help page cover it; the parents' pages only carry a
 *   "call 999" box. (The parent question above about self-harm is about content in a feed, which /parents/upsetting-content/
 *   does answer.)
 * - A pupil worried about a friend (a friend who wants to die, is being groomed, or is about to meet someone):
 *   /help/something-upset-me/ speaks to the child about themselves; "tell an adult you trust" is the only route for a friend.
 * - A member of staff receiving a disclosure of online grooming or sexual contact (not a post): there is no staff
 *   page on what to say and do when a child tells you (NSPCC steps, no promise of secrecy, notes in the child's
 *   words, what to do when the DSL is away). Only the lesson plans' "if a learner discloses" sections and the
 *   post helper come near it.
 * - Misogynistic influencers and incel content (RSHE 2025), and misinformation and conspiracy theories (named in
 *   KCSIE 2025): no page for parents or pupils; only the sixth-form lesson touches false posts.
 * - Scams, phishing and hacked accounts (KCSIE's "commerce"); gambling and loot boxes for parents: no page (the
 *   sixth-form lesson covers gambling and "easy money"; app guides may list spending features).
 * - The school's own filtering and monitoring of school devices and wifi ("does school see what I search?"): no page.
 * - A pupil's own digital footprint for university, college or job applications: only in the sixth-form lesson plan,
 *   written for staff, not in a page for pupils.
 * - Coercive control by a boyfriend or girlfriend (checking a phone, tracking location): only in the sixth-form lesson.
 * - Being sent an unwanted nude (cyberflashing) as a pupil: the help page covers being asked for photos, not receiving them.
 * - A nude deepfake of a pupil, for pupils: /help/something-upset-me/ covers "a nude photo of you" and Report Remove,
 *   but never says that a fake or AI-made one counts too (the parents' page /parents/sent-a-picture/ does).
 */
