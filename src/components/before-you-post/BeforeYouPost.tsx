import { useEffect, useRef, useState } from 'preact/hooks';
import { allQuestions, checkPost, nextQuestion, type Answers } from '~/lib/before-you-post';
import { verdictOf, type Audience, type Fact, type PostingRulesWording } from '~/lib/posting-rules';
import { useEnhanced, useHydrated } from '../shared/use-enhanced';
import { policyUrl } from '~/lib/url';

interface Props {
	/** The site's base path, for links to the policy. */
	base: string;
	/** The rules' questions, reasons and advice, from content/data/posting-rules.yaml. */
	wording: PostingRulesWording;
}

const audiences: { value: Audience; label: string }[] = [
	{ value: 'pupils', label: 'a pupil' },
	{ value: 'parents', label: 'a parent or carer' },
	{ value: 'staff', label: 'a member of staff' },
];

/** A few yes/no questions, one at a time (only those that can still change the answer), then whether to post and what to do instead. */
export default function BeforeYouPost({ base, wording }: Props) {
	const enhanced = useEnhanced();
	const hydrated = useHydrated();
	const [audience, setAudience] = useState<Audience>('pupils');
	const [history, setHistory] = useState<Answers[]>([{}]);
	const focus = useRef<HTMLHeadingElement>(null);
	const moved = useRef(false);
	const answers = history[history.length - 1]!;
	const question = nextQuestion(answers, audience, wording);

	// After every answer, Back and Start over, focus goes to the new question or the verdict (Back and Start over may be disabled now).
	useEffect(() => {
		if (moved.current) focus.current?.focus();
		moved.current = true;
	}, [history]);

	if (!enhanced) {
		return (
			<div class="before-you-post__static">
				<p>
					Ask yourself these questions. If the answer to any is yes, follow the advice below it. If
					every answer is no, it is fine to post.
				</p>
				<ol>
					{allQuestions('pupils', wording).map((q) => {
						const fact = q.topic as Fact;
						const rule = wording.rules[fact];
						return (
							<li key={fact}>
								<strong>{q.text}</strong>
								<br />
								<span class={`before-you-post__if-yes before-you-post__if-yes--${verdictOf(fact)}`}>
									If yes:
								</span>{' '}
								{rule.instead.pupils} <a href={policyUrl(rule.policy, base)}>{rule.policy.label}</a>
							</li>
						);
					})}
				</ol>
			</div>
		);
	}

	const answer = (value: boolean) =>
		question && setHistory([...history, { ...answers, [question.topic]: value }]);
	const startOver = () => setHistory([{}]);
	const decision = question ? undefined : checkPost(answers, audience, wording);

	return (
		<div class="before-you-post__tool" data-ready={hydrated ? '' : undefined}>
			<fieldset class="before-you-post__audience">
				<legend>I am</legend>
				{audiences.map(({ value, label }) => (
					<label key={value}>
						<input
							type="radio"
							name="byp-audience"
							value={value}
							checked={audience === value}
							onChange={() => setAudience(value)}
						/>
						{label}
					</label>
				))}
			</fieldset>
			<div aria-live="polite">
				{question ? (
					<section aria-labelledby="byp-question">
						<p class="before-you-post__progress">Question {history.length}</p>
						<h3 id="byp-question" ref={focus} tabIndex={-1}>
							{question.text}
						</h3>
						<div class="before-you-post__answers">
							<button type="button" class="widget__primary" onClick={() => answer(true)}>
								Yes
							</button>
							<button type="button" class="widget__primary" onClick={() => answer(false)}>
								No
							</button>
						</div>
					</section>
				) : (
					decision && (
						<section
							aria-labelledby="byp-verdict"
							class={`before-you-post__verdict before-you-post__verdict--${decision.verdict}`}
						>
							<h3 id="byp-verdict" ref={focus} tabIndex={-1}>
								{wording.verdicts[decision.verdict][audience]}
							</h3>
							<ul>
								{decision.reasons.map((reason) => (
									<li key={reason.fact}>
										<p>{reason.reason}</p>
										<p>
											<strong>What to do:</strong> {reason.instead}
										</p>
										<p>
											<a href={policyUrl(reason.policy, base)}>
												What the policy says: {reason.policy.label}
											</a>
										</p>
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
					Back
				</button>
				<button type="button" onClick={startOver} disabled={history.length === 1}>
					Start over
				</button>
			</div>
			<p class="widget__note">Nothing you answer is saved or sent anywhere.</p>
		</div>
	);
}
