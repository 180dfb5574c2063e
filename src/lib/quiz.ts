import type { PostVerdict } from './posting-rules';

/** How heavy a scenario's topic is: 1 everyday choices, 2 unkindness, tricks and fakes, 3 risk of harm. */
export const intensities = [1, 2, 3] as const;
export type Intensity = (typeof intensities)[number];

/** The heaviest level (risk of harm: sextortion, sexual images, violence, extremism): a teacher's choice, never a default. */
export const heaviest: Intensity = 3;

/**
 * The scenarios a quiz asks: without the heaviest unless a teacher has chosen them (a lesson plan's own list, or
 * "include the heavier scenarios" in classroom mode). A pupil on their own never meets them by default.
 */
export const quizSet = <T extends { intensity: Intensity }>(
	items: readonly T[],
	heavier = false
): T[] => items.filter((item) => heavier || item.intensity < heaviest);

/** An age band's ages, from its id ("16-18"). */
export function bandAges(band: string): { from: number; to: number } {
	const [from, to] = band.split('-').map(Number);
	return { from: from!, to: to! };
}

/** The age bands the scenarios have, youngest first (read from the data, never a fixed list). */
export function bandsOf(items: readonly { band: string }[]): string[] {
	const order = (band: string) => bandAges(band).from * 100 + bandAges(band).to;
	return [...new Set(items.map((item) => item.band))].sort((a, b) => order(a) - order(b));
}

/** An age band in words: the word before the first age, and the word between ("Ages", "to": "Ages 16 to 18"). */
export const bandLabel = (band: string, words: { band: string; bandTo: string }): string => {
	const { from, to } = bandAges(band);
	return `${words.band} ${from} ${words.bandTo} ${to}`;
};

/** What the quiz needs of a scenario. */
export interface QuizScenario {
	id: string;
	answer: PostVerdict;
	intensity: Intensity;
}

/** A shuffled copy, using `random` (0 ≤ n < 1) so that tests can fix the order. */
export function shuffle<T>(items: readonly T[], random: () => number = Math.random): T[] {
	const copy = [...items];
	for (let i = copy.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[copy[i], copy[j]] = [copy[j]!, copy[i]!];
	}
	return copy;
}

/**
 * The order to ask scenarios in: lightest first, so that a quiz starts gently and builds, shuffled within each level
 * (a quiz never opens with its heaviest topic). Without `random`, the given order within each level.
 */
export function gentleOrder<T extends { intensity: Intensity }>(
	items: readonly T[],
	random?: () => number
): T[] {
	return intensities.flatMap((level) => {
		const tier = items.filter((item) => item.intensity === level);
		return random ? shuffle(tier, random) : tier;
	});
}

export interface QuizState {
	/** Scenario ids in the order they are asked. */
	order: string[];
	index: number;
	/** The verdict each answered scenario was given. */
	answers: Record<string, PostVerdict>;
	finished: boolean;
}

export function startQuiz(scenarios: readonly QuizScenario[], random?: () => number): QuizState {
	return {
		order: gentleOrder(scenarios, random ?? Math.random).map((s) => s.id),
		index: 0,
		answers: {},
		finished: false,
	};
}

export function answerQuestion(state: QuizState, verdict: PostVerdict): QuizState {
	const id = state.order[state.index];
	if (id === undefined || state.answers[id] !== undefined) return state;
	return { ...state, answers: { ...state.answers, [id]: verdict } };
}

export function nextQuestion(state: QuizState): QuizState {
	if (state.index >= state.order.length - 1) return { ...state, finished: true };
	return { ...state, index: state.index + 1 };
}

export interface QuizResult {
	correct: number;
	total: number;
	/** Ids of the scenarios answered wrongly, in the order asked. */
	missed: string[];
}

export function scoreQuiz(state: QuizState, scenarios: readonly QuizScenario[]): QuizResult {
	const answers = new Map(scenarios.map((s) => [s.id, s.answer]));
	const missed = state.order.filter((id) => state.answers[id] !== answers.get(id));
	return { correct: state.order.length - missed.length, total: state.order.length, missed };
}

