import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { allQuestions, checkPost, nextQuestion, type Topic } from '../../src/lib/before-you-post';
import { facts, rules, verdicts, type PostFacts } from '../../src/lib/posting-rules';
import { postingRulesWording as wording } from '../../src/wording';

/** Answers every question the checker asks with `answer(topic)`, as a person would, one at a time. */
function walk(answer: (topic: Topic) => boolean, audience: 'pupils' | 'parents' | 'staff' = 'pupils') {
	const answers: PostFacts = {};
	const asked: Topic[] = [];
	for (let question = nextQuestion(answers, audience, wording); question; question = nextQuestion(answers, audience, wording)) {
		expect(asked).not.toContain(question.topic);
		asked.push(question.topic);
		answers[question.topic] = answer(question.topic);
	}
	return { answers, asked, decision: checkPost(answers, audience, wording) };
}

describe('the Before you post checker', () => {
	it('asks every question, one at a time, when every answer is no, and then says it can be posted', () => {
		const { asked, decision } = walk(() => false);
		expect(asked).toEqual(rules.map((rule) => rule.fact));
		expect(decision.verdict).toBe('post');
	});

	it('stops at once when the post may be hateful or illegal', () => {
		const { asked, decision } = walk((topic) => topic === 'illegalOrHateful');
		expect(asked).toEqual(['illegalOrHateful']);
		expect(decision.verdict).toBe('tell-adult');
	});

	it('asks whether others agreed when a post shows them', () => {
		expect(walk((topic) => topic === 'showsOthers').decision.verdict).toBe('ask-first');
		expect(walk((topic) => topic === 'showsOthers' || topic === 'othersAgreed').decision.verdict).toBe('post');
	});

	it('reaches every verdict, and words it for each audience', () => {
		expect(new Set([walk(() => false), walk((t) => t === 'showsOthers'), walk((t) => t === 'unkind'), walk((t) => t === 'violent')].map((w) => w.decision.verdict))).toEqual(
			new Set(verdicts),
		);
		expect(wording.verdicts['tell-adult'].pupils).toMatch(/trusted adult/);
		expect(wording.verdicts['tell-adult'].staff).not.toMatch(/trusted adult/);
		expect(allQuestions('staff', wording).map((q) => q.text)).toEqual(rules.map((rule) => wording.rules[rule.fact].question.staff));
		expect(allQuestions('pupils', wording)[0]!.text).not.toBe(allQuestions('parents', wording)[0]!.text);
	});

	it('always finishes with a verdict and reasons, whatever the answers', () => {
		fc.assert(
			fc.property(fc.func(fc.boolean()), fc.constantFrom('pupils', 'parents', 'staff' as const), (answer, audience) => {
				const { asked, decision } = walk((topic) => answer(topic), audience);
				expect(asked.length).toBeLessThanOrEqual(facts.length + 1);
				expect(decision.reasons.length).toBeGreaterThan(0);
				expect(decision.reasons.every((reason) => reason.policy.page.startsWith('policy/'))).toBe(true);
			}),
		);
	});
});
