import { useId, useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import type { Question, Step, StepGroup } from '~/lib/guidance';
import { decisionHelper, type DecisionHelperId } from '~/lib/decision-helpers';
import { useEnhanced, useHydrated } from '../shared/use-enhanced';
import { policyUrl } from '~/lib/url';
import RichText from './RichText';

export interface Props {
	/** Which helper, from the list in src/lib/decision-helpers.ts: its rules decide the steps. */
	helper: DecisionHelperId;
	questions: readonly Question[];
	/** Every step the helper can give, in words, with the school's names. */
	steps: Record<string, Step>;
	/** The steps grouped by who they are for, for the list shown without JavaScript; empty for one list. */
	groups?: readonly StepGroup[];
	/** The site's base path, for links to the policy. */
	base: string;
}

/** A few questions answered with radio buttons, then the steps the policy sets out, in order. */
export default function DecisionHelper({ helper, questions, steps, groups = [], base }: Props) {
	const { decide } = decisionHelper(helper);
	const enhanced = useEnhanced();
	const hydrated = useHydrated();
	const id = useId();
	const [answers, setAnswers] = useState<Record<string, string>>({});
	const [missing, setMissing] = useState<string[]>([]);
	const [result, setResult] = useState<string[] | undefined>();
	const form = useRef<HTMLFormElement>(null);

	const stepView = (step: Step, showWhen: boolean) => (
		<>
			<p class="decision-helper__step-title">
				{step.urgent && <span class="decision-helper__urgent">Do this first: </span>}
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
						{step.policy.page.startsWith('policy/') ? 'What the policy says' : 'Read more'}:{' '}
						{step.policy.label}
					</a>
				</p>
			)}
			{step.guidance && (
				<p>
					<a href={step.guidance.url}>Official guidance: {step.guidance.label}</a>
				</p>
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
		if (!groups.length) return stepList(Object.keys(steps));
		return (
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
		);
	}

	function submit(event: JSX.TargetedEvent<HTMLFormElement>) {
		event.preventDefault();
		const unanswered = questions
			.filter((question) => !answers[question.id])
			.map((question) => question.id);
		setMissing(unanswered);
		setResult(unanswered.length ? undefined : decide(answers));
		if (unanswered.length)
			form.current
				?.querySelector<HTMLInputElement>(`input[name="${id}-${unanswered[0]}"]`)
				?.focus();
	}

	function startOver() {
		setAnswers({});
		setMissing([]);
		setResult(undefined);
		form.current?.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
	}

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
				return (
					<fieldset
						key={question.id}
						class={
							error
								? 'decision-helper__question decision-helper__question--error'
								: 'decision-helper__question'
						}
						aria-describedby={error ? `${id}-${question.id}-error` : undefined}
					>
						<legend>{question.legend}</legend>
						{error && (
							<p id={`${id}-${question.id}-error`} class="widget__error">
								Choose one answer to this question.
							</p>
						)}
						{question.options.map((option) => (
							<label key={option.value}>
								<input
									type="radio"
									name={`${id}-${question.id}`}
									value={option.value}
									checked={answers[question.id] === option.value}
									onChange={() => {
										setAnswers({ ...answers, [question.id]: option.value });
										setMissing(missing.filter((entry) => entry !== question.id));
										setResult(undefined);
									}}
								/>
								{option.label}
							</label>
						))}
					</fieldset>
				);
			})}
			<div class="decision-helper__actions">
				<button type="submit" class="widget__primary">
					Show what to do
				</button>
				<button type="button" onClick={startOver}>
					Start over
				</button>
			</div>
			<div aria-live="polite" class="decision-helper__result">
				{missing.length > 0 && (
					<p class="widget__error">
						Please answer the {missing.length === 1 ? 'question' : `${missing.length} questions`}{' '}
						marked above.
					</p>
				)}
				{result && (
					<>
						<h3 class="decision-helper__result-title">What to do, in order</h3>
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
		</form>
	);
}