/** Classroom mode: one scenario on the board at a time, then an end screen with the class's results. Which answers were
 * revealed, and the class's votes, are kept for every scenario until classroom mode closes, so that a teacher can go
 * back to one without losing its counts. */
export interface ClassroomState {
	index: number;
	/** Past the last scenario: the end screen. */
	ended: boolean;
	/** The indexes of the scenarios whose answer has been revealed. */
	revealed: readonly number[];
	/** The votes for each scenario, by its index. */
	tallies: Readonly<Record<number, Tally>>;
}
export type Tally = Partial<Record<PostVerdict, number>>;

export const startClassroom = (): ClassroomState => ({
	index: 0,
	ended: false,
	revealed: [],
	tallies: {},
});

export const isRevealed = (state: ClassroomState) => state.revealed.includes(state.index);

/** The votes for the scenario on the board. */
export const tallyOf = (state: ClassroomState): Tally => state.tallies[state.index] ?? {};

/** The next or previous scenario; on from the last, the end screen; back from the end screen, the last again. */
export function moveClassroom(state: ClassroomState, step: 1 | -1, count: number): ClassroomState {
	if (state.ended) return step === -1 ? { ...state, ended: false } : state;
	if (step === 1 && state.index === count - 1) return { ...state, ended: true };
	const index = Math.min(Math.max(state.index + step, 0), count - 1);
	return index === state.index ? state : { ...state, index };
}

export function revealAnswer(state: ClassroomState): ClassroomState {
	return isRevealed(state) || state.ended
		? state
		: { ...state, revealed: [...state.revealed, state.index] };
}

export function countVote(
	state: ClassroomState,
	verdict: PostVerdict,
	change: 1 | -1
): ClassroomState {
	const tally = tallyOf(state);
	return setVotes(state, verdict, (tally[verdict] ?? 0) + change);
}

/** A total typed once (a show of hands), in place of counting one by one. Never below zero. */
export function setVotes(
	state: ClassroomState,
	verdict: PostVerdict,
	votes: number
): ClassroomState {
	const tally = tallyOf(state);
	const count = Number.isFinite(votes) ? Math.max(Math.floor(votes), 0) : 0;
	return { ...state, tallies: { ...state.tallies, [state.index]: { ...tally, [verdict]: count } } };
}

/** Each choice's share of a tally, from 0 to 1 (0 when nobody has voted), for drawing bars. */
export function shares(tally: Tally, verdicts: readonly PostVerdict[]): number[] {
	const total = verdicts.reduce((sum, verdict) => sum + (tally[verdict] ?? 0), 0);
	return verdicts.map((verdict) => (total ? (tally[verdict] ?? 0) / total : 0));
}

/** The class's results for the end screen: for each scenario, how many voted, and how many chose the best answer. */
export function classResults(
	state: ClassroomState,
	scenarios: readonly { answer: PostVerdict }[]
): { votes: number; best: number }[] {
	return scenarios.map((scenario, index) => {
		const tally = state.tallies[index] ?? {};
		const votes = Object.values(tally).reduce((sum, n) => sum + (n ?? 0), 0);
		return { votes, best: tally[scenario.answer] ?? 0 };
	});
}

/** What a scenario needs for its best choice to be found. */
export interface WithChoices<Choice extends { verdict: PostVerdict }> {
	answer: PostVerdict;
	choices: readonly Choice[];
}

/** The choice whose verdict is the scenario's answer (the scenario schema checks there is exactly one). */
export function bestChoice<Choice extends { verdict: PostVerdict }>(
	scenario: WithChoices<Choice>
): Choice {
	const best = scenario.choices.find((choice) => choice.verdict === scenario.answer);
	if (!best) throw new Error(`No choice has the answer "${scenario.answer}"`);
	return best;
}

/** The position of the best choice (0 for A). */
export const bestIndex = <Choice extends { verdict: PostVerdict }>(scenario: WithChoices<Choice>) =>
	scenario.choices.indexOf(bestChoice(scenario));
