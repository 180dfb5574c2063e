import { pegiRuleRatings, type App, type AtAge, type PegiRating } from './app';
import { closeMatches, compact, normalise } from './fuzzy';
import {
	ageOn,
	birthday,
	compareDates,
	parseDate,
	timeUntil,
	toIso,
	type CalendarDate,
} from './dates';

/** How the person gave the child's age: in years, as a date of birth, or as a school year in England. */
export type AgeMode = 'years' | 'birth' | 'year-group';
export type Field = 'app' | AgeMode;

export interface CheckInput {
	app: string;
	mode: AgeMode;
	/** What was typed or chosen for the age, as text. */
	age: string;
	/** Today's date, YYYY-MM-DD. */
	today: string;
}

/** The child's age: exact in years, or a range for a year group. */
export type ChildAge =
	| { mode: 'years'; years: number }
	| { mode: 'birth'; years: number; birth: CalendarDate; today: CalendarDate }
	| { mode: 'year-group'; yearGroup: number; youngest: number; oldest: number };

/** Everything that can be wrong with what was typed; each has its message in content/data/age-checker.yaml. */
export const errorCodes = [
	'app-missing',
	'years-missing',
	'years-not-whole',
	'years-out-of-range',
	'birth-missing',
	'birth-not-a-date',
	'birth-future',
	'birth-too-old',
	'year-group-missing',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

/** What is wrong with one field, and the numbers its message may use ({oldest}, {years}). */
export interface FieldError {
	field: Field;
	code: ErrorCode;
	values?: Record<string, number>;
}

/** How long until a child reaches an age limit, as exactly as their age was given. */
export type Wait =
	/** From an age in whole years: up to this many years. */
	| { by: 'years'; years: number }
	/** From a date of birth: the birthday, and the time from today until it. */
	| { by: 'birth'; on: string; years: number; months: number; days: number }
	/** From a school year: pupils reach it during school year `during` (0 is Reception), `years` school years from now. */
	| { by: 'year-group'; during: number; years: number };

/** Whether a child of this age meets an age limit: all of them, not yet, or (for a year group) some. */
export type Standing =
	| { kind: 'meets' }
	| { kind: 'not-yet'; wait: Wait }
	| { kind: 'spans'; youngest: number; oldest: number };

/**
 * An age limit: the minimum age in the platform's own terms, a game's PEGI rating, or, for a yearly series whose
 * current edition we could not read, the lowest rating of its main editions (`highest` the highest).
 */
export type Limit =
	| { by: 'terms'; age: number }
	| { by: 'pegi'; age: PegiRating }
	| { by: 'series'; age: PegiRating; highest: PegiRating };
/** A limit, and where this child stands against it. */
export type Judged = { limit: Limit } & { standing: Standing };

/**
 * One answer for one app and one child, from its minimum age and its PEGI rating together: `kind` is the stricter
 * of the two for this child, and `lead` the limit that decides it (none when neither is known).
 * `depends`: there is no age to meet; what applies depends on how it is set up (an app whose terms set no minimum
 * age, with nothing stricter), or on the edition (a series whose editions are rated differently around this age).
 * `unknown` only when nothing is known: no minimum age, no "no minimum age", no rating, no series.
 */
export const overallKinds = ['meets', 'not-yet', 'spans', 'depends', 'unknown'] as const;
export type Overall = (typeof overallKinds)[number];
export interface AppVerdict {
	kind: Overall;
	app: App;
	age: ChildAge;
	lead?: Judged | undefined;
	terms?: Judged | undefined;
	pegi?: Judged | undefined;
	/** For an app whose terms set no minimum age: what applies to this child, by age (for a year group, each band it spans). */
	atAge?: AtAge[] | undefined;
}

export type Verdict =
	| { kind: 'invalid'; errors: FieldError[] }
	| { kind: 'unknown-app'; query: string; suggestions: App[] }
	| AppVerdict;

export const oldestChild = 18;
/** School years in England: 0 is Reception, then Year 1 to Year 13. */
export const yearGroups = Array.from({ length: 14 }, (_, index) => index);

export { normalise };

/** What the checker needs to find an app by name, before the rest of its facts have loaded. */
export type Named = Pick<App, 'id' | 'name' | 'aliases'>;

/** Apps' ids, names and aliases, compact for a page: one app a line, its id, name and aliases joined by "|". */
export function nameLines(apps: readonly Named[]): string {
	return apps.map(({ id, name, aliases }) => [id, name, ...aliases].join('|')).join('\n');
}

/** The apps' names back from `nameLines`. */
export function readNameLines(text: string): Named[] {
	return text
		.split('\n')
		.filter(Boolean)
		.map((line) => {
			const [id = '', name = '', ...aliases] = line.split('|');
			return { id, name, aliases };
		});
}

/** Its name, the name without any aside in brackets ("X (formerly Twitter)" is also "X"), and its aliases. */
export function names(app: Named): string[] {
	return [app.name, app.name.replace(/\s*\([^)]*\)/g, ''), ...app.aliases].map(normalise);
}

