import { settingParts, storeNames, storeRating, type App, type SourceKind } from './app';
import { compareDates, parseDate } from './dates';
import { isStale } from './staleness';

/** Whether the policy's review date has passed on `today` (both YYYY-MM-DD). */
export function isReviewDue(nextReview: string, today: string): boolean {
	const review = parseDate(nextReview);
	const now = parseDate(today);
	return Boolean(review && now && compareDates(now, review) >= 0);
}

/**
 * The yearly review of the apps' facts (npm run review): every fact of every app with its source, the source's kind,
 * the day it was read and its own date, oldest first, the out-of-date ones marked, for the school's online-safety lead.
 */
export interface ReviewRow {
	app: string;
	/** Where in the entry: "minimumAge", "features[0]", "noMinimumAge.atAge[1]". */
	field: string;
	/** The fact in a few words, as the guide shows it. */
	fact: string;
	url: string;
	kind: SourceKind;
	checked: string;
	published?: string | undefined;
	stale: boolean;
}

const storeLabels = { appStore: 'App Store', googlePlay: 'Google Play' } as const;

/** What could not be confirmed, to try again at the review: an entry's `unconfirmed` note, and each store rating not read. */
export interface UnconfirmedRow {
	app: string;
	field: string;
	reason: string;
}

export function unconfirmedRows(apps: readonly App[]): UnconfirmedRow[] {
	return apps.flatMap((app) => [
		...(app.unconfirmed
			? [{ app: app.id, field: 'unconfirmed', reason: clip(app.unconfirmed, 160) }]
			: []),
		...storeNames.flatMap((store) => {
			const fact = app.stores?.[store];
			return fact && 'unconfirmed' in fact
				? [{ app: app.id, field: `stores.${store}`, reason: clip(fact.unconfirmed, 160) }]
				: [];
		}),
	]);
}

function clip(text: string, length = 90): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}

/** Every fact of an app that names a source, with what it says in a few words. */
function factsOf(app: App): { field: string; fact: string; source: string }[] {
	const facts: { field: string; fact: string; source: string | undefined }[] = [
		{
			field: 'minimumAge',
			fact: `minimum age ${app.minimumAge?.age}`,
			source: app.minimumAge?.source,
		},
		{
			field: 'noMinimumAge',
			fact: `no minimum age (${app.noMinimumAge?.way})`,
			source: app.noMinimumAge?.source,
		},
		...(app.noMinimumAge?.atAge ?? []).map((band, index) => ({
			field: `noMinimumAge.atAge[${index}]`,
			fact: `from ${band.from}: ${band.text}`,
			source: band.source,
		})),
		...(app.ageHistory ?? []).map((entry, index) => ({
			field: `ageHistory[${index}]`,
			fact: `minimum age ${entry.age} until ${entry.until}`,
			source: entry.source,
		})),
		{
			field: 'pegi',
			fact: `PEGI ${app.pegi?.rating}: ${app.pegi?.title}`,
			source: app.pegi?.source,
		},
		{
			field: 'series',
			fact: `series: ${app.series?.titles.join('; ')}`,
			source: app.series?.source,
		},
		...storeNames.map((store) => {
			const rating = storeRating(app.stores?.[store]);
			return {
				field: `stores.${store}`,
				fact: `${storeLabels[store]} ${rating?.rating}`,
				source: rating?.source,
			};
		}),
		...app.features.map((feature, index) => ({
			field: `features[${index}]`,
			fact: `${feature.kind}: ${feature.note}`,
			source: feature.source,
		})),
		{ field: 'controls', fact: `settings: ${app.controls?.name}`, source: app.controls?.source },
		...(app.controls?.settings ?? []).map((setting, index) => ({
			field: `controls.settings[${index}]`,
			fact: `setting: ${settingParts(setting).text}`,
			source: settingParts(setting).source,
		})),
		...(app.changesAt ?? []).map((change, index) => ({
			field: `changesAt[${index}]`,
			fact: `at ${change.age}: ${change.text}`,
			source: change.source,
		})),
		{ field: 'reporting', fact: 'reporting and blocking steps', source: app.reporting?.source },
	];
	return facts.flatMap(({ field, fact, source }) =>
		source === undefined ? [] : [{ field, fact: clip(fact), source }]
	);
}

