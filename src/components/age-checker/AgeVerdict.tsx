import type { ComponentChildren } from 'preact';
import type { PegiWording } from '~/schemas/pegi';
import type { FeatureLabels } from '~/schemas/app-features';
import { pegiSearch, type Named, type Verdict } from '~/lib/age-check';
import {
	fill,
	fillParts,
	changesAhead,
	headline,
	historyLines,
	lastChecked,
	noMinimumLines,
	pegiLine,
	rulesLine,
	seriesLine,
	sourceName,
	termsLine,
	type WidgetWords,
} from '~/lib/age-verdict';
import { formatDate } from '~/lib/dates';
import VerdictIcon from './VerdictIcon';
import Linked from './Linked';

interface Props {
	verdict: Exclude<Verdict, { kind: 'invalid' }>;
	pegiWording: PegiWording;
	featureLabels: FeatureLabels;
	policyQuote: string;
	policyUrl: string;
	words: WidgetWords;
	/** The app's guide page, when the checker is not on it. */
	guideUrl?: string | undefined;
	staleSources: string[];
	/** The device set-up guides (/devices/), linked under every answer. */
	devicesUrl?: string | undefined;
	/** On a page in another language: the label before what stays in English (an app's own notes, PEGI's words). */
	inEnglish?: string | undefined;
	onChoose: (app: Named) => void;
}

/** Around an app's own words in a line of the reader's language: Unicode's first-strong isolate and its end. */
const isolate = { start: '\u2068', end: '\u2069' };

/**
 * On a page in another language, the words with an app's own {text} (which stays English) set apart, so that a line
 * can mark it as English (and keep it in its own direction inside a right-to-left line).
 */
function markingText(words: WidgetWords): WidgetWords {
	const mark = (template: string) =>
		template.replace('{text}', `${isolate.start}{text}${isolate.end}`);
	return {
		...words,
		details: {
			...words.details,
			'at-age': mark(words.details['at-age']),
			'under-age': mark(words.details['under-age']),
			'any-age': mark(words.details['any-age']),
		},
		guide: { ...words.guide, changeAt: mark(words.guide.changeAt) },
	};
}

/** A line whose set-apart part (see `markingText`) is an app's own words in English: marked lang="en-GB". */
function MarkedLine({ line, plain = false }: { line: string; plain?: boolean }) {
	const parts = line.split(new RegExp(`${isolate.start}([^${isolate.end}]*)${isolate.end}`));
	const Text = ({ text }: { text: string }) => (plain ? <>{text}</> : <Linked text={text} />);
	if (parts.length === 1) return <Text text={line} />;
	return (
		<>
			{parts.map((part, index) =>
				index % 2 === 1 ? (
					<span key={index} lang="en-GB" dir="ltr">
						<Text text={part} />
					</span>
				) : (
					part
				)
			)}
		</>
	);
}

/** What stays in English on a page in another language: marked as English, after a label in the page's language. */
function English({ label, children }: { label: string | undefined; children: ComponentChildren }) {
	if (!label) return <>{children}</>;
	return (
		<>
			<span class="age-verdict__in-english">{label}</span>{' '}
			<span lang="en-GB" dir="ltr">
				{children}
			</span>
		</>
	);
}

/** How to find an app's age rating yourself. */
export function FindOut({ words }: { words: WidgetWords }) {
	return (
		<>
			<p>{words.findOut.title}:</p>
			<ol>
				<li>{words.findOut.terms}</li>
				<li>{words.findOut.stores}</li>
				<li>
					<a href={pegiSearch}>{words.findOut.pegi}</a>
				</li>
			</ol>
		</>
	);
}

/** Where the terms set no minimum age: what they say instead, then what applies at this age, as a list. */
function NoMinimum({ lines }: { lines: string[] }) {
	const [lead, ...bands] = lines;
	return (
		<>
			<p>{lead}</p>
			{bands.length > 0 && (
				<ul>
					{bands.map((line) => (
						<li key={line}>
							<MarkedLine line={line} />
						</li>
					))}
				</ul>
			)}
		</>
	);
}

