import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { answerQuestion, countVote, moveClassroom, nextQuestion, scoreQuiz, shuffle, startQuiz, type ClassroomState } from '../../src/lib/quiz';

const scenarios = [
	{ id: 'a', answer: 'post' as const },
	{ id: 'b', answer: 'ask-first' as const },
	{ id: 'c', answer: 'tell-adult' as const },
];

describe('shuffle', () => {
	it('keeps every item exactly once, in whatever order', () => {
		fc.assert(fc.property(fc.array(fc.integer()), fc.double({ min: 0, max: 0.999, noNaN: true }), (items, seed) => {
			expect(shuffle(items, () => seed).sort()).toEqual([...items].sort());
		}));
	});

	it('gives a new order on another go', () => {
		let n = 0;
		const orders = new Set(Array.from({ length: 10 }, () => shuffle([1, 2, 3, 4, 5], () => ((n = (n * 9301 + 49297) % 233280) / 233280)).join()));
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
		const state = answerQuestion(answerQuestion(startQuiz(scenarios, () => 0.99), 'post'), 'dont-post');
		expect(state.answers).toEqual({ a: 'post' });
	});
});

describe('classroom mode', () => {
	it('moves between scenarios, hiding the answer and clearing the votes, and stops at the ends', () => {
		let state: ClassroomState = { index: 0, revealed: true, tally: { post: 3 } };
		expect(moveClassroom(state, -1, 3)).toBe(state);
		state = moveClassroom(state, 1, 3);
		expect(state).toEqual({ index: 1, revealed: false, tally: {} });
		expect(moveClassroom(moveClassroom(state, 1, 3), 1, 3).index).toBe(2);
	});

	it('counts votes up and down, never below zero', () => {
		let state: ClassroomState = { index: 0, revealed: false, tally: {} };
		state = countVote(countVote(state, 'post', 1), 'post', 1);
		expect(state.tally).toEqual({ post: 2 });
		expect(countVote(countVote(countVote(state, 'post', -1), 'post', -1), 'post', -1).tally).toEqual({ post: 0 });
	});
});
