import type { App, PegiRating, PegiRule, StoreName } from './app';
import type {
	AgeMode,
	AppVerdict,
	ChildAge,
	ErrorCode,
	Judged,
	Overall,
	Standing,
	Wait,
} from './age-check';
import { formatDate } from './dates';
import { pluralForm, type PluralForms } from './plural';
import type { GuideAnchor } from './app-guide';
import { fill } from './template';
import { yearGroupName } from './age-form';

export { fill, fillParts } from './template';
export { errorMessage, yearGroupName } from './age-form';

/** The verdict in plain sentences, so that the widget, the guides and their tests read the same words. */

/** Every headline the checker can lead with; a test checks the kind of answer by its key, not its words. */
export const headlineKeys = [
	'meets-both',
	'meets-terms',
	'meets-pegi',
	'meets-series',
	'meets-series-rules',
	'not-yet-terms',
	'not-yet-pegi',
	'not-yet-series',
	'spans-terms',
	'spans-pegi',
	'spans-series',
	'depends-series',
	'depends-series-rules',
	'no-minimum-settings',
	'no-minimum-child-account',
	'unknown',
] as const;
export type HeadlineKey = (typeof headlineKeys)[number];

/** The checker's words, from content/data/age-checker.yaml (src/schemas/age-checker.ts checks them against this). */
export interface VerdictWords {
	headlines: Record<HeadlineKey, string>;
	waits: Record<'years' | 'birth' | 'tomorrow' | 'year-group' | 'after-school', string>;
	groups: Record<Overall, string>;
	details: Record<
		| 'terms-meets'
		| 'terms-spans'
		| 'terms-not-yet'
		| 'terms-unknown'
		| 'pegi-meets'
		| 'pegi-spans'
		| 'pegi-not-yet'
		| 'terms-none-settings'
		| 'terms-none-child-account'
		| 'at-age'
		| 'under-age'
		| 'any-age'
		| 'series'
		| 'rules'
		| 'series-rules',
		string
	>;
	findOut: Record<'title' | 'terms' | 'stores' | 'pegi', string>;
	unknownApp: string;
	didYouMean: string;
	outOfDate: string;
	guideLink: string;
	pegiAdvice: string;
	guide: {
		sections: Record<GuideAnchor, string>;
		stores: Record<StoreName, string>;
	} & Record<
		| 'noMinimum'
		| 'noMinimumSettings'
		| 'noMinimumChildAccount'
		| 'series'
		| 'changesTitle'
		| 'changeAt'
		| 'noPegiGame'
		| 'notAGame'
		| 'noStores'
		| 'storeNotConfirmed'
		| 'storeAdvice'
		| 'noFeatures'
		| 'noControls'
		| 'noReporting',
		string
	>;
	form: {
		app: Record<'label' | 'hint' | 'suggestions', string>;
		'year-group': Record<'mode' | 'label' | 'hint' | 'choose', string>;
	} & Record<Exclude<AgeMode, 'year-group'>, Record<'mode' | 'label' | 'hint', string>> &
		Record<
			| 'checking'
			| 'modes'
			| 'check'
			| 'showAll'
			| 'hideAll'
			| 'error'
			| 'correctOne'
			| 'correctMany'
			| 'loadFailed',
			string
		>;
	errors: Record<ErrorCode, string>;
	child: Record<AgeMode, string>;
	yearGroups: Record<'reception' | 'year', string>;
	units: Record<'year' | 'years' | 'month' | 'months' | 'day' | 'days' | 'and', string>;
	/** Optional: each unit's form for each of the language's plural categories (Polish, Arabic), used over `units`. */
	plurals?: Record<'year' | 'month' | 'day', PluralForms> | undefined;
	/** The page's language ("pl", "ar"), for its plural forms and its dates; English (en-GB) if left out. */
	lang?: string | undefined;
	longWaits: Record<
		'years' | 'birth' | 'year-group' | 'after-school' | 'next-year' | 'school-years',
		string
	>;
	history: string;
	verdict: Record<
		| 'stale'
		| 'or'
		| 'pegi'
		| 'descriptors'
		| 'features'
		| 'sources'
		| 'source'
		| 'lastChecked'
		| 'policy'
		| 'everyApp'
		| 'devices'
		| 'changes',
		string
	>;
	table: {
		columns: Record<'app' | 'minimum' | 'pegi' | 'features' | 'sources', string>;
	} & Record<
		| 'caption'
		| 'notConfirmed'
		| 'noMinimum'
		| 'childAccount'
		| 'series'
		| 'sourcesLink'
		| 'oneSource'
		| 'rating'
		| 'noPegi'
		| 'noFeatures'
		| 'summary'
		| 'print'
		| 'printLink',
		string
	>;
	noScript: Record<'guide' | 'table' | 'folded' | 'link', string>;
}

