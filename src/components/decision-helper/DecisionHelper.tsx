import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import type { Answers, Question, SourceStatus, Step, StepGroup } from '~/lib/guidance';
import { decisionHelper, type DecisionHelperId } from '~/lib/decision-helpers';
import { useEnhanced, useHydrated } from '../shared/use-enhanced';
import { policyUrl } from '~/lib/url';
import RichText from './RichText';
import IncidentNote, { type NoteWords } from './IncidentNote';

/** The words of the helpers' own controls and headings, from content/data/decision-helper.yaml. */
export interface HelperWords {
	urgent: string;
	policyLink: string;
	readMore: string;
	guidance: string;
	/** Before the day a source was read. */
	checked: string;
	/** Beside a source something is not yet confirmed from. */
	unconfirmed: string;
	/** The summary over a source's note. */
	sourceNote: string;
	chooseOne: string;
	chooseSome: string;
	missingOne: string;
	missingMany: string;
	submit: string;
	startOver: string;
	resultTitle: string;
	note: NoteWords;
}

export interface Props {
	/** Which helper, from the list in src/lib/decision-helpers.ts: its rules decide the steps. */
	helper: DecisionHelperId;
	questions: readonly Question[];
	/** Every step the helper can give, in words, with the school's names. */
	steps: Record<string, Step>;
	/** The steps grouped by who they are for, for the list shown without JavaScript; empty for one list. */
	groups?: readonly StepGroup[];
	/** Each cited source's checked date, note and whether it is confirmed, by id: shown under every step citing it. */
	sources?: Record<string, SourceStatus>;
	/** The words of the controls, headings and incident note. */
	words: HelperWords;
	/** The site's base path, for links to the policy. */
	base: string;
	/** On a translated page: answers given for the reader, whose questions are not asked ({ reporter: "parent" }). */
	fixed?: Answers;
	/** On a translated page: the sources' and the policy's names, which stay English, are marked as English. */
	englishNames?: boolean;
}

const answered = (value: string | readonly string[] | undefined) =>
	Array.isArray(value) ? value.length > 0 : Boolean(value);

/**
 * A few questions answered with radio buttons (or checkboxes, where every answer that applies is chosen), then the
 * steps the policy and the guidance set out, in order, and an incident note to fill in and print.
 */
