import { bandLabel, bandsOf, bestChoice, bestIndex, gentleOrder, quizSet } from '~/lib/quiz';
import type { PupilWords, StartWords } from '~/schemas/quiz-words';
import { letters, type QuizItem } from './types';

/**
 * The quiz without JavaScript: each age band under its own heading, lightest topics first, every scenario with its
 * choices and its answer folded in <details>. The heaviest scenarios are left out (a pupil on their own never meets
 * them): the note says where teachers find them.
 */
export default function ScenarioList({
	scenarios,
	start,
	words,
}: {
	scenarios: QuizItem[];
	start: StartWords;
	words: PupilWords;
}) {
	return (
		<div class="scenario-list">
			<p class="widget__note scenario-list__note">{start.listNote}</p>
			{bandsOf(scenarios).map((band) => (
				<section key={band} aria-labelledby={`scenarios-${band}`}>
					<h3 id={`scenarios-${band}`}>{bandLabel(band, start)}</h3>
					<ol>
						{gentleOrder(quizSet(scenarios.filter((scenario) => scenario.band === band))).map(
							(scenario) => {
								const best = bestChoice(scenario);
								return (
									<li key={scenario.id} class="scenario-list__item">
										<h4>{scenario.title}</h4>
										<p>{scenario.prompt}</p>
										<ol class="quiz__choices-static" type="A">
											{scenario.choices.map((choice) => (
												<li key={choice.verdict}>{choice.text}</li>
											))}
										</ol>
										<details>
											<summary>{words.showAnswer}</summary>
											<p>
												<strong>
													{words.bestAnswer} {letters[bestIndex(scenario)]}.
												</strong>{' '}
												{best.feedback}
											</p>
											<p>
												{words.remember} {scenario.remember}{' '}
												<a href={scenario.policy.href}>{scenario.policy.label}</a>
											</p>
										</details>
									</li>
								);
							}
						)}
					</ol>
				</section>
			))}
		</div>
	);
}
