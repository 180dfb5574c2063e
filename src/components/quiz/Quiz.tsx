import { useEffect, useRef, useState } from 'preact/hooks';
import { useEnhanced, useHydrated } from '../shared/use-enhanced';
import PupilQuiz from './PupilQuiz';
import Classroom from './Classroom';
import ScenarioList from './ScenarioList';
import { bandLabel, bandsOf, gentleOrder, heaviest, quizSet } from '~/lib/quiz';
import type { Helpline, QuizItem } from './types';
import type { ClassroomWords, PupilWords, StartWords } from '~/schemas/quiz-words';

type Kind = 'pupil' | 'classroom';
/** An age band, or the scenarios a lesson plan chose (its link gives them as ?scenarios=id,id,id). */
type QuizSet = string;
const lessonSet = 'lesson';
type Mode = { kind: 'choose'; from?: Kind } | { kind: Kind; band: QuizSet };

/** The scenarios named in the page's address, in that order, if any. */
function lessonScenarios(scenarios: QuizItem[]): QuizItem[] {
	const ids = new URLSearchParams(location.search).get('scenarios')?.split(',') ?? [];
	return ids.flatMap((id) => scenarios.filter((scenario) => scenario.id === id));
}

/** "Should I post this?": the list of scenarios, enhanced into a quiz for pupils and a classroom mode for teachers. */
export default function Quiz({
	scenarios,
	childline,
	words,
	start,
	pupil,
}: {
	scenarios: QuizItem[];
	/** Classroom mode's words, from content/data/quiz.yaml. */
	words: ClassroomWords;
	/** The start screen's words (age bands, the heavier scenarios), from content/data/quiz.yaml. */
	start: StartWords;
	/** The pupils' quiz's words, from content/data/quiz.yaml. */
	pupil: PupilWords;
	/** Childline's name and number, from content/data/contacts.yaml, for the summary. */
	childline: Helpline;
}) {
	const enhanced = useEnhanced();
	const hydrated = useHydrated();
	const [mode, setMode] = useState<Mode>({ kind: 'choose' });
	const bands = bandsOf(scenarios);
	const [band, setBand] = useState<QuizSet>(bands[0] ?? lessonSet);
	// The heaviest scenarios, in classroom mode only, and only when the teacher ticks the box.
	const [heavier, setHeavier] = useState(false);
	const hasHeavier = scenarios.some((scenario) => scenario.intensity === heaviest);
	const [lesson, setLesson] = useState<QuizItem[]>([]);
	useEffect(() => {
		const chosen = lessonScenarios(scenarios);
		setLesson(chosen);
		if (chosen.length > 0) setBand(lessonSet);
	}, []);
	const buttons = {
		pupil: useRef<HTMLButtonElement>(null),
		classroom: useRef<HTMLButtonElement>(null),
	};

	// Back at the start, focus goes to the button that opened the quiz or the board, never to the page.
	const from = mode.kind === 'choose' ? mode.from : undefined;
	useEffect(() => {
		if (from) buttons[from].current?.focus();
	}, [from]);

	if (!enhanced) return <ScenarioList scenarios={scenarios} start={start} words={pupil} />;
	let body;
	if (mode.kind !== 'choose') {
		// A lesson's own list is the teacher's choice; otherwise the heaviest only in classroom mode, when ticked.
		const chosen =
			mode.band === lessonSet
				? lesson
				: gentleOrder(
						quizSet(
							scenarios.filter((scenario) => scenario.band === mode.band),
							mode.kind === 'classroom' && heavier
						)
					);
		const exit = () => setMode({ kind: 'choose', from: mode.kind });
		body =
			mode.kind === 'pupil' ? (
				<PupilQuiz scenarios={chosen} childline={childline} words={pupil} onExit={exit} />
			) : (
				<Classroom scenarios={chosen} words={words} onExit={exit} />
			);
	} else {
		body = (
			<div class="quiz__start">
				<fieldset class="quiz__bands">
					<legend>{pupil.whichQuiz}</legend>
					{lesson.length > 0 && (
						<label>
							<input
								type="radio"
								name="quiz-band"
								value="lesson"
								checked={band === lessonSet}
								onChange={() => setBand(lessonSet)}
							/>
							{pupil.lessonSet} ({lesson.length} {pupil.questions})
						</label>
					)}
					{bands.map((value) => (
						<label key={value}>
							<input
								type="radio"
								name="quiz-band"
								value={value}
								checked={band === value}
								onChange={() => setBand(value)}
							/>
							{bandLabel(value, start)} (
							{quizSet(scenarios.filter((scenario) => scenario.band === value)).length}{' '}
							{pupil.questions})
						</label>
					))}
				</fieldset>
				<p class="widget__note">{start.pupilNote}</p>
				{hasHeavier && (
					<div class="quiz__heavier">
						<label>
							<input
								type="checkbox"
								checked={heavier}
								aria-describedby="quiz-heavier-note"
								onChange={(event) => setHeavier(event.currentTarget.checked)}
							/>
							{start.heavier}
						</label>
						<p id="quiz-heavier-note" class="widget__note">
							{start.heavierNote}
						</p>
					</div>
				)}
				<div class="quiz__actions">
					<button
						type="button"
						ref={buttons.pupil}
						class="widget__primary"
						onClick={() => setMode({ kind: 'pupil', band })}
					>
						{pupil.start}
					</button>
					<button
						type="button"
						ref={buttons.classroom}
						onClick={() => setMode({ kind: 'classroom', band })}
					>
						{pupil.classroom}
					</button>
				</div>
				<p class="widget__note">{pupil.nothingSaved}</p>
			</div>
		);
	}
	// Listeners are attached once the island has hydrated: tests (and scripts) wait for data-ready.
	return (
		<div class="quiz__island" data-ready={hydrated ? '' : undefined}>
			{body}
		</div>
	);
}
