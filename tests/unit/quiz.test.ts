import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	answerQuestion,
	bestChoice,
	bestIndex,
	countVote,
	isRevealed,
	moveClassroom,
	nextQuestion,
	revealAnswer,
	scoreQuiz,
	shuffle,
	startClassroom,
	startQuiz,
	tallyOf,
	type ClassroomState,
} from '../../src/lib/quiz';

const scenarios = [
	{ id: 'a', answer: 'post' as const },
	{ id: 'b', answer: 'ask-first' as const },
	{ id: 'c', answer: 'tell-adult' as const },
];

describe('shuffle', () => {
	it('keeps every item exactly once, in whatever order', () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer()),
				fc.double({ min: 0, max: 0.999, noNaN: true }),
				(items, seed) => {
					expect(shuffle(items, () => seed).sort()).toEqual([...items].sort());
				}
			)
		);
	});

	it('gives a new order on another go', () => {
		let n = 0;
		const orders = new Set(
			Array.from({ length: 10 }, () =>
				shuffle([1, 2, 3, 4, 5], () => (n = (n * 9301 + 49297) % 233280) / 233280).join()
			)
		);
		expect(orders.size).toBeGreaterThan(1);
	});
});

describe('a pupil’s quiz', () => {
	it('asks each scenario once, then finishes with a score and what was missed', () => {
		let state = startQuiz(scenarios, () => 0.99);
		expect(state.order).toEqual(['a', 'b', 'c']);
		state = nextQuestion(answerQuestion(state, 'post'));
		state = nextQuestion(answerQuestion(state, 'post'));
		state = answerQuestion(state, 'tell-adult');
		expect(state.finished).toBe(false);
		state = nextQuestion(state);
		expect(state.finished).toBe(true);
		expect(scoreQuiz(state, scenarios)).toEqual({ correct: 2, total: 3, missed: ['b'] });
	});

	it('keeps the first answer to a question', () => {
		const state = answerQuestion(
			answerQuestion(
				startQuiz(scenarios, () => 0.99),
				'post'
			),
			'dont-post'
		);
		expect(state.answers).toEqual({ a: 'post' });
	});
});

describe('classroom mode', () => {
	it('moves between scenarios, keeping each one’s revealed answer and votes, and stops at the ends', () => {
		let state = revealAnswer(countVote(startClassroom(), 'post', 1));
		expect(moveClassroom(state, -1, 3)).toBe(state);
		state = moveClassroom(state, 1, 3);
		expect(state.index).toBe(1);
		expect(isRevealed(state)).toBe(false);
		expect(tallyOf(state)).toEqual({});
		state = moveClassroom(countVote(state, 'dont-post', 1), -1, 3);
		expect(isRevealed(state)).toBe(true);
		expect(tallyOf(state)).toEqual({ post: 1 });
		expect(tallyOf(moveClassroom(state, 1, 3))).toEqual({ 'dont-post': 1 });
		expect(moveClassroom(moveClassroom(moveClassroom(state, 1, 3), 1, 3), 1, 3).index).toBe(2);
	});

	it('counts votes up and down, never below zero', () => {
		let state: ClassroomState = startClassroom();
		state = countVote(countVote(state, 'post', 1), 'post', 1);
		expect(tallyOf(state)).toEqual({ post: 2 });
		expect(
			tallyOf(countVote(countVote(countVote(state, 'post', -1), 'post', -1), 'post', -1))
		).toEqual({ post: 0 });
	});
});

describe('the best choice', () => {
	it('is the one whose verdict is the answer', () => {
		const scenario = {
			answer: 'ask-first' as const,
			choices: [{ verdict: 'post' as const }, { verdict: 'ask-first' as const }],
		};
		expect(bestChoice(scenario)).toBe(scenario.choices[1]);
		expect(bestIndex(scenario)).toBe(1);
		expect(() => bestChoice({ answer: 'tell-adult', choices: scenario.choices })).toThrow(
			/tell-adult/
		);
	});
});
