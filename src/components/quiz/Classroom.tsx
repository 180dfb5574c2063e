import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import {
	bestChoice,
	bestIndex,
	classResults,
	countVote,
	isRevealed,
	moveClassroom,
	revealAnswer,
	setVotes,
	shares,
	startClassroom,
	tallyOf,
	type ClassroomState,
} from '~/lib/quiz';
import type { ClassroomWords } from '~/schemas/quiz-words';
import { letters, type QuizItem } from './types';

interface Props {
	scenarios: QuizItem[];
	/** The board's words, from content/data/quiz.yaml. */
	words: ClassroomWords;
	onExit: () => void;
}

type Action = 'advance' | 'next' | 'previous' | 'reveal' | 'exit' | { vote: number };

/**
 * Keys the board answers to, wherever focus is inside it. Presenter remotes send Page Down and Page Up (some send the
 * arrows): Page Down reveals the answer first, then moves on, so that a clicker alone runs the lesson. While votes are
 * being counted, 1 to 4 add a vote for A to D.
 */
function action(event: KeyboardEvent, counting: boolean): Action | undefined {
	switch (event.key.toLowerCase()) {
		case 'pagedown':
			return 'advance';
		case 'n':
		case 'arrowright':
			return 'next';
		case 'p':
		case 'pageup':
		case 'arrowleft':
			return 'previous';
		case 'r':
		case ' ':
			return 'reveal';
		case 'escape':
			return 'exit';
	}
	const digit = /^(?:Digit|Numpad)([1-4])$/.exec(event.code)?.[1];
	return counting && digit ? { vote: Number(digit) - 1 } : undefined;
}

/**
 * For a teacher at the front: one scenario in type sized to the screen, the answer hidden until revealed, votes counted
 * by key, by button or as a show-of-hands total typed once, drawn as bars, kept for every scenario until the board
 * closes; a question to discuss; teacher notes that close at each new scenario and give the reason only after the
 * reveal; and, after the last scenario, the class's results.
 */
