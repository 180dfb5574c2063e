/** Forgiving matching of typed names: "tik tok", "you tube" and "instagramm" still find the app. */

/**
 * Lower case, accents dropped: "Pokémon" becomes "pokemon". The one normalisation of letters shared by the age
 * checker's names and the search box's words (src/lib/search-query.ts).
 */
export function plainLetters(text: string): string {
	return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Lower case, without accents or punctuation, spaces collapsed: "Pokémon GO!" becomes "pokemon go". */
export function normalise(text: string): string {
	return plainLetters(text)
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/** Normalised, with no spaces at all, so that "tik tok", "tik-tok" and "TikTok" are the same: "tiktok". */
export function compact(text: string): string {
	return normalise(text).replace(/ /g, '');
}

/**
 * The fewest single-letter insertions, deletions, substitutions or swaps of two neighbours that turn `a` into `b`
 * (the optimal string alignment distance). Stops counting above `ceiling`, returning `ceiling + 1`.
 */
export function editDistance(a: string, b: string, ceiling = Number.POSITIVE_INFINITY): number {
	const x = [...a];
	const y = [...b];
	if (Math.abs(x.length - y.length) > ceiling) return ceiling + 1;
	let before: number[] = [];
	let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
	for (let i = 1; i <= x.length; i++) {
		const current = [i];
		let best = i;
		for (let j = 1; j <= y.length; j++) {
			const cost = x[i - 1] === y[j - 1] ? 0 : 1;
			let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
			if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1])
				value = Math.min(value, before[j - 2]! + 1);
			current.push(value);
			best = Math.min(best, value);
		}
		if (best > ceiling) return ceiling + 1;
		before = previous;
		previous = current;
	}
	return Math.min(previous[y.length]!, ceiling + 1);
}

/** How many slips a name of this length forgives: none for very short names, one for short ones, two for longer ones. */
export function allowedSlips(length: number): number {
	return length <= 3 ? 0 : length <= 7 ? 1 : 2;
}

/**
 * How close `typed` is to `name`, both compacted: 0 if the same, else the number of slips,
 * or undefined if too far apart to be a slip for that name.
 */
export function closeness(typed: string, name: string): number | undefined {
	const a = compact(typed);
	const b = compact(name);
	if (!a || !b) return undefined;
	const allowed = allowedSlips(Math.min([...a].length, [...b].length));
	const distance = editDistance(a, b, allowed);
	return distance <= allowed ? distance : undefined;
}

/**
 * The items whose names are close to what was typed, closest first, each once. `namesOf` gives every name an item
 * answers to; the first few results are the likeliest "Did you mean …?".
 */
export function closeMatches<T>(
	items: readonly T[],
	typed: string,
	namesOf: (item: T) => string[],
	limit = 3
): T[] {
	return items
		.map((item, index) => ({
			item,
			index,
			distance: Math.min(
				...namesOf(item).map((name) => closeness(typed, name) ?? Number.POSITIVE_INFINITY)
			),
		}))
		.filter(({ distance }) => Number.isFinite(distance))
		.sort((a, b) => a.distance - b.distance || a.index - b.index)
		.slice(0, limit)
		.map(({ item }) => item);
}