export default function DecisionHelper({
	helper,
	questions,
	steps,
	groups = [],
	sources = {},
	words,
	base,
	fixed = {},
	englishNames = false,
}: Props) {
	const { decide } = decisionHelper(helper);
	// English words in a line of another language keep their own direction and are read as English.
	const english = (content: JSX.Element | string) =>
		englishNames ? (
			<span lang="en-GB" dir="ltr">
				{content}
			</span>
		) : (
			content
		);
	const enhanced = useEnhanced();
	const hydrated = useHydrated();
	const id = useId();
	const [answers, setAnswers] = useState<Answers>({});
	const [missing, setMissing] = useState<string[]>([]);
	const [result, setResult] = useState<string[] | undefined>();
	const [noteKey, setNoteKey] = useState(0);
	const form = useRef<HTMLFormElement>(null);
	// After "Show what to do", focus moves to the result's heading, so that a keyboard or screen-reader user starts at
	// the first step of a long result, not at the button above it (the third DSL read, should-fix 8).
	const resultHeading = useRef<HTMLHeadingElement>(null);
	const [focusResult, setFocusResult] = useState(false);
	useEffect(() => {
		if (focusResult && result) {
			resultHeading.current?.focus();
			setFocusResult(false);
		}
	}, [focusResult, result]);

	// A step not yet translated, on a translated page: its label in the reader's language, then its words in English.
	const stepView = (step: Step, showWhen: boolean) =>
		step.inEnglish ? (
			<>
				<p class="decision-helper__in-english">{step.inEnglish}</p>
				<div lang="en-GB" dir="ltr">
					{stepWords(step, showWhen)}
				</div>
			</>
		) : (
			stepWords(step, showWhen)
		);

	const stepWords = (step: Step, showWhen: boolean) => (
		<>
			<p class="decision-helper__step-title">
				{step.urgent && <span class="decision-helper__urgent">{words.urgent} </span>}
				<RichText text={step.title} base={base} />
			</p>
			{showWhen && (
				<p class="decision-helper__when">
					<RichText text={step.when} base={base} />.
				</p>
			)}
			<p>
				<RichText text={step.text} base={base} />
			</p>
			{step.quote && (
				<blockquote>
					<p>
						“<RichText text={step.quote} base={base} />”
					</p>
				</blockquote>
			)}
			{step.policy && (
				<p>
					<a href={policyUrl(step.policy, base)}>
						{step.policy.page.startsWith('policy/') ? words.policyLink : words.readMore}:{' '}
						{english(step.policy.label)}
					</a>
				</p>
			)}
			{step.guidance && (
				<p>
					<a href={step.guidance.url}>
						{words.guidance}: {english(step.guidance.label)}
					</a>
				</p>
			)}
			{step.references.length > 0 && (
				<ul class="decision-helper__references">
					{step.references.map((reference) => {
						const source = sources[reference.source];
						return (
							<li key={`${reference.url} ${reference.at}`}>
								{words.guidance}:{' '}
								{english(
									<>
										<a href={reference.url}>{reference.label}</a>,{' '}
										<RichText text={reference.at} base={base} />.
									</>
								)}
								{source && (
									<>
										{' '}
										{words.checked} {source.checked}.
										{source.unconfirmed && (
											<>
												{' '}
												<strong class="decision-helper__unconfirmed">{words.unconfirmed}</strong>
											</>
										)}
										{source.note && (
											<details class="decision-helper__source-note">
												<summary>{words.sourceNote}</summary>
												{english(<RichText text={source.note} base={base} />)}
											</details>
										)}
									</>
								)}
							</li>
						);
					})}
				</ul>
			)}
		</>
	);

	const stepClass = (step: Step) =>
		step.urgent ? 'decision-helper__step decision-helper__step--urgent' : 'decision-helper__step';

	const stepList = (ids: readonly string[]) => (
		<ul class="decision-helper__all">
			{ids.map((key) => {
				const step = steps[key]!;
				return (
					<li key={key} class={stepClass(step)}>
						{stepView(step, true)}
					</li>
				);
			})}
		</ul>
	);

	if (!enhanced) {
		// Without JavaScript: every step, by reader, then a blank incident note to fill in and print.
		const note = <IncidentNote words={words.note} answers={[]} steps={[]} base={base} blank />;
		if (!groups.length)
			return (
				<>
					{stepList(Object.keys(steps))}
					{note}
				</>
			);
		return (
			<>
				<div class="decision-helper__groups">
					{groups.map((group) => (
						<section key={group.id} aria-labelledby={`${id}-${group.id}`}>
							<h3 id={`${id}-${group.id}`} class="decision-helper__group-title">
								{group.heading}
							</h3>
							{stepList(group.steps)}
						</section>
					))}
				</div>
				{note}
			</>
		);
	}

	function submit(event: JSX.TargetedEvent<HTMLFormElement>) {
		event.preventDefault();
		const unanswered = questions
			.filter((question) => !answered(answers[question.id]))
			.map((question) => question.id);
		setMissing(unanswered);
		setResult(unanswered.length ? undefined : decide({ ...fixed, ...answers }));
		setFocusResult(unanswered.length === 0);
		if (unanswered.length)
			form.current
				?.querySelector<HTMLInputElement>(`input[name="${id}-${unanswered[0]}"]`)
				?.focus();
	}

	function answer(question: Question, value: string, checked: boolean) {
		const chosen = answers[question.id];
		const next = question.multiple
			? [
					...(Array.isArray(chosen) ? chosen : []).filter((entry) => entry !== value),
					...(checked ? [value] : []),
				]
			: value;
		setAnswers({ ...answers, [question.id]: next });
		if (answered(next)) setMissing(missing.filter((entry) => entry !== question.id));
		setResult(undefined);
	}

	function startOver() {
		setAnswers({});
		setMissing([]);
		setResult(undefined);
		setNoteKey(noteKey + 1);
		form.current?.querySelector<HTMLInputElement>('input')?.focus();
	}

	const isChosen = (question: Question, value: string) => {
		const chosen = answers[question.id];
		return Array.isArray(chosen) ? chosen.includes(value) : chosen === value;
	};

	return (
		<form
			ref={form}
			class="decision-helper__form"
			onSubmit={submit}
			noValidate
			data-ready={hydrated ? '' : undefined}
		>
			{questions.map((question) => {
				const error = missing.includes(question.id);
				const described = [
					question.hint ? `${id}-${question.id}-hint` : '',
					error ? `${id}-${question.id}-error` : '',
				]
					.filter(Boolean)
					.join(' ');
				return (
					<fieldset
						key={question.id}
						class={
							error
								? 'decision-helper__question decision-helper__question--error'
								: 'decision-helper__question'
						}
						aria-describedby={described || undefined}
					>
						<legend>{question.legend}</legend>
						{question.hint && (
							<p id={`${id}-${question.id}-hint`} class="decision-helper__hint">
								{question.hint}
							</p>
						)}
						{error && (
							<p id={`${id}-${question.id}-error`} class="widget__error">
								{question.multiple ? words.chooseSome : words.chooseOne}
							</p>
						)}
						{question.options.map((option) => (
							<label key={option.value}>
								<input
									type={question.multiple ? 'checkbox' : 'radio'}
									name={`${id}-${question.id}`}
									value={option.value}
									checked={isChosen(question, option.value)}
									onChange={(event) => answer(question, option.value, event.currentTarget.checked)}
								/>
								{option.label}
							</label>
						))}
					</fieldset>
				);
			})}
			<div class="decision-helper__actions">
				<button type="submit" class="widget__primary">
					{words.submit}
				</button>
				<button type="button" onClick={startOver}>
					{words.startOver}
				</button>
			</div>
			<div aria-live="polite" class="decision-helper__result">
				{missing.length > 0 && (
					<p class="widget__error">{missing.length === 1 ? words.missingOne : words.missingMany}</p>
				)}
				{result && (
					<>
						<h3 class="decision-helper__result-title" tabIndex={-1} ref={resultHeading}>
							{words.resultTitle}
						</h3>
						<ol>
							{result.map((key) => {
								const step = steps[key]!;
								return (
									<li key={key} class={stepClass(step)}>
										{stepView(step, false)}
									</li>
								);
							})}
						</ol>
					</>
				)}
			</div>
			{result && (
				<IncidentNote
					key={noteKey}
					words={words.note}
					answers={questions.map((question) => ({
						question: question.legend,
						answer: question.options
							.filter((option) => isChosen(question, option.value))
							.map((option) => option.label)
							.join('; '),
					}))}
					steps={result.map((key) => steps[key]!.title)}
					base={base}
				/>
			)}
		</form>
	);
}