/** The rows of the review, oldest first: by the day the source was read, then by its own date, then by app. */
export function reviewRows(apps: readonly App[], today: string): ReviewRow[] {
	const rows = apps.flatMap((app) => {
		const sources = new Map(app.sources.map((source) => [source.url, source]));
		return factsOf(app).flatMap(({ field, fact, source: url }) => {
			const source = sources.get(url);
			if (!source) return [];
			return [
				{
					app: app.id,
					field,
					fact,
					url,
					kind: source.kind,
					checked: source.checked,
					published: source.published,
					stale: isStale(source, today),
				},
			];
		});
	});
	const oldest = (row: ReviewRow) =>
		[row.checked, row.published].filter((date): date is string => Boolean(date)).sort()[0]!;
	return rows.sort(
		(a, b) =>
			oldest(a).localeCompare(oldest(b)) ||
			a.checked.localeCompare(b.checked) ||
			a.app.localeCompare(b.app) ||
			a.field.localeCompare(b.field)
	);
}

/** A cell of a markdown table: no line breaks, no bare pipes. */
function cell(text: string): string {
	return text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
}

/** An entry the age checker answers "not known" for, at these ages, and whether it is on the most-used list. */
export interface UnknownAnswer {
	app: string;
	ages: number[];
	mostUsed: boolean;
}

/**
 * The review as a markdown file: a line on how to use it, the counts, one table row a fact; then what could not be
 * confirmed, and the entries the checker answers "not known" for (`unknown`, worked out by the caller from the rules),
 * with the ages checked (`ages`).
 */
export function reviewMarkdown(
	rows: readonly ReviewRow[],
	today: string,
	unconfirmed: readonly UnconfirmedRow[] = [],
	answers?: { ages: { youngest: number; oldest: number }; unknown: readonly UnknownAnswer[] }
): string {
	const stale = rows.filter((row) => row.stale).length;
	const secondary = rows.filter((row) => row.kind === 'secondary').length;
	return [
		`# Yearly review of the app facts (${today})`,
		'',
		'Every fact in content/data/apps.yaml, oldest first. For each: open its source, check the fact still holds,',
		'change it if not, and set the source’s `checked` to the day you read it (and `published` to the date the page shows).',
		'A fact you cannot read again is moved to the entry’s `unconfirmed` note, not carried over. Then run `npm run review` again.',
		'',
		`${rows.length} facts; ${stale} may be out of date (marked **out of date**: read more than 12 months ago, or from a source dated more than 12 months ago); ${secondary} rest on a secondary source (replace it with the platform's own page where one exists).`,
		'',
		'| | app | field | fact | source | kind | checked | published |',
		'| --- | --- | --- | --- | --- | --- | --- | --- |',
		...rows.map(
			(row) =>
				`| ${row.stale ? '**out of date**' : ''} | ${row.app} | ${row.field} | ${cell(row.fact)} | ${row.url} | ${row.kind} | ${row.checked} | ${row.published ?? ''} |`
		),
		'',
		...(unconfirmed.length > 0
			? [
					`## Not confirmed (${unconfirmed.length})`,
					'',
					'What could not be read from a source last time: try again, and where you can read it, add the fact with its source.',
					'',
					'| app | field | why |',
					'| --- | --- | --- |',
					...unconfirmed.map((row) => `| ${row.app} | ${row.field} | ${cell(row.reason)} |`),
					'',
				]
			: []),
		...(answers
			? [
					`## Answers “not known” for a child of ${answers.ages.youngest} to ${answers.ages.oldest} (${answers.unknown.length})`,
					'',
					answers.unknown.length === 0
						? 'None: the checker gives every entry an answer at every one of these ages.'
						: 'Give each a minimum age, its “no minimum age” and what applies instead, a PEGI rating or its series’ ratings. An entry on the most-used list must not be here, and at most content/data/most-used-apps.yaml’s `maxUnknown` may be.',
					'',
					...(answers.unknown.length > 0
						? [
								'| app | ages | on the most-used list |',
								'| --- | --- | --- |',
								...answers.unknown.map(
									(row) => `| ${row.app} | ${row.ages.join(', ')} | ${row.mostUsed ? 'yes' : ''} |`
								),
								'',
							]
						: []),
				]
			: []),
	].join('\n');
}