/**
 * The app whose name or alias is what was typed, ignoring case, accents, punctuation and spaces:
 * "tik-tok" and "you tube" find TikTok and YouTube. A misspelling finds nothing here: see `closeApps`.
 */
export function findApp<T extends Named>(apps: readonly T[], query: string): T | undefined {
	const wanted = normalise(query);
	if (!wanted) return undefined;
	const exact = apps.find((app) => names(app).includes(wanted));
	if (exact) return exact;
	const squeezed = compact(query);
	// Without spaces, very short names ("x", "wa") would match too much; they must be typed as they are.
	return squeezed.length < 4
		? undefined
		: apps.find((app) => names(app).some((name) => compact(name) === squeezed));
}

/** Apps whose names are a slip or two away from what was typed, closest first: "instagramm" is close to Instagram. */
export function closeApps<T extends Named>(apps: readonly T[], query: string, limit = 3): T[] {
	return closeMatches(apps, query, names, limit);
}

/**
 * Apps matching what has been typed so far, best first: exact names, then names and aliases that start with it (also
 * with the spaces left out, so "snap chat" finds Snapchat and "gta5" GTA 5), then those with a word that starts with
 * it, then those that contain it; then, if that leaves room, names a slip or two away ("snapchta").
 */
export function suggestApps<T extends Named>(apps: readonly T[], query: string, limit = 8): T[] {
	const wanted = normalise(query);
	if (!wanted) return apps.slice(0, limit);
	const squeezed = compact(query);
	const rank = (app: T): number => {
		const all = names(app);
		if (all.includes(wanted)) return 0;
		if (all.some((name) => name.startsWith(wanted))) return 1;
		if (squeezed.length >= 3 && all.some((name) => compact(name).startsWith(squeezed))) return 2;
		if (all.some((name) => name.split(' ').some((word) => word.startsWith(wanted)))) return 3;
		if (all.some((name) => name.includes(wanted))) return 4;
		return 5;
	};
	const matched = apps
		.map((app) => ({ app, rank: rank(app) }))
		.filter(({ rank }) => rank < 5)
		.sort((a, b) => a.rank - b.rank || a.app.name.localeCompare(b.app.name))
		.slice(0, limit)
		.map(({ app }) => app);
	if (matched.length >= limit || wanted.length < 4) return matched;
	const close = closeApps(apps, query, limit).filter((app) => !matched.includes(app));
	return [...matched, ...close].slice(0, limit);
}

/** "7", "Year 7", "Y7", "R" or "Reception" as a school year number (0 for Reception), or undefined. */
function readYearGroup(text: string): number | undefined {
	if (/^(r|reception)$/i.test(text)) return 0;
	const match = /^(?:year\s*|y)?(\d{1,2})$/i.exec(text);
	const year = match ? Number(match[1]) : NaN;
	return yearGroups.includes(year) ? year : undefined;
}

/** Reads the child's age from what was typed, or says what is wrong with it (its message is in the words). */
export function readAge(mode: AgeMode, text: string, todayText: string): ChildAge | FieldError {
	const value = text.trim();
	if (mode === 'years') {
		if (!value) return { field: mode, code: 'years-missing' };
		if (!/^[+-]?\d+$/.test(value)) return { field: mode, code: 'years-not-whole' };
		const years = Number(value);
		if (years < 0 || years > oldestChild)
			return { field: mode, code: 'years-out-of-range', values: { oldest: oldestChild } };
		return { mode, years };
	}
	if (mode === 'birth') {
		if (!value) return { field: mode, code: 'birth-missing' };
		const birth = parseDate(value);
		const today = parseDate(todayText);
		if (!birth || !today) return { field: mode, code: 'birth-not-a-date' };
		if (compareDates(birth, today) > 0) return { field: mode, code: 'birth-future' };
		const years = ageOn(birth, today);
		if (years > oldestChild)
			return { field: mode, code: 'birth-too-old', values: { years, oldest: oldestChild } };
		return { mode, years, birth, today };
	}
	const yearGroup = readYearGroup(value);
	if (yearGroup === undefined) return { field: mode, code: 'year-group-missing' };
	// In England a pupil in Year N is N + 4 on 1 September and turns N + 5 during the school year (Reception: 4, then 5).
	return { mode, yearGroup, youngest: yearGroup + 4, oldest: yearGroup + 5 };
}

