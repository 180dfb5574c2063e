import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	answerFor,
	checkPost,
	factsOf,
	kinds,
	nextQuestion,
	reasonLinks,
	type Answers,
	type Kind,
	type Question,
} from '../../src/lib/before-you-post';
import { answer } from '../../src/lib/before-you-post';
import {
	decidePost,
	facts,
	verdicts,
	type Audience,
	type PostFacts,
} from '../../src/lib/posting-rules';
import { fixtureWording as wording } from '../fixtures/posting-rules-wording';

/** Answers every question the checker asks as the facts of a post say, one at a time, as a person would. */
export function walk(post: PostFacts, kind: Kind, audience: Audience = 'pupils', band?: string) {
	let answers: Answers = {};
	const asked: Question[] = [];
	for (
		let question = nextQuestion(answers, audience, wording, band);
		question;
		question = nextQuestion(answers, audience, wording, band)
	) {
		expect(asked.map((q) => q.topic)).not.toContain(question.topic);
		asked.push(question);
		answers = answer(
			answers,
			question,
			question.type === 'pick' ? kind : answerFor(post, question)
		);
	}
	return {
		asked,
		topics: asked.map((q) => q.topic),
		decision: checkPost(answers, audience, wording, band),
	};
}

/**
 * A post of this kind whose facts are any of those its questions cover, for this audience (the others are false for
 * it: a parent is not asked whether their own photo's poster is old enough for the app, which only a pupil is asked).
 */
const anyPostOf = (kind: Kind, audience: Audience) =>
	fc.record(
		Object.fromEntries(
			[...factsOf(kind, audience), 'othersAgreed', 'publicAccount'].map((fact) => [
				fact,
				fc.boolean(),
			])
		) as Record<string, fc.Arbitrary<boolean>>
	) as fc.Arbitrary<PostFacts>;