export default function Classroom({ scenarios, words, onExit }: Props) {
	const [state, setState] = useState<ClassroomState>(startClassroom);
	const [counting, setCounting] = useState(false);
	const [notes, setNotes] = useState(false);
	const board = useRef<HTMLDivElement>(null);
	const scenario = scenarios[state.index]!;
	const revealed = isRevealed(state);
	const tally = tallyOf(state);
	const best = bestChoice(scenario);
	const last = state.index === scenarios.length - 1;
	// Teacher notes close at every new scenario, so that the next one's notes never show on the projector unasked.
	const move = (step: 1 | -1) => {
		setNotes(false);
		setState((current) => moveClassroom(current, step, scenarios.length));
	};
	const reveal = () => setState(revealAnswer);

	// Focus the board, and say it is ready, before the browser paints it: its keys work from the first frame.
	useLayoutEffect(() => {
		const element = board.current!;
		element.focus();
		element.dataset['ready'] = 'true';
		// Full screen where the browser allows it; the board fills the window either way. The browser takes the first
		// Esc to leave full screen and does not pass it on: leaving full screen leaves classroom mode too, so one Esc does.
		let entered = false;
		const left = () => {
			if (entered && !document.fullscreenElement) onExit();
		};
		document.addEventListener('fullscreenchange', left);
		element
			.requestFullscreen?.()
			.then(() => (entered = true))
			.catch(() => undefined);
		return () => {
			document.removeEventListener('fullscreenchange', left);
			if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
		};
	}, []);

	// A button that has just been disabled (Reveal answer, Previous at the start) would drop focus to the page: keep it on
	// the board. In the same commit as the change, not after the next paint, so that focus is never seen lost.
	useLayoutEffect(() => {
		const active = document.activeElement;
		if (!board.current?.contains(active) || (active as HTMLButtonElement | null)?.disabled)
			board.current?.focus();
	});

	// The board's type is sized to the screen; a scenario whose words, answer and notes are more than the screen
	// holds at that size (long words, a school's own longer scenario, a projector's fonts) has its type stepped down
	// until they fit, before the browser paints it. Measured again on every change and when the window is resized.
	useLayoutEffect(() => fitType(board.current!));
	useLayoutEffect(() => {
		const onResize = () => fitType(board.current!);
		addEventListener('resize', onResize);
		return () => removeEventListener('resize', onResize);
	}, []);

	function onKeyDown(event: KeyboardEvent) {
		if (event.altKey || event.ctrlKey || event.metaKey) return;
		const todo = action(event, counting && !state.ended);
		if (!todo) return;
		const target = event.target instanceof HTMLElement ? event.target : null;
		// A focused button's own Space does what the button says; in a vote total, keys type (but for Esc and the pages).
		if (event.key === ' ' && target?.closest('button, a, input')) return;
		if (target?.closest('input') && !['exit', 'advance', 'previous'].includes(todo as string))
			return;
		event.preventDefault();
		if (typeof todo === 'object') {
			const choice = scenario.choices[todo.vote];
			if (choice) setState((s) => countVote(s, choice.verdict, 1));
		} else if (todo === 'advance') {
			if (!state.ended && !revealed) reveal();
			else move(1);
		} else if (todo === 'next') move(1);
		else if (todo === 'previous') move(-1);
		else if (todo === 'reveal') reveal();
		else onExit();
	}

	// After a click with the mouse (not a key), give focus back to the board, so that Space reveals rather than pressing the button again.
	function onClick(event: MouseEvent) {
		if (event.detail > 0 && event.target instanceof HTMLElement && event.target.closest('button'))
			board.current?.focus();
	}

	const split = shares(
		tally,
		scenario.choices.map((choice) => choice.verdict)
	);

	const main = state.ended ? (
		<section class="classroom__end" aria-labelledby="classroom-end">
			<h3 id="classroom-end" class="classroom__title">
				{words.endTitle}
			</h3>
			<p>{words.endIntro}</p>
			<table class="classroom__results">
				<thead>
					<tr>
						<th scope="col">{words.scenarioColumn}</th>
						<th scope="col">{words.bestColumn}</th>
						<th scope="col">{words.resultColumn}</th>
					</tr>
				</thead>
				<tbody>
					{classResults(state, scenarios).map((result, index) => {
						const item = scenarios[index]!;
						const share = result.votes ? result.best / result.votes : 0;
						return (
							<tr key={item.id}>
								<th scope="row">{item.title}</th>
								<td>{letters[bestIndex(item)]}</td>
								<td>
									{result.votes ? (
										<span class="classroom__result">
											<span class="classroom__track" aria-hidden="true">
												<span
													class="classroom__fill"
													style={{ width: `${Math.round(share * 100)}%` }}
												/>
											</span>
											<span>
												{result.best} / {result.votes} ({Math.round(share * 100)}%)
											</span>
										</span>
									) : (
										words.notCounted
									)}
								</td>
							</tr>
						);
					})}
				</tbody>
			</table>
		</section>
	) : (
		<div class="classroom__main">
			<div class="classroom__scenario">
				<h3 class="classroom__title">{scenario.title}</h3>
				<p class="classroom__prompt">{scenario.prompt}</p>
				<ol class="classroom__choices">
					{scenario.choices.map((choice, index) => {
						const isBest = revealed && choice === best;
						const letter = letters[index];
						const percent = Math.round(split[index]! * 100);
						return (
							<li
								key={choice.verdict}
								class={isBest ? 'classroom__choice classroom__choice--best' : 'classroom__choice'}
							>
								<span class="classroom__letter">{letter}</span>
								<span class="classroom__text">
									{choice.text}
									{isBest && <strong class="classroom__best-label"> {words.bestAnswer}</strong>}
									{counting && (
										<span class="classroom__track" aria-hidden="true">
											<span class="classroom__fill" style={{ width: `${percent}%` }} />
										</span>
									)}
								</span>
								{counting && (
									<span class="classroom__tally">
										<button
											type="button"
											aria-label={`${words.oneLess} ${letter}`}
											onClick={() => setState((s) => countVote(s, choice.verdict, -1))}
										>
											−
										</button>
										<input
											type="number"
											inputMode="numeric"
											min={0}
											aria-label={`${words.votesFor} ${letter}`}
											value={tally[choice.verdict] ?? 0}
											onInput={(event) =>
												setState((s) =>
													setVotes(s, choice.verdict, Number(event.currentTarget.value))
												)
											}
										/>
										<button
											type="button"
											aria-label={`${words.oneMore} ${letter}`}
											onClick={() => setState((s) => countVote(s, choice.verdict, 1))}
										>
											+
										</button>
										<span class="classroom__share">{percent}%</span>
									</span>
								)}
							</li>
						);
					})}
				</ol>
			</div>
			<div class="classroom__side">
				<div aria-live="polite" class="classroom__answer">
					{revealed && (
						<>
							<p>
								<strong>
									{words.answer} {letters[bestIndex(scenario)]}.
								</strong>{' '}
								{best.feedback}
							</p>
							<p>
								{words.remember} {scenario.remember}
							</p>
							<p class="classroom__discuss">
								<strong>{words.discuss}</strong> {scenario.discuss}
							</p>
						</>
					)}
				</div>
				{notes && (
					<section class="classroom__notes" aria-label={words.teacherNotes}>
						<p>
							<strong>{words.askClass}</strong>
						</p>
						<ol>
							{scenario.teacherNotes.ask.map((question) => (
								<li key={question}>{question}</li>
							))}
						</ol>
						<p>
							<strong>{words.why}</strong>{' '}
							{revealed ? scenario.teacherNotes.why : words.whyAfterReveal}
						</p>
					</section>
				)}
			</div>
		</div>
	);

	return (
		<div
			class="classroom"
			ref={board}
			tabIndex={-1}
			role="region"
			aria-label={words.region}
			aria-describedby="classroom-keys"
			onKeyDown={onKeyDown}
			onClick={onClick}
		>
			<div class="classroom__bar">
				<p class="classroom__progress" aria-live="polite">
					{state.ended
						? words.endTitle
						: `${words.scenario} ${state.index + 1} ${words.of} ${scenarios.length}`}
				</p>
				<p id="classroom-keys" class="classroom__keys">
					{words.keys}
				</p>
			</div>
			{main}
			<div class="classroom__controls">
				{state.ended ? (
					<>
						<button type="button" class="widget__primary" onClick={() => move(-1)}>
							{words.backToLast}
						</button>
						<button type="button" onClick={() => setState({ ...state, index: 0, ended: false })}>
							{words.startAgain}
						</button>
					</>
				) : (
					<>
						<button type="button" onClick={() => move(-1)} disabled={state.index === 0}>
							{words.previous}
						</button>
						<button type="button" class="widget__primary" onClick={reveal} disabled={revealed}>
							{words.reveal}
						</button>
						<button type="button" onClick={() => move(1)}>
							{last ? words.finish : words.next}
						</button>
						<button type="button" aria-pressed={counting} onClick={() => setCounting(!counting)}>
							{words.countVotes}
						</button>
						<button type="button" aria-expanded={notes} onClick={() => setNotes(!notes)}>
							{words.teacherNotes}
						</button>
					</>
				)}
				<button type="button" onClick={onExit}>
					{words.leave}
				</button>
			</div>
		</div>
	);
}

/** The smallest share of the board's type that fitting may step down to: below it, the board scrolls instead. */
const smallestType = 0.7;
const typeStep = 0.05;

/** Whether anything on the board reaches below its main area, into the controls, or past the screen's edge. */
function overflows(board: HTMLElement) {
	const main = board.querySelector('.classroom__main, .classroom__end');
	if (!main) return false;
	const bottom = main.getBoundingClientRect().bottom;
	const reach = [...main.querySelectorAll('*')].map((element) => element.getBoundingClientRect());
	return (
		board.scrollHeight > board.clientHeight ||
		board.scrollWidth > board.clientWidth ||
		reach.some((box) => box.bottom > bottom + 0.5)
	);
}

/** Steps the board's type down (its `--fit` share) until its words fit the screen, or the smallest share is reached. */
function fitType(board: HTMLElement) {
	let share = 1;
	board.style.setProperty('--fit', '1');
	while (share > smallestType && overflows(board)) {
		share = Math.round((share - typeStep) * 100) / 100;
		board.style.setProperty('--fit', String(share));
	}
	board.dataset['fit'] = String(share);
}
