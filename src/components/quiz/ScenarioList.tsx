import { bestChoice, bestIndex, gentleOrder } from '~/lib/quiz';
import type { Band } from '~/schemas/scenario';
import { bandLabels, letters, type QuizItem } from './types';

/**
 * The quiz without JavaScript: each age band under its own heading, lightest topics first, every scenario with its
 * choices and its answer folded in <details>.
 */
export default function ScenarioList({ scenarios }: { scenarios: QuizItem[] }) {
	return (
		<div class="scenario-list">
			{(Object.keys(bandLabels) as Band[]).map((band) => (
				<section key={band} aria-labelledby={`scenarios-${band}`}>
					<h3 id={`scenarios-${band}`}>{bandLabels[band]}</h3>
					<ol>
						{gentleOrder(scenarios.filter((scenario) => scenario.band === band)).map((scenario) => {
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
										<summary>Show the answer</summary>
										<p>
											<strong>Best answer: {letters[bestIndex(scenario)]}.</strong> {best.feedback}
										</p>
										<p>
											Remember: {scenario.remember}{' '}
											<a href={scenario.policy.href}>{scenario.policy.label}</a>
										</p>
									</details>
								</li>
							);
						})}
					</ol>
				</section>
			))}
		</div>
	);
}