/** Whether a child of this age meets `limit`, and if not, when they will. */
export function standing(age: ChildAge, limit: number): Standing {
	if (age.mode === 'year-group') {
		if (age.youngest >= limit) return { kind: 'meets' };
		if (age.oldest < limit) {
			// Pupils turn `limit` during the school year in which the year group's oldest age is `limit`.
			const during = limit - 5;
			return { kind: 'not-yet', wait: { by: 'year-group', during, years: during - age.yearGroup } };
		}
		return { kind: 'spans', youngest: age.youngest, oldest: age.oldest };
	}
	if (age.years >= limit) return { kind: 'meets' };
	if (age.mode === 'years')
		return { kind: 'not-yet', wait: { by: 'years', years: limit - age.years } };
	const on = birthday(age.birth, limit);
	return { kind: 'not-yet', wait: { by: 'birth', on: toIso(on), ...timeUntil(age.today, on) } };
}

/** The whole check: never throws, whatever it is given. */
export function checkAge(apps: readonly App[], input: CheckInput): Verdict {
	const errors: FieldError[] = [];
	const query = typeof input?.app === 'string' ? input.app : '';
	if (!normalise(query)) errors.push({ field: 'app', code: 'app-missing' });
	const mode: AgeMode =
		input?.mode === 'birth' || input?.mode === 'year-group' ? input.mode : 'years';
	const ageText =
		typeof input?.age === 'string'
			? input.age
			: typeof input?.age === 'number'
				? String(input.age)
				: '';
	const age = readAge(mode, ageText, typeof input?.today === 'string' ? input.today : '');
	if ('field' in age) errors.push(age);
	if (errors.length > 0 || 'field' in age) return { kind: 'invalid', errors };

	const app = findApp(apps, query);
	if (!app)
		return { kind: 'unknown-app', query: query.trim(), suggestions: didYouMean(apps, query) };
	return judge(app, age);
}

/** "Did you mean …?": close spellings first, then names that contain what was typed; three at most. */
export function didYouMean<T extends Named>(apps: readonly T[], query: string): T[] {
	return [...new Set([...closeApps(apps, query, 3), ...suggestApps(apps, query, 3)])].slice(0, 3);
}

/** The stricter of the not-met limits decides: the one with the highest age. On a tie, the terms. */
function strictest(judged: Judged[]): Judged | undefined {
	return judged.reduce<Judged | undefined>(
		(best, next) => (!best || next.limit.age > best.limit.age ? next : best),
		undefined
	);
}

/** The bands of `atAge` that apply to a child of this age: one, or for a year group each band its ages reach. */
export function bandsFor(atAge: readonly AtAge[], age: ChildAge): AtAge[] {
	const [youngest, oldest] =
		age.mode === 'year-group' ? [age.youngest, age.oldest] : [age.years, age.years];
	const sorted = [...atAge].sort((a, b) => a.from - b.from);
	return sorted.filter((band, index) => {
		const next = sorted[index + 1]?.from ?? Infinity;
		return band.from <= oldest && next > youngest;
	});
}