/** The words the checker's widget needs: all but the table's, the no-script notes and the guide pages' own. */
export type WidgetWords = Omit<VerdictWords, 'table' | 'noScript' | 'guide'> & {
	guide: Pick<VerdictWords['guide'], 'changeAt'>;
};

/** The words the checker's form needs before anything loads: its labels, its error messages, the school years. */
export type FormWords = Pick<WidgetWords, 'form' | 'errors' | 'yearGroups'>;

export function formWords({ form, errors, yearGroups }: WidgetWords): FormWords {
	return { form, errors, yearGroups };
}

/** Only the words the widget needs, so that the page does not carry the rest twice. */
export function widgetWords({
	table: _table,
	noScript: _noScript,
	guide,
	...rest
}: VerdictWords): WidgetWords {
	return { ...rest, guide: { changeAt: guide.changeAt } };
}

/** PEGI's short names for its ratings ("adults only"), from content/data/pegi.yaml. */
export type PegiNames = Record<`${PegiRating}`, string>;

/** "1 year", "4 months"; in a language with its own plural forms, the form for the number ("5 lat", "11 شهرًا"). */
function count(value: number, unit: 'year' | 'month' | 'day', words: WidgetWords): string {
	const forms = words.plurals?.[unit];
	if (forms) return pluralForm(words.lang ?? 'en-GB', value, forms);
	return fill(words.units[value === 1 ? unit : (`${unit}s` as const)], { count: value });
}

/** "1, 2 and 3". */
function list(parts: string[], words: WidgetWords): string {
	return parts.length > 1
		? `${parts.slice(0, -1).join(', ')} ${words.units.and} ${parts.at(-1)}`
		: (parts[0] ?? '');
}

/** "1 year, 2 months and 3 days", leaving out what is zero. */
function duration(
	{ years, months, days }: { years: number; months: number; days: number },
	words: WidgetWords
): string {
	return list(
		[
			years && count(years, 'year', words),
			months && count(months, 'month', words),
			days && count(days, 'day', words),
		].filter((part): part is string => Boolean(part)),
		words
	);
}

/** "tomorrow", or "in 4 months and 7 days": how long until a birthday. */
function untilBirthday(wait: Extract<Wait, { by: 'birth' }>, words: WidgetWords): string {
	const { years, months, days } = wait;
	return years === 0 && months === 0 && days === 1
		? words.waits.tomorrow
		: fill(words.waits.birth, { time: duration(wait, words) });
}

