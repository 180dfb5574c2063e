import { bestChoice, bestIndex } from '~/lib/quiz';
import { bandLabels, letters, type QuizItem } from './types';

/** Every scenario with its choices, and its answer folded in <details>: the quiz without JavaScript. */
export default function ScenarioList({ scenarios }: { scenarios: QuizItem[] }) {
	return (
		<ol class="scenario-list">
			{scenarios.map((scenario) => {
				const best = bestChoice(scenario);
				return (
					<li key={scenario.id} class="scenario-list__item">
						<h3>{scenario.title}</h3>
						<p class="quiz__band">{bandLabels[scenario.band]}</p>
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
	);
}