describe('the Before you post checker', () => {
	it('asks first what kind of post it is', () => {
		expect(nextQuestion({}, 'pupils', wording)?.topic).toBe('kind');
	});

	it.each(kinds)(
		'asks about a %s with nothing wrong in at most six questions, and says it can be posted',
		(kind) => {
			const { topics, decision } = walk({}, kind);
			expect(topics.length).toBeLessThanOrEqual(6);
			// Harm first: for a share, without scams and contact, which are boxes to tick next (see below).
			expect(topics[1]).toBe(kind === 'share' ? 'dangerShare' : 'danger');
			expect(decision.verdict).toBe('post');
		}
	);

	it('asks whether it is unkind or untrue in one question, and which only after a “yes”', () => {
		expect(walk({}, 'words').topics).toContain('unkindOrUntrue');
		expect(walk({}, 'words').topics).not.toContain('unkind');
		const untrue = walk({ untrue: true }, 'words');
		expect(untrue.topics).toContain('unkind');
		expect(untrue.decision.reasons[0]!.fact).toBe('untrue');
		expect(walk({ unkind: true }, 'photo').decision.reasons[0]!.fact).toBe('unkind');
	});

	it('asks about someone else’s private message among the boxes of a share, third', () => {
		const { topics, decision } = walk({ privateMessage: true }, 'share');
		expect(topics.slice(0, 3)).toEqual(['kind', 'dangerShare', 'aboutShare']);
		expect(decision.verdict).toBe('dont-post');
		expect(walk({ privateMessage: true, othersAgreed: true }, 'share').decision.verdict).toBe(
			'post'
		);
	});

	it('stops as soon as the verdict is the most serious, once it knows why', () => {
		const { topics, decision } = walk({ illegalOrHateful: true }, 'words');
		expect(topics).toEqual(['kind', 'danger', 'dangerWhich']);
		expect(decision.verdict).toBe('tell-adult');
		expect(decision.reasons[0]!.fact).toBe('illegalOrHateful');
	});

	// Replaces "works out the last rule of a group answered yes without asking it": a pupil being blackmailed, or too
	// ashamed to say "nude", was given the advice about a fight. Which risk it is, is now asked, as boxes to tick.
	it('asks which risk it is after a “yes” to harm, rather than assuming the last one', () => {
		const { asked, topics, decision } = walk({ violent: true }, 'photo');
		expect(topics).toEqual(['kind', 'danger', 'dangerWhich']);
		const which = asked[2]!;
		expect(which.type).toBe('tick');
		if (which.type === 'tick') {
			expect(which.choices.map((c) => c.value)).toEqual([
				'illegalOrHateful',
				'sexualImage',
				'unsafeContact',
				'scam',
				'violent',
			]);
			expect(which.none).toBe('which.danger.none.pupils');
		}
		expect(decision.reasons[0]!.fact).toBe('violent');
	});

	it('gives a general reason, never a guessed one, when a group is answered yes and none of its risks ticked', () => {
		const answers: Answers = { kind: 'photo', yes: { danger: true }, ticked: { dangerWhich: [] } };
		expect(nextQuestion(answers, 'pupils', wording)).toBeUndefined();
		const decision = checkPost(answers, 'pupils', wording);
		expect(decision.verdict).toBe('tell-adult');
		expect(decision.reasons.map((r) => r.fact)).toEqual(['unnamed']);
		expect(decision.reasons[0]!.instead).toBe('unnamedRisk.instead.pupils');
		expect(decision.reasons[0]!.help?.page).toBe('help/unnamed');
	});

	it('asks a pupil whether they are old enough for the app, about their own photo or video', () => {
		expect(walk({}, 'photo').topics).toContain('underAge');
		expect(walk({ underAge: true }, 'photo').decision.verdict).toBe('dont-post');
		// A 10-year-old's bedroom video for friends they know face to face, on a 13+ app: not "go ahead".
		const bedroom = walk({ inBedroom: true, underAge: true }, 'photo');
		expect(bedroom.decision.verdict).toBe('dont-post');
		expect(bedroom.decision.reasons.map((r) => r.fact)).toContain('underAge');
		// A parent's or a member of staff's own photo is not about the app's age limit.
		expect(walk({}, 'photo', 'parents').topics).not.toContain('underAge');
		expect(walk({}, 'photo', 'staff').topics).not.toContain('underAge');
	});

	it('asks whether others agreed only when a post shows them and nothing worse is known', () => {
		expect(walk({ showsOthers: true }, 'photo').decision.verdict).toBe('ask-first');
		expect(walk({ showsOthers: true, othersAgreed: true }, 'photo').decision.verdict).toBe('post');
		expect(walk({ showsOthers: true, unkind: true }, 'words').decision.verdict).toBe('dont-post');
		expect(walk({ revealsLocation: true, showsOthers: true }, 'photo').topics).not.toContain(
			'othersAgreed'
		);
		// Friends in uniform: fine once the badge is cropped, so whether they agreed is still asked and said.
		const uniform = walk({ showsUniformOrPlace: true, showsOthers: true }, 'photo');
		expect(uniform.topics).toContain('othersAgreed');
		expect(uniform.decision.verdict).toBe('think-again');
		expect(uniform.decision.reasons.map((r) => r.fact)).toEqual([
			'showsUniformOrPlace',
			'showsOthers',
		]);
	});

	it('asks who can see it only about a post filmed in a bedroom', () => {
		expect(walk({}, 'photo').topics).not.toContain('publicAccount');
		expect(walk({ inBedroom: true }, 'photo').topics).toContain('publicAccount');
		expect(walk({ inBedroom: true }, 'photo').decision.verdict).toBe('post');
		expect(walk({ inBedroom: true, publicAccount: true }, 'photo').decision.verdict).toBe(
			'think-again'
		);
	});

	it('does not let one “no” to harm clear a scam link or a sender known only online, when sharing', () => {
		const scam = walk({ scam: true }, 'share');
		expect(scam.topics).toEqual(['kind', 'dangerShare', 'aboutShare']);
		expect(scam.decision.verdict).toBe('tell-adult');
		expect(scam.decision.reasons[0]!.fact).toBe('scam');
		const contact = walk({ unsafeContact: true }, 'share');
		expect(contact.decision.verdict).toBe('tell-adult');
		expect(contact.decision.reasons[0]!.fact).toBe('unsafeContact');
		expect(contact.decision.reasons[0]!.help?.page).toBe('help/unsafeContact');
	});

	it('asks about adding or chatting who it is, with a box for someone known only online', () => {
		const stranger = walk({ onlyKnownOnline: true }, 'contact');
		expect(stranger.topics).toEqual(['kind', 'danger', 'who']);
		expect(stranger.decision.verdict).toBe('tell-adult');
		expect(walk({ onlyKnownOnline: true }, 'contact', 'parents').decision.verdict).toBe(
			'think-again'
		);
		expect(walk({}, 'contact').topics).toContain('who');
		expect(walk({}, 'photo').topics).not.toContain('who');
	});

	it('words the verdict for the kind of post: a contact verdict speaks about contact, not a post', () => {
		expect(walk({ onlyKnownOnline: true }, 'contact').decision.heading).toBe(
			'before.verdicts.contact.tell-adult.pupils'
		);
		expect(walk({ scam: true }, 'share', 'parents').decision.heading).toBe(
			'before.verdicts.share.tell-adult.parents'
		);
		expect(walk({ underAge: true }, 'app').decision.heading).toBe(
			'before.verdicts.app.dont-post.pupils'
		);
		expect(walk({}, 'photo').decision.heading).toBe('verdicts.post.pupils');
		expect(walk({ unkind: true }, 'words', 'staff').decision.heading).toBe(
			'verdicts.dont-post.staff'
		);
	});

	it('words “nothing wrong” for the kind of post: adding a friend is not “yours to share”', () => {
		for (const kind of ['share', 'contact', 'app'] as const)
			for (const audience of ['pupils', 'parents', 'staff'] as const) {
				const [reason] = walk({}, kind, audience).decision.reasons;
				expect(reason!.fact).toBe('none');
				expect(reason!.reason).toBe(`before.nothingWrong.${kind}.reason.${audience}`);
				expect(reason!.instead).toBe(`before.nothingWrong.${kind}.instead.${audience}`);
			}
		expect(walk({}, 'photo').decision.reasons[0]!.reason).toBe('nothingWrong.reason.pupils');
		expect(walk({}, 'words', 'staff').decision.reasons[0]!.instead).toBe(
			'nothingWrong.instead.staff'
		);
	});

	it('asks a sixth-former adding someone known only online (from a course) to think again, with words of their own', () => {
		const older = walk({ onlyKnownOnline: true }, 'contact', 'pupils', '16-18');
		expect(older.decision.verdict).toBe('think-again');
		expect(older.decision.heading).toBe('before.verdicts.contact.think-again.pupils');
		expect(older.decision.reasons[0]!.reason).toBe('rules.onlyKnownOnline.sixteenPlus.reason');
		expect(older.decision.reasons[0]!.instead).toBe('rules.onlyKnownOnline.sixteenPlus.instead');
		// Younger pupils, and a pupil who has not said: stop and tell an adult, in the younger words.
		for (const band of ['9-11', '11-16', undefined]) {
			const younger = walk({ onlyKnownOnline: true }, 'contact', 'pupils', band);
			expect(younger.decision.verdict, band).toBe('tell-adult');
			expect(younger.decision.reasons[0]!.reason).toBe('rules.onlyKnownOnline.reason.pupils');
		}
		// The band is a pupil's: a parent's and a member of staff's verdict and words do not change.
		const parent = walk({ onlyKnownOnline: true }, 'contact', 'parents', '16-18');
		expect(parent.decision.verdict).toBe('think-again');
		expect(parent.decision.reasons[0]!.reason).toBe('rules.onlyKnownOnline.reason.parents');
	});

	it('asks a sixth-former messaging late at night to think again (it can wait until the morning), a younger pupil not to', () => {
		const older = walk({ lateAtNight: true }, 'contact', 'pupils', '16-18');
		expect(older.decision.verdict).toBe('think-again');
		for (const band of ['9-11', '11-16', undefined])
			expect(walk({ lateAtNight: true }, 'contact', 'pupils', band).decision.verdict, band).toBe(
				'dont-post'
			);
	});

	it('keeps a nude or sexual image “tell an adult” at 16 to 18, in words that fit an 18-year-old', () => {
		const older = walk({ sexualImage: true }, 'photo', 'pupils', '16-18');
		expect(older.decision.verdict).toBe('tell-adult');
		expect(older.decision.reasons[0]!.reason).toBe('rules.sexualImage.sixteenPlus.reason');
		expect(reasonLinks(older.decision.reasons[0]!, 'pupils')).toEqual(['policy']);
		expect(
			walk({ sexualImage: true }, 'photo', 'pupils', '11-16').decision.reasons[0]!.reason
		).toBe('rules.sexualImage.reason.pupils');
		// A rule with no words of its own for the sixth form keeps the pupils' words.
		expect(walk({ unkind: true }, 'words', 'pupils', '16-18').decision.reasons[0]!.reason).toBe(
			'rules.unkind.reason.pupils'
		);
	});

	it('reaches every verdict', () => {
		const reached = [
			[{}, 'photo'],
			[{ showsOthers: true }, 'photo'],
			[{ followsStaff: true }, 'contact'],
			[{ unkind: true }, 'words'],
			[{ violent: true }, 'photo'],
		].map(([post, kind]) => walk(post as PostFacts, kind as Kind).decision.verdict);
		expect(new Set(reached)).toEqual(new Set(verdicts));
	});

	it('covers every rule in at least one kind of post', () => {
		for (const fact of facts)
			expect(
				kinds.some((kind) => factsOf(kind).includes(fact)),
				fact
			).toBe(true);
	});

	it('gives the same verdict as the rules, for every audience and kind of post, asking each question at most once', () => {
		fc.assert(
			fc.property(
				fc
					.tuple(
						fc.constantFrom(...kinds),
						fc.constantFrom<Audience>('pupils', 'parents', 'staff'),
						fc.constantFrom(undefined, '9-11', '11-16', '16-18')
					)
					.chain(([kind, audience, band]) =>
						fc.tuple(
							fc.constant(kind),
							anyPostOf(kind, audience),
							fc.constant(audience),
							fc.constant(band)
						)
					),
				([kind, post, audience, band]) => {
					const { asked, decision } = walk(post, kind, audience, band);
					expect(decision.verdict).toBe(decidePost(post, audience, band).verdict);
					expect(decision.reasons[0]!.verdict).toBe(decision.verdict);
					expect(asked.length).toBeLessThanOrEqual(12);
					for (const question of asked) expect(question.text.length).toBeGreaterThan(0);
				}
			),
			{ numRuns: 600 }
		);
	});
});

