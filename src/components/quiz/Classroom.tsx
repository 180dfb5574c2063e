import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import {
	bestChoice,
	bestIndex,
	countVote,
	isRevealed,
	moveClassroom,
	revealAnswer,
	startClassroom,
	tallyOf,
	type ClassroomState,
} from '~/lib/quiz';
import { letters, type QuizItem } from './types';

interface Props {
	scenarios: QuizItem[];
	onExit: () => void;
}

/** Keys the board answers to, wherever focus is inside it. */
function action(key: string): 'next' | 'previous' | 'reveal' | 'exit' | undefined {
	switch (key.toLowerCase()) {
		case 'n':
		case 'arrowright':
			return 'next';
		case 'p':
		case 'arrowleft':
			return 'previous';
		case 'r':
		case ' ':
			return 'reveal';
		case 'escape':
			return 'exit';
	}
	return undefined;
}

/**
 * For a teacher at the front: one scenario in type sized to the screen, the answer hidden until revealed, optional vote
 * counts kept for every scenario until the board closes, a question to discuss, and notes for the teacher.
 */
export default function Classroom({ scenarios, onExit }: Props) {
	const [state, setState] = useState<ClassroomState>(startClassroom);
	const [counting, setCounting] = useState(false);
	const [notes, setNotes] = useState(false);
	const board = useRef<HTMLDivElement>(null);
	const scenario = scenarios[state.index]!;
	const revealed = isRevealed(state);
	const tally = tallyOf(state);
	const best = bestChoice(scenario);
	const move = (step: 1 | -1) =>
		setState((current) => moveClassroom(current, step, scenarios.length));
	const reveal = () => setState(revealAnswer);

	// Focus the board, and say it is ready, before the browser paints it: its keys work from the first frame.
	useLayoutEffect(() => {
		const element = board.current!;
		element.focus();
		element.dataset['ready'] = 'true';
		// Full screen where the browser allows it; the board fills the window either way.
		element.requestFullscreen?.().catch(() => undefined);
		return () => {
			if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
		};
	}, []);

	// A button that has just been disabled (Reveal answer, Next at the end) would drop focus to the page: keep it on the
	// board. In the same commit as the change, not after the next paint, so that focus is never seen lost.
	useLayoutEffect(() => {
		const active = document.activeElement;
		if (!board.current?.contains(active) || (active as HTMLButtonElement | null)?.disabled)
			board.current?.focus();
	});

	function onKeyDown(event: KeyboardEvent) {
		if (event.altKey || event.ctrlKey || event.metaKey) return;
		const todo = action(event.key);
		if (!todo) return;
		// A focused button's own Space does what the button says.
		const onControl =
			event.target instanceof HTMLElement && event.target.closest('button, a, input') !== null;
		if (event.key === ' ' && onControl) return;
		event.preventDefault();
		if (todo === 'next') move(1);
		else if (todo === 'previous') move(-1);
		else if (todo === 'reveal') reveal();
		else if (!document.fullscreenElement) onExit();
	}

	// After a click with the mouse (not a key), give focus back to the board, so that Space reveals rather than pressing the button again.
	function onClick(event: MouseEvent) {
		if (event.detail > 0 && event.target instanceof HTMLElement && event.target.closest('button'))
			board.current?.focus();
	}

	return (
		<div
			class="classroom"
			ref={board}
			tabIndex={-1}
			role="region"
			aria-label="Classroom quiz"
			aria-describedby="classroom-keys"
			onKeyDown={onKeyDown}
			onClick={onClick}
		>
			<div class="classroom__bar">
				<p class="classroom__progress" aria-live="polite">
					Scenario {state.index + 1} of {scenarios.length}
				</p>
				<p id="classroom-keys" class="classroom__keys">
					Keys: <kbd>N</kbd> or <kbd>→</kbd> next, <kbd>P</kbd> or <kbd>←</kbd> previous,{' '}
					<kbd>R</kbd> or <kbd>Space</kbd> reveal, <kbd>Esc</kbd> leave
				</p>
			</div>
			<div class="classroom__main">
				<div class="classroom__scenario">
					<h3 class="classroom__title">{scenario.title}</h3>
					<p class="classroom__prompt">{scenario.prompt}</p>
					<ol class="classroom__choices">
						{scenario.choices.map((choice, index) => {
							const isBest = revealed && choice === best;
							return (
								<li
									key={choice.verdict}
									class={isBest ? 'classroom__choice classroom__choice--best' : 'classroom__choice'}
								>
									<span class="classroom__letter">{letters[index]}</span>
									<span class="classroom__text">
										{choice.text}
										{isBest && <strong class="classroom__best-label"> ✓ Best answer</strong>}
									</span>
									{counting && (
										<span class="classroom__tally">
											<button
												type="button"
												aria-label={`One less vote for ${letters[index]}`}
												onClick={() => setState((s) => countVote(s, choice.verdict, -1))}
											>
												−
											</button>
											<output aria-label={`Votes for ${letters[index]}`}>
												{tally[choice.verdict] ?? 0}
											</output>
											<button
												type="button"
												aria-label={`One more vote for ${letters[index]}`}
												onClick={() => setState((s) => countVote(s, choice.verdict, 1))}
											>
												+
											</button>
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
									<strong>Answer {letters[bestIndex(scenario)]}.</strong> {best.feedback}
								</p>
								<p>Remember: {scenario.remember}</p>
								<p class="classroom__discuss">
									<strong>Discuss:</strong> {scenario.discuss}
								</p>
							</>
						)}
					</div>
					{notes && (
						<section class="classroom__notes" aria-label="Teacher notes">
							<p>
								<strong>Why:</strong> {scenario.teacherNotes.why}
							</p>
							<p>
								<strong>Ask the class:</strong>
							</p>
							<ol>
								{scenario.teacherNotes.ask.map((question) => (
									<li key={question}>{question}</li>
								))}
							</ol>
						</section>
					)}
				</div>
			</div>
			<div class="classroom__controls">
				<button type="button" onClick={() => move(-1)} disabled={state.index === 0}>
					← Previous
				</button>
				<button type="button" class="widget__primary" onClick={reveal} disabled={revealed}>
					Reveal answer
				</button>
				<button
					type="button"
					onClick={() => move(1)}
					disabled={state.index === scenarios.length - 1}
				>
					Next →
				</button>
				<button type="button" aria-pressed={counting} onClick={() => setCounting(!counting)}>
					Count votes
				</button>
				<button type="button" aria-expanded={notes} onClick={() => setNotes(!notes)}>
					Teacher notes
				</button>
				<button type="button" onClick={onExit}>
					Leave classroom mode
				</button>
			</div>
		</div>
	);
}
