import { useEffect, useRef, useState } from 'preact/hooks';
import {
	answer,
	checkPost,
	groupSteps,
	nextQuestion,
	reasonLinks,
	steps,
	type Answers,
	type Question,
} from '~/lib/before-you-post';
import { verdictOf, type Audience, type Fact, type PostingRulesWording } from '~/lib/posting-rules';
import { useEnhanced, useHydrated } from '../shared/use-enhanced';
import { pageUrl, policyUrl } from '~/lib/url';

interface Props {
	/** The site's base path, for links to the policy. */
	base: string;
	/** The rules' questions, reasons and advice, and the widget's words, from content/data/posting-rules.yaml. */
	wording: PostingRulesWording;
	/**
	 * The age bands the school teaches, youngest first, each with its words ("Ages 16 to 18"). A pupil picks theirs once,
	 * at the start, where there are two or more: the sixth form's rules and words differ. With one, it is that band.
	 */
	bands?: readonly { value: string; label: string }[];
}

const audiences: Audience[] = ['pupils', 'parents', 'staff'];

/** A question with choices (what kind of post, what is in view): radio buttons or boxes, then Next. */
function Choices({
	question,
	words,
	onAnswer,
}: {
	question: Extract<Question, { type: 'pick' | 'tick' }>;
	words: Record<string, string>;
	onAnswer: (value: string | string[]) => void;
}) {
	const [chosen, setChosen] = useState<string[]>([]);
	const [none, setNone] = useState(false);
	const [error, setError] = useState(false);
	const tick = question.type === 'tick';
	const toggle = (value: string) => {
		setError(false);
		setNone(false);
		setChosen(
			tick
				? chosen.includes(value)
					? chosen.filter((v) => v !== value)
					: [...chosen, value]
				: [value]
		);
	};
	const next = (event: Event) => {
		event.preventDefault();
		if (chosen.length === 0 && !none) return setError(true);
		onAnswer(tick ? chosen : chosen[0]!);
	};
	const name = `byp-${question.topic}`;
	return (
		<form onSubmit={next} noValidate>
			<fieldset
				class="before-you-post__choices"
				aria-describedby={error ? `${name}-error` : tick ? `${name}-hint` : undefined}
			>
				<legend class="sr-only">{question.text}</legend>
				{tick && (
					<p id={`${name}-hint`} class="before-you-post__hint">
						{words['tickHint']}
					</p>
				)}
				{question.choices.map((choice) => (
					<label key={choice.value}>
						<input
							type={tick ? 'checkbox' : 'radio'}
							name={name}
							value={choice.value}
							checked={chosen.includes(choice.value)}
							onChange={() => toggle(choice.value)}
						/>
						{choice.label}
					</label>
				))}
				{tick && (
					<label>
						<input
							type="checkbox"
							name={name}
							value="none"
							checked={none}
							onChange={() => {
								setError(false);
								setChosen([]);
								setNone(!none);
							}}
						/>
						{question.none}
					</label>
				)}
				<p id={`${name}-error`} class="before-you-post__error" role="alert">
					{error ? words['chooseFirst'] : ''}
				</p>
			</fieldset>
			<div class="before-you-post__answers">
				<button type="submit" class="widget__primary">
					{words['next']}
				</button>
			</div>
		</form>
	);
}