/** Realistic posts, as the issue tried them. */
describe('Before you post, on realistic posts', () => {
	const cases: {
		name: string;
		post: PostFacts;
		kind: Kind;
		audience: Audience;
		band?: string;
		verdict: string;
		fact: string;
	}[] = [
		{
			name: 'a sixth-former adding someone they know only from a course',
			post: { onlyKnownOnline: true },
			kind: 'contact',
			audience: 'pupils',
			band: '16-18',
			verdict: 'think-again',
			fact: 'onlyKnownOnline',
		},
		{
			name: 'a 14-year-old’s TikTok filmed in their bedroom, on a public account',
			post: { inBedroom: true, publicAccount: true },
			kind: 'photo',
			audience: 'pupils',
			verdict: 'think-again',
			fact: 'inBedroom',
		},
		{
			name: 'a joke about a named teacher',
			post: { aboutStaff: true },
			kind: 'words',
			audience: 'pupils',
			verdict: 'dont-post',
			fact: 'aboutStaff',
		},
		{
			name: 'a parent’s complaint about the school (the policy urges a private word: not a ban)',
			post: { complaintAboutSchool: true },
			kind: 'words',
			audience: 'parents',
			verdict: 'think-again',
			fact: 'complaintAboutSchool',
		},
		{
			name: 'following a member of staff’s public account (discouraged, not banned)',
			post: { followsStaff: true },
			kind: 'contact',
			audience: 'pupils',
			verdict: 'think-again',
			fact: 'followsStaff',
		},
		{
			name: 'a friend request to a teacher (not allowed)',
			post: { contactsStaff: true },
			kind: 'contact',
			audience: 'pupils',
			verdict: 'dont-post',
			fact: 'contactsStaff',
		},
		{
			name: 'a birthday photo of friends who all said yes',
			post: { showsOthers: true, othersAgreed: true },
			kind: 'photo',
			audience: 'pupils',
			verdict: 'post',
			fact: 'none',
		},
		{
			name: 'forwarding a “free skins, verify your account” link a friend sent',
			post: { scam: true },
			kind: 'share',
			audience: 'pupils',
			verdict: 'tell-adult',
			fact: 'scam',
		},
		{
			name: 'adding someone met in a game, known only online',
			post: { onlyKnownOnline: true },
			kind: 'contact',
			audience: 'pupils',
			verdict: 'tell-adult',
			fact: 'onlyKnownOnline',
		},
		{
			// The age question is about the pupil's own account: her parent's account is not, so she answers no.
			name: 'a parent posting a 10-year-old’s drawing on the parent’s account (e)',
			post: {},
			kind: 'photo',
			audience: 'pupils',
			verdict: 'post',
			fact: 'none',
		},
		{
			// Their uniforms, not only the pupil's own: the box says "anyone's". Fine once the badges are cropped.
			name: 'a photo of friends at the park in school uniform, who all said yes (c)',
			post: { showsOthers: true, showsUniformOrPlace: true, othersAgreed: true },
			kind: 'photo',
			audience: 'pupils',
			verdict: 'think-again',
			fact: 'showsUniformOrPlace',
		},
		{
			// Someone else's private message is a box in "what is it about", asked third, not seventh.
			name: 'a screenshot of someone else’s message (d)',
			post: { privateMessage: true, showsOthers: true },
			kind: 'share',
			audience: 'pupils',
			verdict: 'dont-post',
			fact: 'privateMessage',
		},
		{
			name: 'a walk-home video showing the uniform and street',
			post: { revealsLocation: true, showsUniformOrPlace: true },
			kind: 'photo',
			audience: 'pupils',
			verdict: 'dont-post',
			fact: 'revealsLocation',
		},
	];
	const counts: number[] = [];
	it.each(cases.map((c) => [c.name, c] as const))(
		'%s',
		(_name, { post, kind, audience, band, verdict, fact }) => {
			const { asked, decision } = walk(post, kind, audience, band);
			counts.push(asked.length);
			console.log(
				`${_name} (${audience}): ${asked.length} questions: ${asked.map((q) => q.topic).join(' → ')} ⇒ ${decision.verdict}`
			);
			expect(decision.verdict).toBe(verdict);
			expect(decision.reasons[0]!.fact).toBe(fact);
			expect(asked.length).toBeLessThanOrEqual(7);
		}
	);
	it('take about five questions on average', () => {
		const mean = counts.reduce((a, b) => a + b, 0) / counts.length;
		console.log(`Realistic posts: mean ${mean.toFixed(1)} questions`);
		expect(mean).toBeLessThanOrEqual(5.5);
	});
});

describe('the links under a reason', () => {
	const help = { page: 'help/something-upset-me', label: 'Help' };

	it('show a pupil the page of help first, and only the help when they are told to tell an adult', () => {
		expect(reasonLinks({ verdict: 'tell-adult', help }, 'pupils')).toEqual(['help']);
		expect(reasonLinks({ verdict: 'think-again', help }, 'pupils')).toEqual(['help', 'policy']);
		expect(reasonLinks({ verdict: 'dont-post' }, 'pupils')).toEqual(['policy']);
	});

	it('show adults the policy first, then any help', () => {
		expect(reasonLinks({ verdict: 'tell-adult', help }, 'parents')).toEqual(['policy', 'help']);
		expect(reasonLinks({ verdict: 'tell-adult' }, 'staff')).toEqual(['policy']);
	});
});
