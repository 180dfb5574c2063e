import type { App } from '~/schemas/apps';
import type { PegiWording } from '~/schemas/pegi';
import type { FeatureLabels } from '~/schemas/app-features';
import { pegiSearch, type Verdict } from '~/lib/age-check';
import { historyLines, pegiLine, sourceName, sourcesOf, termsHeadline } from '~/lib/age-verdict';
import { formatDate } from '~/lib/dates';

interface Props {
	verdict: Exclude<Verdict, { kind: 'invalid' }>;
	pegiWording: PegiWording;
	featureLabels: FeatureLabels;
	policyQuote: string;
	policyUrl: string;
	onChoose: (app: App) => void;
}

/** The answer for one app and one child, or how to find out about an app we do not list. */
export default function AgeVerdict({ verdict, pegiWording, featureLabels, policyQuote, policyUrl, onChoose }: Props) {
	if (verdict.kind === 'unknown-app') {
		return (
			<section class="age-verdict" aria-labelledby="age-verdict-title">
				<h3 id="age-verdict-title">We don’t have “{verdict.query}” in our list</h3>
				{verdict.suggestions.length > 0 && (
					<p>
						Did you mean{' '}
						{verdict.suggestions.map((app, index) => (
							<>
								{index > 0 && (index === verdict.suggestions.length - 1 ? ' or ' : ', ')}
								<button type="button" class="age-verdict__link-button" onClick={() => onChoose(app)}>
									{app.name}
								</button>
							</>
						))}
						?
					</p>
				)}
				<p>You can find its age rating yourself:</p>
				<ol>
					<li>Read its terms of service or help pages: search for its name and “minimum age”.</li>
					<li>Look at its age rating in the App Store or Google Play.</li>
					<li>
						For a game, look it up on <a href={pegiSearch}>PEGI’s website</a>.
					</li>
				</ol>
			</section>
		);
	}

	const { app, age, pegi } = verdict;
	return (
		<section class={`age-verdict age-verdict--${verdict.kind}`} aria-labelledby="age-verdict-title">
			<h3 id="age-verdict-title">{app.name}</h3>
			<p class="age-verdict__headline">{termsHeadline(verdict)}</p>
			{app.minimumAge?.note && <p>{app.minimumAge.note}</p>}
			{historyLines(app).map((line) => (
				<p key={line}>{line}</p>
			))}
			{app.unconfirmed && <p>{app.unconfirmed}</p>}
			{app.pegi && (
				<p>
					{pegiLine(app, age, pegi)} PEGI {app.pegi.rating} means a game is {pegiWording.ratings[app.pegi.rating]}
					{app.pegi.descriptors.length > 0 && ` This one is marked for: ${app.pegi.descriptors.map((d) => pegiWording.descriptors[d]).join(', ')}.`} PEGI ratings are
					advice about a game’s content.
				</p>
			)}
			{app.features.length > 0 && (
				<>
					<h4>Features to know about</h4>
					<ul>
						{app.features.map((feature) => (
							<li key={feature.kind}>
								<strong>{featureLabels[feature.kind]}:</strong> {feature.note}
							</li>
						))}
					</ul>
				</>
			)}
			{app.notes && <p>{app.notes}</p>}
			<p class="age-verdict__sources">
				Sources:{' '}
				{sourcesOf(app).map((source, index) => (
					<>
						{index > 0 && ', '}
						<a href={source}>{sourceName(source)}</a>
					</>
				))}
				. Checked {formatDate(app.checked)}.
			</p>
			<blockquote class="age-verdict__policy">
				<p>“{policyQuote}”</p>
				<footer>
					<a href={policyUrl}>Our policy on age limits</a>
				</footer>
			</blockquote>
		</section>
	);
}
