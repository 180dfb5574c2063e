import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	bandAges,
	bandLabel,
	bandsOf,
	heaviest,
	quizSet,
	answerQuestion,
	bestChoice,
	bestIndex,
	classResults,
	countVote,
	gentleOrder,
	isRevealed,
	moveClassroom,
	nextQuestion,
	revealAnswer,
	scoreQuiz,
	setVotes,
	shares,
	shuffle,
	startClassroom,
	startQuiz,
	tallyOf,
	type ClassroomState,
} from '../../src/lib/quiz';

/** Three scenarios from light (1) to heavy (3). */
const scenarios = [
	{ id: 'a', answer: 'post' as const, intensity: 1 as const },
	{ id: 'b', answer: 'ask-first' as const, intensity: 2 as const },
	{ id: 'c', answer: 'tell-adult' as const, intensity: 3 as const },
];

describe('the order of a quiz', () => {
	/** Two everyday scenarios, two about tricks, two heavy ones, listed heaviest first. */
	const mixed = [
		{ id: 'heavy-1', intensity: 3 as const },
		{ id: 'heavy-2', intensity: 3 as const },
		{ id: 'trick-1', intensity: 2 as const },
		{ id: 'trick-2', intensity: 2 as const },
		{ id: 'light-1', intensity: 1 as const },
		{ id: 'light-2', intensity: 1 as const },
	];

	it('starts gently and builds, however it is shuffled', () => {
		fc.assert(
			fc.property(
				fc.array(fc.double({ min: 0, max: 0.999, noNaN: true }), { minLength: 6 }),
				(seeds) => {
					let i = 0;
					const order = gentleOrder(mixed, () => seeds[i++ % seeds.length]!);
					expect(order.map((s) => s.intensity)).toEqual([1, 1, 2, 2, 3, 3]);
					expect(new Set(order.map((s) => s.id)).size).toBe(6);
				}
			)
		);
	});

	it('shuffles within each level, and keeps the given order without a random source', () => {
		expect(gentleOrder(mixed).map((s) => s.id)).toEqual([
			'light-1',
			'light-2',
			'trick-1',
			'trick-2',
			'heavy-1',
			'heavy-2',
		]);
		const seen = new Set(
			[0, 0.5, 0.99].map((seed) =>
				gentleOrder(mixed, () => seed)
					.slice(0, 2)
					.map((s) => s.id)
					.join()
			)
		);
		expect(seen.size).toBeGreaterThan(1);
	});

	it('never opens a pupil’s quiz with the heaviest topic', () => {
		for (const seed of [0, 0.3, 0.7, 0.99])
			expect(startQuiz([...scenarios].reverse(), () => seed).order[0]).toBe('a');
	});
});

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

	it('ends on the end screen after the last scenario, and goes back from it', () => {
		let state = moveClassroom(moveClassroom(startClassroom(), 1, 2), 1, 2);
		expect(state.ended).toBe(true);
		expect(moveClassroom(state, 1, 2)).toBe(state);
		expect(revealAnswer(state)).toBe(state);
		state = moveClassroom(state, -1, 2);
		expect(state).toMatchObject({ ended: false, index: 1 });
	});

	it('takes a show-of-hands total typed once, and gives the class’s results', () => {
		let state = setVotes(startClassroom(), 'post', 12);
		state = setVotes(state, 'ask-first', 3.7);
		expect(tallyOf(state)).toEqual({ post: 12, 'ask-first': 3 });
		expect(tallyOf(setVotes(state, 'post', -4))['post']).toBe(0);
		expect(tallyOf(setVotes(state, 'post', Number.NaN))['post']).toBe(0);
		expect(shares(tallyOf(state), ['post', 'ask-first', 'dont-post'])).toEqual([0.8, 0.2, 0]);
		expect(shares({}, ['post'])).toEqual([0]);
		state = setVotes(moveClassroom(state, 1, 2), 'dont-post', 5);
		expect(classResults(state, [{ answer: 'post' }, { answer: 'ask-first' }])).toEqual([
			{ votes: 15, best: 12 },
			{ votes: 5, best: 0 },
		]);
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

describe('age bands and the heaviest scenarios', () => {
	it('reads the bands from the data, youngest first, and names them from their ids', () => {
		const items = [{ band: '16-18' }, { band: '9-11' }, { band: '11-16' }, { band: '9-11' }];
		expect(bandsOf(items)).toEqual(['9-11', '11-16', '16-18']);
		expect(bandsOf([{ band: '4-7' }, { band: '4-11' }])).toEqual(['4-7', '4-11']);
		expect(bandLabel('16-18', { band: 'Ages', bandTo: 'to' })).toBe('Ages 16 to 18');
		expect(bandAges('11-16')).toEqual({ from: 11, to: 16 });
	});

	it('leaves the heaviest scenarios out unless a teacher has chosen them', () => {
		const items = [1, 2, 3, 1, 3].map((intensity, i) => ({
			id: String(i),
			intensity: intensity as 1 | 2 | 3,
		}));
		expect(quizSet(items).map((item) => item.id)).toEqual(['0', '1', '3']);
		expect(quizSet(items, true)).toHaveLength(5);
		expect(quizSet(items).every((item) => item.intensity < heaviest)).toBe(true);
	});
});
