import { useEffect, useRef, useState } from 'preact/hooks';
import { countVote, moveClassroom, type ClassroomState } from '~/lib/quiz';
import { letters, type QuizItem } from './types';

interface Props {
	scenarios: QuizItem[];
	onExit: () => void;
}

/** For a teacher at the front: one scenario in large type, the answer hidden until revealed, and optional vote counts. */
export default function Classroom({ scenarios, onExit }: Props) {
	const [state, setState] = useState<ClassroomState>({ index: 0, revealed: false, tally: {} });
	const [counting, setCounting] = useState(false);
	const board = useRef<HTMLDivElement>(null);
	const scenario = scenarios[state.index]!;
	const move = (step: 1 | -1) => setState((current) => moveClassroom(current, step, scenarios.length));
	const reveal = () => setState((current) => ({ ...current, revealed: true }));

	useEffect(() => {
		const element = board.current;
		element?.focus();
		// Full screen where the browser allows it; the board fills the window either way.
		element?.requestFullscreen?.().catch(() => undefined);
		return () => {
			if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
		};
	}, []);

	useEffect(() => {
		function onKey(event: KeyboardEvent) {
			if (event.altKey || event.ctrlKey || event.metaKey) return;
			const onBoard = event.target === board.current;
			const key = event.key.toLowerCase();
			if (key === 'n' || key === 'arrowright') move(1);
			else if (key === 'p' || key === 'arrowleft') move(-1);
			else if (key === 'r' || (key === ' ' && onBoard)) reveal();
			else if (key === 'escape' && !document.fullscreenElement) onExit();
			else return;
			event.preventDefault();
		}
		document.addEventListener('keydown', onKey);
		return () => document.removeEventListener('keydown', onKey);
	}, [onExit]);

	const best = scenario.choices.find((choice) => choice.verdict === scenario.answer)!;
	return (
		<div class="classroom" ref={board} tabIndex={-1} role="region" aria-label="Classroom quiz" aria-describedby="classroom-keys">
			<div class="classroom__bar">
				<p class="classroom__progress">
					Scenario {state.index + 1} of {scenarios.length}
				</p>
				<p id="classroom-keys" class="classroom__keys">
					Keys: <kbd>N</kbd> or <kbd>→</kbd> next, <kbd>P</kbd> or <kbd>←</kbd> previous, <kbd>R</kbd> or <kbd>Space</kbd> reveal, <kbd>Esc</kbd> leave full screen
				</p>
			</div>
			<h3 class="classroom__title">{scenario.title}</h3>
			<p class="classroom__prompt">{scenario.prompt}</p>
			<ol class="classroom__choices">
				{scenario.choices.map((choice, index) => (
					<li key={choice.verdict} class={state.revealed && choice === best ? 'classroom__choice classroom__choice--best' : 'classroom__choice'}>
						<span class="classroom__letter">{letters[index]}</span>
						<span class="classroom__text">
							{choice.text}
							{state.revealed && choice === best && <strong class="classroom__best-label"> ✓ Best answer</strong>}
						</span>
						{counting && (
							<span class="classroom__tally">
								<button type="button" aria-label={`One less vote for ${letters[index]}`} onClick={() => setState(countVote(state, choice.verdict, -1))}>
									−
								</button>
								<output aria-label={`Votes for ${letters[index]}`}>{state.tally[choice.verdict] ?? 0}</output>
								<button type="button" aria-label={`One more vote for ${letters[index]}`} onClick={() => setState(countVote(state, choice.verdict, 1))}>
									+
								</button>
							</span>
						)}
					</li>
				))}
			</ol>
			<div aria-live="polite" class="classroom__answer">
				{state.revealed && (
					<>
						<p>
							<strong>Answer {letters[scenario.choices.indexOf(best)]}.</strong> {best.feedback}
						</p>
						<p>Remember: {scenario.remember}</p>
					</>
				)}
			</div>
			<div class="classroom__controls">
				<button type="button" onClick={() => move(-1)} disabled={state.index === 0}>
					← Previous
				</button>
				<button type="button" class="widget__primary" onClick={reveal} disabled={state.revealed}>
					Reveal answer
				</button>
				<button type="button" onClick={() => move(1)} disabled={state.index === scenarios.length - 1}>
					Next →
				</button>
				<button type="button" aria-pressed={counting} onClick={() => setCounting(!counting)}>
					Count votes
				</button>
				<button type="button" onClick={onExit}>
					Leave classroom mode
				</button>
			</div>
		</div>
	);
}