/** The answer for one app and one child, the one answer first; or how to find out about an app we do not list. */
export default function AgeVerdict({
	verdict,
	pegiWording,
	featureLabels,
	policyQuote,
	policyUrl,
	words,
	guideUrl,
	staleSources,
	devicesUrl,
	inEnglish,
	onChoose,
}: Props) {
	if (verdict.kind === 'unknown-app') {
		return (
			<section class="age-verdict" aria-labelledby="age-verdict-title" tabIndex={-1} data-answer>
				<h3 id="age-verdict-title">{fill(words.unknownApp, { query: verdict.query })}</h3>
				{verdict.suggestions.length > 0 && (
					<p>
						{words.didYouMean}{' '}
						{verdict.suggestions.map((app, index) => (
							<>
								{index > 0 &&
									(index === verdict.suggestions.length - 1 ? ` ${words.verdict.or} ` : ', ')}
								<button
									type="button"
									class="age-verdict__link-button"
									onClick={() => onChoose(app)}
								>
									{app.name}
								</button>
							</>
						))}
						?
					</p>
				)}
				<FindOut words={words} />
			</section>
		);
	}

	const { app, age, terms, pegi } = verdict;
	// An app's own words in a line stay English: on a page in another language, they are marked so.
	const lineWords = inEnglish ? markingText(words) : words;
	const stale = (url: string | undefined) => url !== undefined && staleSources.includes(url);
	const outOfDate = stale(app.minimumAge?.source) || stale(app.pegi?.source);
	return (
		<section
			class={`age-verdict age-verdict--${verdict.kind}`}
			aria-labelledby="age-verdict-title"
			tabIndex={-1}
			data-answer
		>
			<h3 id="age-verdict-title">{app.name}</h3>
			<p class="age-verdict__headline">
				<VerdictIcon kind={verdict.kind} />
				<span>{headline(verdict, words, pegiWording.names)}.</span>
			</p>
			{outOfDate && (
				<p class="age-verdict__stale">
					{fill(words.verdict.stale, { outOfDate: words.outOfDate })}
				</p>
			)}
			{verdict.kind === 'unknown' && <FindOut words={words} />}
			{app.noMinimumAge ? (
				<NoMinimum lines={noMinimumLines(verdict, lineWords)} />
			) : (
				verdict.kind !== 'unknown' && <p>{termsLine(app, terms, age, words)}</p>
			)}
			{app.minimumAge?.note && (
				<p>
					<English label={inEnglish}>
						<Linked text={app.minimumAge.note} />
					</English>
				</p>
			)}
			{historyLines(app, words).map((line) => (
				<p key={line}>{line}</p>
			))}
			{app.pegi && (
				<p>
					{pegiLine(app, age, pegi?.standing, words)}{' '}
					{fillParts(words.verdict.pegi, {
						rating: String(app.pegi.rating),
						meaning: <English label={inEnglish}>{pegiWording.ratings[app.pegi.rating]}</English>,
					})}
					{app.pegi.descriptors.length > 0 && (
						<>
							{' '}
							{fillParts(words.verdict.descriptors, {
								descriptors: (
									<English label={inEnglish}>
										{app.pegi.descriptors.map((d) => pegiWording.descriptors[d]).join(', ')}
									</English>
								),
							})}
						</>
					)}{' '}
					{words.pegiAdvice}
				</p>
			)}
			{rulesLine(app, words, pegiWording.rules) && (
				<p>{rulesLine(app, words, pegiWording.rules)}</p>
			)}
			{seriesLine(app, words) && (
				<p>
					{seriesLine(app, words)} {words.pegiAdvice}
				</p>
			)}
			{app.unconfirmed && (
				<p>
					<English label={inEnglish}>
						<Linked text={app.unconfirmed} />
					</English>
				</p>
			)}
			{changesAhead(app, age, words).length > 0 && (
				<>
					<h4>{words.verdict.changes}</h4>
					<ul>
						{changesAhead(app, age, lineWords).map((line) => (
							<li key={line}>
								<MarkedLine line={line} plain />
							</li>
						))}
					</ul>
				</>
			)}
			{app.features.length > 0 && (
				<>
					<h4>{words.verdict.features}</h4>
					{inEnglish && <p class="age-verdict__in-english">{inEnglish}</p>}
					<ul lang={inEnglish ? 'en-GB' : undefined} dir={inEnglish ? 'ltr' : undefined}>
						{app.features.map((feature) => (
							<li key={feature.kind}>
								<strong>{featureLabels[feature.kind]}:</strong> <Linked text={feature.note} />
							</li>
						))}
					</ul>
				</>
			)}
			{app.notes && (
				<p>
					<English label={inEnglish}>
						<Linked text={app.notes} />
					</English>
				</p>
			)}
			{guideUrl && (
				<p class="age-verdict__guide">
					<a href={guideUrl}>{fill(words.guideLink, { app: app.name })}</a>
				</p>
			)}
			{devicesUrl && (
				<p class="age-verdict__devices">
					<a href={devicesUrl}>{words.verdict.devices}</a>
				</p>
			)}
			<p class="age-verdict__sources">
				{words.verdict.sources}{' '}
				{app.sources.map((source, index) => (
					<>
						{index > 0 && ', '}
						<a href={source.url}>{sourceName(source.url)}</a>
					</>
				))}
				. {fill(words.verdict.lastChecked, { date: formatDate(lastChecked(app), words.lang) })}.
			</p>
			<blockquote class="age-verdict__policy">
				<p>
					<English label={inEnglish}>“{policyQuote}”</English>
				</p>
				<footer>
					<a href={policyUrl}>{words.verdict.policy}</a>
				</footer>
			</blockquote>
		</section>
	);
}
