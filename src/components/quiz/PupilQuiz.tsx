import { useEffect, useRef, useState } from 'preact/hooks';
import { answerQuestion, nextQuestion, scoreQuiz, startQuiz, type QuizState } from '~/lib/quiz';
import type { PostVerdict } from '~/lib/posting-rules';
import { letters, type QuizItem } from './types';

interface Props {
	scenarios: QuizItem[];
	onExit: () => void;
}

/** One scenario at a time, feedback after each answer, and a summary at the end. */
export default function PupilQuiz({ scenarios, onExit }: Props) {
	const [state, setState] = useState<QuizState>(() => startQuiz(scenarios));
	const [choice, setChoice] = useState<PostVerdict | undefined>();
	const [missing, setMissing] = useState(false);
	const heading = useRef<HTMLHeadingElement>(null);
	const byId = new Map(scenarios.map((s) => [s.id, s]));
	const scenario = byId.get(state.order[state.index]!)!;
	const answered = state.answers[scenario.id];

	// Move focus to the new question or the summary, so keyboard and screen-reader users follow along.
	useEffect(() => heading.current?.focus(), [state.index, state.finished]);

	if (state.finished) {
		const { correct, total, missed } = scoreQuiz(state, scenarios);
		return (
			<section class="quiz__summary" aria-labelledby="quiz-summary">
				<h3 id="quiz-summary" ref={heading} tabIndex={-1}>
					You got {correct} out of {total}
				</h3>
				<p>{correct === total ? 'Brilliant: every answer right!' : 'Well done for finishing. Here is what to remember:'}</p>
				<ul>
					{state.order.map((id) => {
						const item = byId.get(id)!;
						return (
							<li key={id} class={missed.includes(id) ? 'quiz__missed' : undefined}>
								<strong>{item.title}:</strong> {item.remember}
								{missed.includes(id) && <span class="quiz__tag"> (worth another look)</span>}
							</li>
						);
					})}
				</ul>
				<div class="quiz__actions">
					<button type="button" class="widget__primary" onClick={() => setState(startQuiz(scenarios))}>
						Try again in a new order
					</button>
					<button type="button" onClick={onExit}>
						Choose another quiz
					</button>
				</div>
			</section>
		);
	}

	const best = scenario.choices.find((c) => c.verdict === scenario.answer)!;
	const picked = scenario.choices.find((c) => c.verdict === answered);
	return (
		<section class="quiz__question" aria-labelledby="quiz-question">
			<p class="quiz__progress">
				Question {state.index + 1} of {state.order.length}
			</p>
			<progress max={state.order.length} value={state.index + (answered ? 1 : 0)} aria-hidden="true" />
			<h3 id="quiz-question" ref={heading} tabIndex={-1}>
				{scenario.title}
			</h3>
			<p>{scenario.prompt}</p>
			<form
				onSubmit={(event) => {
					event.preventDefault();
					setMissing(!choice);
					if (choice) setState(answerQuestion(state, choice));
				}}
			>
				<fieldset class="quiz__choices" disabled={Boolean(answered)} aria-describedby={missing ? 'quiz-missing' : undefined}>
					<legend>What should you do?</legend>
					{missing && (
						<p id="quiz-missing" class="widget__error">
							Choose an answer first.
						</p>
					)}
					{scenario.choices.map((c, index) => (
						<label key={c.verdict} class={answered && c.verdict === scenario.answer ? 'quiz__choice quiz__choice--best' : 'quiz__choice'}>
							<input
								type="radio"
								name={`quiz-${scenario.id}`}
								value={c.verdict}
								checked={choice === c.verdict}
								onChange={() => {
									setChoice(c.verdict);
									setMissing(false);
								}}
							/>
							<span>
								<span class="quiz__letter">{letters[index]}</span> {c.text}
							</span>
						</label>
					))}
				</fieldset>
				{!answered && (
					<button type="submit" class="widget__primary">
						Check my answer
					</button>
				)}
			</form>
			<div aria-live="polite" class="quiz__feedback-region">
				{answered && picked && (
					<div class={picked === best ? 'quiz__feedback quiz__feedback--right' : 'quiz__feedback quiz__feedback--wrong'}>
						<p class="quiz__feedback-title">{picked === best ? '✓ Right!' : `✗ Not quite. The best answer is ${letters[scenario.choices.indexOf(best)]}.`}</p>
						<p>{picked.feedback}</p>
						{picked !== best && (
							<p>
								<strong>Why {letters[scenario.choices.indexOf(best)]} is best:</strong> {best.feedback}
							</p>
						)}
						<p>
							<a href={scenario.policy.href}>What the policy says: {scenario.policy.label}</a>
						</p>
					</div>
				)}
			</div>
			{answered && (
				<button
					type="button"
					class="widget__primary"
					onClick={() => {
						setChoice(undefined);
						setState(nextQuestion(state));
					}}
				>
					{state.index === state.order.length - 1 ? 'See my results' : 'Next question'}
				</button>
			)}
		</section>
	);
}