/** One question at a time (only those that can still change the answer), then whether to post and what to do instead. */
export default function BeforeYouPost({ base, wording, bands = [] }: Props) {
	const enhanced = useEnhanced();
	const hydrated = useHydrated();
	const words = wording.before.interface;
	const [audience, setAudience] = useState<Audience>('pupils');
	const [picked, setPicked] = useState<string | undefined>(undefined);
	const [history, setHistory] = useState<Answers[]>([{}]);
	const focus = useRef<HTMLHeadingElement>(null);
	const moved = useRef(false);
	const answers = history[history.length - 1]!;
	// A pupil's age band: the one they picked, or the school's only one. None picked is taken as younger.
	const band = audience !== 'pupils' ? undefined : bands.length === 1 ? bands[0]!.value : picked;
	const question = nextQuestion(answers, audience, wording, band);

	// After every answer, Back and Start over, focus goes to the new question or the verdict (Back and Start over may be disabled now).
	useEffect(() => {
		if (moved.current) focus.current?.focus();
		moved.current = true;
	}, [history]);

	if (!enhanced) {
		const rule = (fact: Fact) => {
			const { question: asked, instead, policy } = wording.rules[fact];
			return (
				<li key={fact}>
					<strong>{asked.pupils}</strong>
					<br />
					<span class={`before-you-post__if-yes before-you-post__if-yes--${verdictOf(fact)}`}>
						{words['ifYes']}
					</span>{' '}
					{instead.pupils} <a href={policyUrl(policy, base)}>{policy.label}</a>
				</li>
			);
		};
		const listed = new Set<string>();
		return (
			<div class="before-you-post__static">
				<p>{words['staticIntro']}</p>
				<ol>
					{steps.flatMap((step) => {
						const fresh = (step.facts as readonly string[]).filter(
							(fact) => fact in wording.rules && !listed.has(fact)
						) as Fact[];
						fresh.forEach((fact) => listed.add(fact));
						if (fresh.length === 0) return [];
						if (groupSteps.some((group) => group.id === step.id))
							return [
								<li key={step.id}>
									<strong>
										{
											wording.before.questions[step.id as keyof typeof wording.before.questions]!
												.pupils
										}
									</strong>
									<ul>{fresh.map(rule)}</ul>
								</li>,
							];
						return fresh.map(rule);
					})}
				</ol>
			</div>
		);
	}

	const reply = (value: boolean | string | string[]) =>
		question && setHistory([...history, answer(answers, question, value)]);
	const decision = question ? undefined : checkPost(answers, audience, wording, band);

	return (
		<div class="before-you-post__tool" data-ready={hydrated ? '' : undefined}>
			<fieldset class="before-you-post__audience">
				<legend>{words['iAm']}</legend>
				{audiences.map((value) => (
					<label key={value}>
						<input
							type="radio"
							name="byp-audience"
							value={value}
							checked={audience === value}
							onChange={() => setAudience(value)}
						/>
						{words[value]}
					</label>
				))}
			</fieldset>
			{audience === 'pupils' && bands.length > 1 && (
				<fieldset class="before-you-post__audience">
					<legend>{words['age']}</legend>
					{bands.map(({ value, label }) => (
						<label key={value}>
							<input
								type="radio"
								name="byp-band"
								value={value}
								checked={picked === value}
								onChange={() => setPicked(value)}
							/>
							{label}
						</label>
					))}
				</fieldset>
			)}
			<div aria-live="polite">
				{question ? (
					<section aria-labelledby="byp-question" key={history.length}>
						<p class="before-you-post__progress">
							{words['question']} {history.length}
						</p>
						<h3 id="byp-question" ref={focus} tabIndex={-1}>
							{question.text}
						</h3>
						{question.type === 'yes-no' ? (
							<div class="before-you-post__answers">
								<button type="button" class="widget__primary" onClick={() => reply(true)}>
									{words['yes']}
								</button>
								<button type="button" class="widget__primary" onClick={() => reply(false)}>
									{words['no']}
								</button>
							</div>
						) : (
							<Choices question={question} words={words} onAnswer={reply} />
						)}
					</section>
				) : (
					decision && (
						<section
							aria-labelledby="byp-verdict"
							class={`before-you-post__verdict before-you-post__verdict--${decision.verdict}`}
						>
							<h3 id="byp-verdict" ref={focus} tabIndex={-1}>
								{decision.heading}
							</h3>
							<ul>
								{decision.reasons.map((reason) => (
									<li key={reason.fact}>
										<p>{reason.reason}</p>
										<p>
											<strong>{words['whatToDo']}</strong> {reason.instead}
										</p>
										{reasonLinks(reason, audience).map((link) =>
											link === 'help' && reason.help ? (
												<p key={link}>
													<a href={pageUrl(reason.help.page, base)}>{reason.help.label}</a>
												</p>
											) : (
												<p key={link}>
													<a href={policyUrl(reason.policy, base)}>
														{reason.guidance ? words['guidance'] : words['policy']}{' '}
														{reason.policy.label}
													</a>
												</p>
											)
										)}
									</li>
								))}
							</ul>
						</section>
					)
				)}
			</div>
			<div class="before-you-post__nav">
				<button
					type="button"
					onClick={() => setHistory(history.slice(0, -1))}
					disabled={history.length === 1}
				>
					{words['back']}
				</button>
				<button type="button" onClick={() => setHistory([{}])} disabled={history.length === 1}>
					{words['startOver']}
				</button>
			</div>
			<p class="widget__note">{words['note']}</p>
		</div>
	);
}
