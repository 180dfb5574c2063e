import { useState } from 'preact/hooks';
import { useEnhanced } from '../shared/use-enhanced';
import type { Band } from '~/schemas/scenario';
import PupilQuiz from './PupilQuiz';
import Classroom from './Classroom';
import ScenarioList from './ScenarioList';
import { bandLabels, type QuizItem } from './types';

type Mode = { kind: 'choose' } | { kind: 'pupil' | 'classroom'; band: Band };

/** "Should I post this?": the list of scenarios, enhanced into a quiz for pupils and a classroom mode for teachers. */
export default function Quiz({ scenarios }: { scenarios: QuizItem[] }) {
	const enhanced = useEnhanced();
	const [mode, setMode] = useState<Mode>({ kind: 'choose' });
	const [band, setBand] = useState<Band>('9-11');

	if (!enhanced) return <ScenarioList scenarios={scenarios} />;
	if (mode.kind !== 'choose') {
		const chosen = scenarios.filter((scenario) => scenario.band === mode.band);
		const exit = () => setMode({ kind: 'choose' });
		return mode.kind === 'pupil' ? <PupilQuiz scenarios={chosen} onExit={exit} /> : <Classroom scenarios={chosen} onExit={exit} />;
	}
	return (
		<div class="quiz__start">
			<fieldset class="quiz__bands">
				<legend>Which quiz?</legend>
				{(Object.keys(bandLabels) as Band[]).map((value) => (
					<label key={value}>
						<input type="radio" name="quiz-band" value={value} checked={band === value} onChange={() => setBand(value)} />
						{bandLabels[value]} ({scenarios.filter((scenario) => scenario.band === value).length} questions)
					</label>
				))}
			</fieldset>
			<div class="quiz__actions">
				<button type="button" class="widget__primary" onClick={() => setMode({ kind: 'pupil', band })}>
					Start the quiz
				</button>
				<button type="button" onClick={() => setMode({ kind: 'classroom', band })}>
					Classroom mode (for teachers)
				</button>
			</div>
			<p class="widget__note">Nothing is saved: your answers disappear when you close the page.</p>
		</div>
	);
}