/** One app for one child: its minimum age and its PEGI rating (or its series' ratings) together, the stricter leading. */
export function judge(app: App, age: ChildAge): AppVerdict {
	const terms: Judged | undefined = app.minimumAge && {
		limit: { by: 'terms', age: app.minimumAge.age },
		standing: standing(age, app.minimumAge.age),
	};
	const ratings = [
		...(app.series?.ratings ?? []),
		...(app.series?.rules ?? []).map((rule) => pegiRuleRatings[rule]),
	];
	const lowest = ratings.length > 0 ? (Math.min(...ratings) as PegiRating) : undefined;
	const highest = ratings.length > 0 ? (Math.max(...ratings) as PegiRating) : undefined;
	const pegi: Judged | undefined = app.pegi
		? { limit: { by: 'pegi', age: app.pegi.rating }, standing: standing(age, app.pegi.rating) }
		: lowest !== undefined && highest !== undefined
			? { limit: { by: 'series', age: lowest, highest }, standing: standing(age, lowest) }
			: undefined;
	const atAge = app.noMinimumAge && bandsFor(app.noMinimumAge.atAge, age);
	const known = [terms, pegi].filter((judged): judged is Judged => Boolean(judged));
	const base = {
		app,
		age,
		...(terms && { terms }),
		...(pegi && { pegi }),
		...(atAge && { atAge }),
	};
	if (known.length === 0) return { ...base, kind: app.noMinimumAge ? 'depends' : 'unknown' };
	const notYet = strictest(known.filter((judged) => judged.standing.kind === 'not-yet'));
	if (notYet) return { ...base, kind: 'not-yet', lead: notYet };
	const spans = strictest(known.filter((judged) => judged.standing.kind === 'spans'));
	if (spans) return { ...base, kind: 'spans', lead: spans };
	// A series' lowest rating is met: if its highest is not, it depends on the edition.
	if (pegi?.limit.by === 'series' && standing(age, pegi.limit.highest).kind !== 'meets')
		return { ...base, kind: 'depends', lead: pegi };
	// No minimum age and nothing else to meet but a rating met: the rating leads; settings still matter.
	return { ...base, kind: 'meets', lead: terms ?? pegi };
}

/** Every app's verdict for one child, grouped by the same combined answer as the checker gives for one app. */
export type AgeGroups = Record<Overall, AppVerdict[]>;

export function appsForAge(apps: readonly App[], age: ChildAge): AgeGroups {
	const groups: AgeGroups = { meets: [], spans: [], 'not-yet': [], depends: [], unknown: [] };
	for (const app of apps) {
		const verdict = judge(app, age);
		groups[verdict.kind].push(verdict);
	}
	return groups;
}

/** The ages from `youngest` to `oldest` at which an app's answer is "not known". */
export function unknownAges(app: App, youngest: number, oldest: number): number[] {
	const ages: number[] = [];
	for (let years = youngest; years <= oldest; years++)
		if (judge(app, { mode: 'years', years }).kind === 'unknown') ages.push(years);
	return ages;
}

/**
 * What is wrong with the apps against the list of the most used: an id not in the apps, a listed app that answers
 * "not known" at any age in the range, or more than `maxUnknown` apps in all that do. Each problem is a message.
 */
export function answerGaps(
	apps: readonly App[],
	list: { apps: readonly string[]; ages: { youngest: number; oldest: number }; maxUnknown: number }
): { id: string; field: 'apps' | 'minimumAge'; message: string }[] {
	const { youngest, oldest } = list.ages;
	const byId = new Map(apps.map((app) => [app.id, app]));
	const gaps: { id: string; field: 'apps' | 'minimumAge'; message: string }[] = [];
	for (const id of list.apps) {
		const app = byId.get(id);
		if (!app) {
			gaps.push({ id, field: 'apps', message: `"${id}" is not an id in the apps` });
			continue;
		}
		const ages = unknownAges(app, youngest, oldest);
		if (ages.length > 0)
			gaps.push({
				id,
				field: 'minimumAge',
				message: `is one of the most used apps but answers "not known" at ${ages.join(', ')}: give its minimumAge, noMinimumAge (what applies instead), its pegi rating or its series' ratings`,
			});
	}
	const unknown = apps.filter((app) => unknownAges(app, youngest, oldest).length > 0);
	if (unknown.length > list.maxUnknown)
		gaps.push({
			id: unknown.map((app) => app.id).join(', '),
			field: 'minimumAge',
			message: `${unknown.length} apps answer "not known" at some age from ${youngest} to ${oldest}, more than the ${list.maxUnknown} allowed: give them a minimumAge, noMinimumAge, pegi or series`,
		});
	return gaps;
}

/** The build's message for the gaps: each names the file, the entry and the field, with a hint. */
export function describeAnswerGaps(gaps: ReturnType<typeof answerGaps>): string {
	return `The age checker would answer "not known" where it must not:\n${gaps
		.map(({ id, field, message }) =>
			field === 'apps'
				? `- content/data/most-used-apps.yaml, "apps": ${message}; hint: use the id from content/data/apps.yaml`
				: `- content/data/apps.yaml, entry "${id}": "${field}": ${message}`
		)
		.join('\n')}`;
}

/** PEGI's own site, where any game's rating can be looked up. */
export const pegiSearch = 'https://pegi.info/';
