import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	allQuestions,
	answerFor,
	checkPost,
	groups,
	nextQuestion,
	type Answers,
	type Topic,
} from '../../src/lib/before-you-post';
import { decidePost, facts, rules, verdicts, type PostFacts } from '../../src/lib/posting-rules';
import { postingRulesWording as wording } from '../../src/wording';

type Audience = 'pupils' | 'parents' | 'staff';

/** Answers every question the checker asks with `answer(topic)`, as a person would, one at a time. */
function walk(answer: (topic: Topic) => boolean, audience: Audience = 'pupils') {
	const answers: Answers = {};
	const asked: Topic[] = [];
	for (
		let question = nextQuestion(answers, audience, wording);
		question;
		question = nextQuestion(answers, audience, wording)
	) {
		expect(asked).not.toContain(question.topic);
		asked.push(question.topic);
		answers[question.topic] = answer(question.topic);
	}
	return { answers, asked, decision: checkPost(answers, audience, wording) };
}

/** Answers as the facts of a post say. */
const truthfully = (post: PostFacts) => (topic: Topic) => answerFor(post, topic);

const anyPost = fc.record(
	Object.fromEntries([...facts, 'othersAgreed'].map((fact) => [fact, fc.boolean()])) as Record<
		string,
		fc.Arbitrary<boolean>
	>
) as fc.Arbitrary<PostFacts>;

describe('the Before you post checker', () => {
	it('asks only its broad questions when every answer is no, and then says it can be posted', () => {
		const { asked, decision } = walk(() => false);
		expect(asked).toEqual(groups.map((group) => group.id));
		expect(asked.length).toBeLessThanOrEqual(5);
		expect(decision.verdict).toBe('post');
	});

	it('stops as soon as the verdict is the most serious, once it knows why', () => {
		const { asked, decision } = walk(truthfully({ illegalOrHateful: true }));
		expect(asked).toEqual(['danger', 'illegalOrHateful']);
		expect(decision.verdict).toBe('tell-adult');
		expect(decision.reasons[0]!.fact).toBe('illegalOrHateful');
	});

	it('works out the last rule of a group answered yes without asking it', () => {
		const { asked, decision } = walk(truthfully({ violent: true }));
		expect(asked).not.toContain('violent');
		expect(decision.reasons[0]!.fact).toBe('violent');
	});

	it('asks whether others agreed when a post shows them, and only then', () => {
		expect(walk(truthfully({ showsOthers: true })).decision.verdict).toBe('ask-first');
		expect(walk(truthfully({ showsOthers: true, othersAgreed: true })).decision.verdict).toBe(
			'post'
		);
		expect(walk(truthfully({ showsOthers: true, unkind: true })).asked).not.toContain(
			'othersAgreed'
		);
	});

	it('reaches every verdict, and words it for each audience', () => {
		const reached = [{}, { showsOthers: true }, { unkind: true }, { violent: true }].map(
			(post) => walk(truthfully(post)).decision.verdict
		);
		expect(new Set(reached)).toEqual(new Set(verdicts));
		expect(wording.verdicts['tell-adult'].pupils).toMatch(/trusted adult/);
		expect(wording.verdicts['tell-adult'].staff).not.toMatch(/trusted adult/);
		expect(
			allQuestions('staff', wording)
				.map((q) => q.text)
				.sort()
		).toEqual(rules.map((rule) => wording.rules[rule.fact].question.staff).sort());
		expect(walk(() => false, 'staff').decision.reasons[0]!.instead).not.toMatch(/friend/);
	});

	it('gives each audience its own words for every question and reason', () => {
		for (const fact of facts) {
			const { question, reason } = wording.rules[fact];
			expect(new Set([question.pupils, question.staff]).size, `${fact} question`).toBe(2);
			expect(new Set([reason.pupils, reason.staff]).size, `${fact} reason`).toBe(2);
		}
		for (const group of groups.filter((g) => g.facts.length > 1)) {
			expect(new Set(Object.values(wording.groups[group.id]!)).size, group.id).toBe(3);
		}
	});

	it('gives the same verdict as the rules, whatever the post, asking each question at most once', () => {
		fc.assert(
			fc.property(
				anyPost,
				fc.constantFrom<Audience>('pupils', 'parents', 'staff'),
				(post, audience) => {
					const { asked, decision } = walk(truthfully(post), audience);
					expect(decision.verdict).toBe(decidePost(post).verdict);
					expect(decision.reasons[0]!.verdict).toBe(decision.verdict);
					expect(asked.length).toBeLessThanOrEqual(facts.length + groups.length + 1);
					expect(decision.reasons.every((reason) => reason.policy.page.startsWith('policy/'))).toBe(
						true
					);
				}
			),
			{ numRuns: 500 }
		);
	});
});