function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "13th". */
function ordinal(n: number): string {
	const suffix =
		n % 100 >= 11 && n % 100 <= 13
			? 'th'
			: (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
	return `${n}${suffix}`;
}

/** "a child of 12", "a child born on 31 March 2014 (12 today)", "pupils in Year 8 (aged 12 to 13 during the school year)". */
export function describeChild(age: ChildAge, words: WidgetWords): string {
	if (age.mode === 'years') return fill(words.child.years, { years: age.years });
	if (age.mode === 'birth')
		return fill(words.child.birth, { date: formatDate(age.birth, words.lang), years: age.years });
	return fill(words.child['year-group'], {
		yearGroup: yearGroupName(age.yearGroup, words),
		youngest: age.youngest,
		oldest: age.oldest,
	});
}

/** "has up to 1 year to go, until their 13th birthday", "turns 13 on 31 March 2027, in 4 months and 7 days". */
export function describeWait(wait: Wait, limit: number, words: WidgetWords): string {
	if (wait.by === 'years')
		return fill(words.longWaits.years, {
			time: count(wait.years, 'year', words),
			ordinal: ordinal(limit),
			// For a language whose ordinals are not English ones ("13.", "13ویں"): the age itself.
			limit,
		});
	if (wait.by === 'year-group')
		return wait.during > 13
			? fill(words.longWaits['after-school'], { limit })
			: fill(words.longWaits['year-group'], {
					limit,
					yearGroup: yearGroupName(wait.during, words),
					when:
						wait.years === 1
							? words.longWaits['next-year']
							: fill(words.longWaits['school-years'], { count: wait.years }),
				});
	return fill(words.longWaits.birth, {
		limit,
		date: formatDate(wait.on, words.lang),
		time: untilBirthday(wait, words),
	});
}

/** "in up to 1 year", "in 1 year and 2 months", "tomorrow", "reached during Year 8": how long, for a headline. */
export function shortWait(wait: Wait, words: WidgetWords): string {
	if (wait.by === 'years')
		return fill(words.waits.years, { time: count(wait.years, 'year', words) });
	if (wait.by === 'year-group')
		return wait.during > 13
			? words.waits['after-school']
			: fill(words.waits['year-group'], { yearGroup: yearGroupName(wait.during, words) });
	return untilBirthday(wait, words);
}

/** Which headline a verdict leads with: the stricter limit for this child, or why there is no age to meet. */
export function headlineKey(verdict: AppVerdict): HeadlineKey {
	const { app, lead, terms, pegi } = verdict;
	if (verdict.kind === 'unknown') return 'unknown';
	if (!lead)
		return app.noMinimumAge?.way === 'child-account'
			? 'no-minimum-child-account'
			: 'no-minimum-settings';
	const by = lead.limit.by;
	if (verdict.kind === 'depends')
		return lead.limit.by === 'series' &&
			Math.max(...(app.series?.ratings ?? [])) < lead.limit.highest
			? 'depends-series-rules'
			: 'depends-series';
	if (verdict.kind === 'meets') {
		if (terms && pegi) return 'meets-both';
		if (by === 'series' && lead.limit.by === 'series')
			return Math.max(...(app.series?.ratings ?? [])) < lead.limit.highest
				? 'meets-series-rules'
				: 'meets-series';
		return terms ? 'meets-terms' : 'meets-pegi';
	}
	if (verdict.kind === 'spans')
		return by === 'terms' ? 'spans-terms' : by === 'series' ? 'spans-series' : 'spans-pegi';
	return by === 'terms' ? 'not-yet-terms' : by === 'series' ? 'not-yet-series' : 'not-yet-pegi';
}

/**
 * The one answer that comes first: the minimum age and the PEGI rating together, the stricter for this child leading.
 * "Not suitable yet: PEGI 18, adults only"; "Old enough: the minimum age is 13, and PEGI 12 fits too".
 */
export function headline(verdict: AppVerdict, words: WidgetWords, pegiNames: PegiNames): string {
	const { app, lead, terms, pegi } = verdict;
	const limit = pegi?.limit;
	const values = {
		app: app.name,
		edition: app.edition ?? app.name,
		minimum: terms?.limit.age ?? '',
		rating: limit?.age ?? '',
		ratingName: limit ? pegiNames[`${limit.age as PegiRating}`] : '',
		lowest: limit?.age ?? '',
		highest: limit?.by === 'series' ? limit.highest : (limit?.age ?? ''),
		/** "16 or 18", or "18" when every edition read has the same rating. */
		ratings:
			limit?.by === 'series' && limit.highest !== limit.age
				? `${limit.age} ${words.verdict.or} ${limit.highest}`
				: (limit?.age ?? ''),
		/** The series' name without its aside: "Call of Duty" for "Call of Duty (yearly series)". */
		series: plainName(app),
	};
	const key = headlineKey(verdict);
	const wait =
		verdict.kind === 'not-yet' && lead?.standing.kind === 'not-yet'
			? shortWait(lead.standing.wait, words)
			: '';
	return fill(words.headlines[key], { ...values, wait });
}

/** For an app whose terms set no minimum age, what its terms say instead: a sentence, then what applies at this age. */
export function noMinimumLines(verdict: AppVerdict, words: WidgetWords): string[] {
	const { app, age, atAge } = verdict;
	if (!app.noMinimumAge) return [];
	const values = { app: app.name, child: describeChild(age, words) };
	const all = [...app.noMinimumAge.atAge].sort((a, b) => a.from - b.from);
	return [
		fill(words.details[`terms-none-${app.noMinimumAge.way}`], values),
		...(atAge ?? []).map((band) => bandLine(band, all, words)),
	];
}

/** "Under 9: …", "From 13: …", or "At any age: …" for a band that covers every age. */
export function bandLine(
	band: { from: number; text: string },
	all: readonly { from: number }[],
	words: WidgetWords
): string {
	const next = all.find((other) => other.from > band.from)?.from;
	if (band.from > 0) return fill(words.details['at-age'], { from: band.from, text: band.text });
	return next === undefined
		? fill(words.details['any-age'], { text: band.text })
		: fill(words.details['under-age'], { next, text: band.text });
}

/** What changes on the app for this child on a birthday still to come: "At 16: direct messages …", youngest first. */
export function changesAhead(app: App, age: ChildAge, words: WidgetWords): string[] {
	const now = age.mode === 'year-group' ? age.youngest : age.years;
	return (app.changesAt ?? [])
		.filter((change) => change.age > now)
		.sort((a, b) => a.age - b.age)
		.map((change) => fill(words.guide.changeAt, { age: change.age, text: change.text }));
}

/** For a yearly series we could not read the current edition of: what its editions are rated. */
export function seriesLine(app: App, words: WidgetWords): string | undefined {
	if (!app.series || app.pegi) return undefined;
	const ratings = [...new Set(app.series.ratings)].sort((a, b) => a - b);
	return fill(words.details.series, {
		app: plainName(app),
		edition: app.edition ?? app.name,
		ratings: list(
			ratings.map((rating) => `PEGI ${rating}`),
			{ ...words, units: { ...words.units, and: words.verdict.or } }
		),
		titles: app.series.titles.join('; '),
	});
}

/**
 * Which of PEGI's rules about how a game plays set its rating ("paid random items"), with what each means; for a
 * series whose current edition is not rated here, the rules that apply to a game like it.
 */
export function rulesLine(
	app: App,
	words: WidgetWords,
	ruleWords: Record<PegiRule, string>
): string | undefined {
	if (!app.pegi && app.series?.rules?.length)
		return fill(words.details['series-rules'], {
			edition: app.edition ?? app.name,
			rules: app.series.rules.map((rule) => ruleWords[rule]).join(' '),
		});
	const rules = app.pegi?.rules ?? [];
	if (!app.pegi || rules.length === 0) return undefined;
	return fill(words.details.rules, {
		title: app.pegi.title,
		rating: app.pegi.rating,
		rules: rules.map((rule) => ruleWords[rule]).join(' '),
	});
}

/** An app's name without its aside in brackets: "Call of Duty" for "Call of Duty (yearly series)". */
function plainName(app: Pick<App, 'name'>): string {
	return app.name.replace(/\s*\([^)]*\)/g, '');
}

