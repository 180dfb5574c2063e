import { storeRating, type App, type Source } from './app';
import { birthday, compareDates, parseDate } from './dates';

/** Facts older than this many years, by the day they were read or the source's own date, may be out of date. */
export const freshYears = 1;

/**
 * Whether a source may be out of date on `today` (YYYY-MM-DD): read more than 12 months before,
 * or dated by its publisher more than 12 months before. A date that cannot be read counts as out of date.
 */
export function isStale(source: Pick<Source, 'checked' | 'published'>, today: string): boolean {
	const now = parseDate(today);
	if (!now) return false;
	const limit = birthday(now, -freshYears);
	return [source.checked, source.published].some((text) => {
		if (text === undefined) return false;
		const date = parseDate(text);
		return !date || compareDates(date, limit) < 0;
	});
}

export interface StaleFact {
	/** Where in the entry: "minimumAge", "pegi", "features[1]", "reporting". */
	field: string;
	source: Source;
}

/** Every current fact of an app that rests on a source that may be out of date on `today` (its age history is history, and does not age). */
export function staleFacts(app: App, today: string): StaleFact[] {
	const byUrl = new Map(app.sources.map((source) => [source.url, source]));
	const facts: [string, string | undefined][] = [
		['minimumAge', app.minimumAge?.source],
		['noMinimumAge', app.noMinimumAge?.source],
		...(app.noMinimumAge?.atAge ?? []).map((band, index): [string, string] => [
			`noMinimumAge.atAge[${index}]`,
			band.source,
		]),
		['pegi', app.pegi?.source],
		['series', app.series?.source],
		['stores.appStore', storeRating(app.stores?.appStore)?.source],
		['stores.googlePlay', storeRating(app.stores?.googlePlay)?.source],
		...app.features.map((feature, index): [string, string] => [
			`features[${index}]`,
			feature.source,
		]),
		['controls', app.controls?.source],
		...(app.changesAt ?? []).map((change, index): [string, string] => [
			`changesAt[${index}]`,
			change.source,
		]),
		['reporting', app.reporting?.source],
	];
	return facts.flatMap(([field, url]) => {
		const source = url === undefined ? undefined : byUrl.get(url);
		return source && isStale(source, today) ? [{ field, source }] : [];
	});
}

/** The addresses of an app's sources that may be out of date on `today`. */
export function staleSources(app: App, today: string): string[] {
	return app.sources.filter((source) => isStale(source, today)).map((source) => source.url);
}
