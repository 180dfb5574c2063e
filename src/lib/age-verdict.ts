import type { App, PegiRating } from './app';
import {
	yearGroupName,
	type AppVerdict,
	type ChildAge,
	type Judged,
	type Overall,
	type Standing,
	type Wait,
} from './age-check';
import { formatDate } from './dates';
import type { GuideAnchor } from './app-guide';

/** The verdict in plain sentences, so that the widget, the guides and their tests read the same words. */

/** The checker's words, from content/data/age-checker.yaml (src/schemas/age-checker.ts checks them against this). */
export interface VerdictWords {
	headlines: Record<
		| 'meets-both'
		| 'meets-terms'
		| 'meets-pegi'
		| 'not-yet-terms'
		| 'not-yet-pegi'
		| 'spans-terms'
		| 'spans-pegi'
		| 'unknown',
		string
	>;
	waits: Record<'years' | 'birth' | 'tomorrow' | 'year-group' | 'after-school', string>;
	groups: Record<Overall, string>;
	details: Record<
		| 'terms-meets'
		| 'terms-spans'
		| 'terms-not-yet'
		| 'terms-unknown'
		| 'pegi-meets'
		| 'pegi-spans'
		| 'pegi-not-yet',
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
	} & Record<
		| 'noMinimum'
		| 'noPegiGame'
		| 'notAGame'
		| 'noStores'
		| 'noFeatures'
		| 'noControls'
		| 'noReporting',
		string
	>;
}

/** PEGI's short names for its ratings ("adults only"), from content/data/pegi.yaml. */
export type PegiNames = Record<`${PegiRating}`, string>;

/** Fills {name} in `template` from `values`; a name with no value stays as written, so a slip shows. */
export function fill(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (written, name: string) =>
		name in values ? String(values[name]) : written
	);
}

function plural(count: number, word: string): string {
	return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** "1, 2 and 3". */
function list(parts: string[]): string {
	return parts.length > 1
		? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`
		: (parts[0] ?? '');
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
export function describeChild(age: ChildAge): string {
	if (age.mode === 'years') return `a child of ${age.years}`;
	if (age.mode === 'birth') return `a child born on ${formatDate(age.birth)} (${age.years} today)`;
	return `pupils in ${yearGroupName(age.yearGroup)} (aged ${age.youngest} to ${age.oldest} during the school year)`;
}

/** "has up to 1 year to go, until their 13th birthday", "turns 13 on 31 March 2027, in 4 months and 7 days". */
export function describeWait(wait: Wait, limit: number): string {
	if (wait.by === 'years')
		return `has up to ${plural(wait.years, 'year')} to go, until their ${ordinal(limit)} birthday`;
	if (wait.by === 'year-group') {
		const when =
			wait.during > 13
				? 'after Year 13'
				: `during ${yearGroupName(wait.during)}, ${wait.years === 1 ? 'next school year' : `in ${wait.years} school years’ time`}`;
		return `will each turn ${limit} on their birthday ${when}`;
	}
	const { years, months, days } = wait;
	const time =
		years === 0 && months === 0 && days === 1
			? 'tomorrow'
			: `in ${list([years && plural(years, 'year'), months && plural(months, 'month'), days && plural(days, 'day')].filter((part): part is string => Boolean(part)))}`;
	return `turns ${limit} on ${formatDate(wait.on)}, ${time}`;
}

/** "in up to 1 year", "in 1 year and 2 months", "tomorrow", "reached during Year 8": how long, for a headline. */
export function shortWait(wait: Wait, words: VerdictWords): string {
	if (wait.by === 'years') return fill(words.waits.years, { time: plural(wait.years, 'year') });
	if (wait.by === 'year-group')
		return wait.during > 13
			? words.waits['after-school']
			: fill(words.waits['year-group'], { yearGroup: yearGroupName(wait.during) });
	const { years, months, days } = wait;
	if (years === 0 && months === 0 && days === 1) return words.waits.tomorrow;
	const time = list(
		[
			years && plural(years, 'year'),
			months && plural(months, 'month'),
			days && plural(days, 'day'),
		].filter((part): part is string => Boolean(part))
	);
	return fill(words.waits.birth, { time });
}

/**
 * The one answer that comes first: the minimum age and the PEGI rating together, the stricter for this child leading.
 * "Not suitable yet: PEGI 18, adults only"; "Old enough: the minimum age is 13, and PEGI 12 fits too".
 */
export function headline(verdict: AppVerdict, words: VerdictWords, pegiNames: PegiNames): string {
	const { app, lead, terms, pegi } = verdict;
	const values = {
		app: app.name,
		minimum: terms?.limit.age ?? '',
		rating: pegi?.limit.age ?? '',
		ratingName: pegi ? pegiNames[`${pegi.limit.age as PegiRating}`] : '',
	};
	if (verdict.kind === 'unknown' || !lead) return fill(words.headlines.unknown, values);
	if (verdict.kind === 'meets')
		return fill(
			words.headlines[terms && pegi ? 'meets-both' : terms ? 'meets-terms' : 'meets-pegi'],
			values
		);
	if (verdict.kind === 'spans')
		return fill(words.headlines[lead.limit.by === 'terms' ? 'spans-terms' : 'spans-pegi'], values);
	const wait = lead.standing.kind === 'not-yet' ? shortWait(lead.standing.wait, words) : '';
	return fill(words.headlines[lead.limit.by === 'terms' ? 'not-yet-terms' : 'not-yet-pegi'], {
		...values,
		wait,
	});
}

/** What the minimum age in the terms means for this child, in a sentence under the headline. */
export function termsLine(
	app: App,
	judged: Judged | undefined,
	age: ChildAge,
	words: VerdictWords
): string {
	if (!app.minimumAge || !judged) return fill(words.details['terms-unknown'], { app: app.name });
	const minimum = app.minimumAge.age;
	const { standing } = judged;
	const values = {
		app: app.name,
		minimum,
		child: describeChild(age),
		Child: capitalise(describeChild(age)),
	};
	if (standing.kind === 'meets') return fill(words.details['terms-meets'], values);
	if (standing.kind === 'spans') return fill(words.details['terms-spans'], values);
	return fill(words.details['terms-not-yet'], {
		...values,
		wait: describeWait(standing.wait, minimum),
	});
}

/** What the PEGI rating says about a game for this child, in a sentence under the headline. */
export function pegiLine(
	app: App,
	age: ChildAge,
	standing: Standing | undefined,
	words: VerdictWords
): string | undefined {
	if (!app.pegi || !standing) return undefined;
	const values = {
		title: app.pegi.title,
		rating: app.pegi.rating,
		child: describeChild(age),
		Child: capitalise(describeChild(age)),
	};
	if (standing.kind === 'meets') return fill(words.details['pegi-meets'], values);
	if (standing.kind === 'spans') return fill(words.details['pegi-spans'], values);
	return fill(words.details['pegi-not-yet'], {
		...values,
		wait: describeWait(standing.wait, app.pegi.rating),
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

/** Every source behind an app's facts, each once, as listed in its entry. */
export function sourcesOf(app: App): string[] {
	return app.sources.map((source) => source.url);
}

/** The day the app's sources were last read: the latest `checked` among them. */
export function lastChecked(app: App): string {
	return app.sources
		.map((source) => source.checked)
		.reduce((latest, date) => (date > latest ? date : latest), '');
}

/** "Until 11 April 2024 the minimum age was 16." */
export function historyLines(app: App): string[] {
	return (app.ageHistory ?? []).map(
		(entry) => `Until ${formatDate(entry.until)} the minimum age was ${entry.age}.`
	);
}
