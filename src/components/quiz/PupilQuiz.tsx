import { useEffect, useRef, useState } from 'preact/hooks';
import {
	answerQuestion,
	bestChoice,
	bestIndex,
	nextQuestion,
	scoreQuiz,
	startQuiz,
	type QuizState,
} from '~/lib/quiz';
import type { PostVerdict } from '~/lib/posting-rules';
import { pageUrl } from '~/lib/url';
import { telHref } from '~/lib/rich-text';
import { letters, type Helpline, type QuizItem } from './types';
import type { PupilWords } from '~/schemas/quiz-words';

interface Props {
	scenarios: QuizItem[];
	/** Childline, from content/data/contacts.yaml. */
	childline: Helpline;
	/** The quiz's words, from content/data/quiz.yaml. */
	words: PupilWords;
	onExit: () => void;
}

/** Where a pupil can get help if something online upset them. */
const helpPage = pageUrl('help/something-upset-me');

/** One scenario at a time, feedback after each answer, and a summary at the end. */
export default function PupilQuiz({ scenarios, childline, words, onExit }: Props) {
	const [state, setState] = useState<QuizState>(() => startQuiz(scenarios));
	const [choice, setChoice] = useState<PostVerdict | undefined>();
	const [missing, setMissing] = useState(false);
	const heading = useRef<HTMLHeadingElement>(null);
	const feedback = useRef<HTMLDivElement>(null);
	const byId = new Map(scenarios.map((s) => [s.id, s]));
	const scenario = byId.get(state.order[state.index]!)!;
	const answered = state.answers[scenario.id];

	// Move focus to the new question or the summary, so keyboard and screen-reader users follow along.
	useEffect(() => heading.current?.focus(), [state.index, state.finished, state.order]);

	// After an answer, bring the feedback into view and put focus on it, so that nobody has to look for it.
	useEffect(() => {
		if (!answered || !feedback.current) return;
		feedback.current.scrollIntoView({ block: 'start' });
		feedback.current.focus({ preventScroll: true });
	}, [answered]);

	if (state.finished) {
		const { correct, total, missed } = scoreQuiz(state, scenarios);
		return (
			<section class="quiz__summary" aria-labelledby="quiz-summary">
				<h3 id="quiz-summary" ref={heading} tabIndex={-1}>
					{words.scoreBefore} {correct} {words.scoreOf} {total}
				</h3>
				<p>
					{correct === total ? words.allRight : words.finished} {words.toRemember}
				</p>
				<ul>
					{state.order.map((id) => {
						const item = byId.get(id)!;
						return (
							<li key={id} class={missed.includes(id) ? 'quiz__missed' : undefined}>
								<strong>{item.title}:</strong> {item.remember}
								{missed.includes(id) && <span class="quiz__tag"> {words.anotherLook}</span>}
							</li>
						);
					})}
				</ul>
				<div class="quiz__help">
					<h4>{words.helpTitle}</h4>
					<p>
						{words.helpText} {words.helpCall} {childline.name} {words.freeOn}{' '}
						<a href={telHref(childline.phone)}>{childline.phone}</a>, {words.anyTime}
					</p>
					<p>
						<a href={helpPage}>{words.helpLink}</a>
					</p>
				</div>
				<div class="quiz__actions">
					<button
						type="button"
						class="widget__primary"
						onClick={() => setState(startQuiz(scenarios))}
					>
						{words.tryAgain}
					</button>
					<button type="button" onClick={onExit}>
						{words.another}
					</button>
				</div>
			</section>
		);
	}

	const best = bestChoice(scenario);
	const picked = scenario.choices.find((c) => c.verdict === answered);
	const right = picked === best;
	const bestLetter = letters[bestIndex(scenario)];
	return (
		<section class="quiz__question" aria-labelledby="quiz-question">
			<p class="quiz__progress">
				{words.question} {state.index + 1} {words.of} {state.order.length}
			</p>
			<progress
				max={state.order.length}
				value={state.index + (answered ? 1 : 0)}
				aria-hidden="true"
			/>
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
				<fieldset
					class="quiz__choices"
					disabled={Boolean(answered)}
					aria-describedby={missing ? 'quiz-missing' : undefined}
				>
					<legend>{words.legend}</legend>
					{/* Always in the page, so that a screen reader announces the message when it appears. */}
					<p id="quiz-missing" class="widget__error quiz__alert" role="alert">
						{missing ? words.chooseFirst : ''}
					</p>
					{scenario.choices.map((c, index) => {
						const mark = !answered
							? undefined
							: c === picked
								? right
									? 'right'
									: 'wrong'
								: c === best
									? 'best'
									: undefined;
						return (
							<label
								key={c.verdict}
								class={mark ? `quiz__choice quiz__choice--${mark}` : 'quiz__choice'}
							>
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
									{mark === 'right' && <strong class="quiz__mark"> {words.yourRight}</strong>}
									{mark === 'wrong' && <strong class="quiz__mark"> {words.yourWrong}</strong>}
									{mark === 'best' && <strong class="quiz__mark"> {words.best}</strong>}
								</span>
							</label>
						);
					})}
				</fieldset>
				{!answered && (
					<button type="submit" class="widget__primary">
						{words.check}
					</button>
				)}
			</form>
			<div aria-live="polite" class="quiz__feedback-region">
				{answered && picked && (
					<div
						ref={feedback}
						tabIndex={-1}
						class={
							right
								? 'quiz__feedback quiz__feedback--right'
								: 'quiz__feedback quiz__feedback--wrong'
						}
					>
						<p class="quiz__feedback-title">
							{right ? words.right : `${words.notQuite} ${bestLetter}.`}
						</p>
						<p>{picked.feedback}</p>
						{!right && (
							<p>
								<strong>
									{words.whyBefore} {bestLetter} {words.whyAfter}
								</strong>{' '}
								{best.feedback}
							</p>
						)}
						<p>
							<a href={scenario.policy.href}>
								{words.findOut} {scenario.policy.label}
							</a>
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
					{state.index === state.order.length - 1 ? words.results : words.next}
				</button>
			)}
		</section>
	);
}