/** What the minimum age in the terms means for this child, in a sentence under the headline. */
export function termsLine(
	app: App,
	judged: Judged | undefined,
	age: ChildAge,
	words: WidgetWords
): string {
	if (!app.minimumAge || !judged)
		return fill(words.details['terms-unknown'], { app: app.edition ? plainName(app) : app.name });
	const minimum = app.minimumAge.age;
	const { standing } = judged;
	const values = {
		app: app.name,
		minimum,
		child: describeChild(age, words),
		Child: capitalise(describeChild(age, words)),
	};
	if (standing.kind === 'meets') return fill(words.details['terms-meets'], values);
	if (standing.kind === 'spans') return fill(words.details['terms-spans'], values);
	return fill(words.details['terms-not-yet'], {
		...values,
		wait: describeWait(standing.wait, minimum, words),
	});
}

/** What the PEGI rating says about a game for this child, in a sentence under the headline. */
export function pegiLine(
	app: App,
	age: ChildAge,
	standing: Standing | undefined,
	words: WidgetWords
): string | undefined {
	if (!app.pegi || !standing) return undefined;
	const values = {
		title: app.pegi.title,
		rating: app.pegi.rating,
		child: describeChild(age, words),
		Child: capitalise(describeChild(age, words)),
	};
	if (standing.kind === 'meets') return fill(words.details['pegi-meets'], values);
	if (standing.kind === 'spans') return fill(words.details['pegi-spans'], values);
	return fill(words.details['pegi-not-yet'], {
		...values,
		wait: describeWait(standing.wait, app.pegi.rating, words),
	});
}

/** The site a source is on, as link text: "hwb.gov.wales". */
export function sourceName(url: string): string {
	try {
		return new URL(url).hostname.replace(/^www\./, '');
	} catch {
		return url;
	}
}

/** The day the app's sources were last read: the latest `checked` among them. */
export function lastChecked(app: App): string {
	return app.sources
		.map((source) => source.checked)
		.reduce((latest, date) => (date > latest ? date : latest), '');
}

/** "Until 11 April 2024 the minimum age was 16." */
export function historyLines(app: App, words: WidgetWords): string[] {
	return (app.ageHistory ?? []).map((entry) =>
		fill(words.history, { date: formatDate(entry.until, words.lang), age: entry.age })
	);
}
