/**
 * How the site's search reads what people type. Pagefind finds only pages that hold every word of a
 * query, so a sentence ("my son wants snapchat is he old enough") finds nothing. Here a query becomes a
 * few concepts (the words that carry meaning, people's words mapped to the site's, misspellings
 * corrected against the site's own words); each is searched on its own, and the pages are ranked by how
 * much of the query they match, then by Pagefind's own score. Pure: the index is passed in.
 */

/** People's words and the site's words for the same thing: "nudes" is searched as "indecent image". */
export interface Synonym {
	/** What people type: single words or phrases, lower case. */
	words: readonly string[];
	/** The site's own words for it. */
	means: string;
}

/** One thing the reader asked about, and what to search for it. */
export interface Concept {
	/** The reader's own word(s). */
	typed: string;
	/** What is searched: the typed word, or the site's words for it. */
	term: string;
	/** Whether `term` is a synonym's: then the typed words are searched too, their pages counting half. */
	synonym?: boolean;
	/** Where the typed words start and end in the query, counted in words. */
	from: number;
	to: number;
}

/** One page that Pagefind matched, with its own score. */
export interface Hit {
	id: string;
	score: number;
}

/** The pages found for one part of the query, and how much that part counts. */
export interface HitGroup {
	typed: string;
	hits: readonly Hit[];
	/** 1 for a concept; less for a place or app name ("on tiktok") or for a pair of neighbouring words. */
	weight: number;
	/**
	 * How many pages to count the part as matching, for how rare it is, if not its hits: a synonym's meaning
	 * matches fewer pages than its hits, which include its words as typed; a pair is no rarer than its rarer word.
	 */
	pages?: number;
}

/** A page in the merged results. */
export interface RankedHit {
	id: string;
	/** How much of the query the page matches, 0 to 1, each concept counting by how rare it is on the site. */
	coverage: number;
	/** The parts of the query it matches, by their typed words. */
	matched: string[];
}

export interface SearchOutcome {
	results: RankedHit[];
	/** Words searched as another word of the site's: ["complane", "complain"]. */
	corrections: [typed: string, searched: string][];
	concepts: Concept[];
}

export interface SearchIndex {
	/** Searches the index for a term (as Pagefind's `search` does): every page holding all its words. */
	search: (term: string) => Promise<Hit[]>;
	/** The site's own words, with how often each is used. */
	vocabulary: ReadonlyMap<string, number>;
	synonyms?: readonly Synonym[];
	/** Words that say where something happened rather than what ("tiktok"): they count half. */
	placeWords?: ReadonlySet<string>;
	/** How many pages the index holds. */
	pageCount?: number;
}

/** Words that carry no meaning on their own in a question: "what do I do if…". */
export const stopWords: ReadonlySet<string> = new Set(
	(
		'a about above after again against all am an and any anyone anything are as at be because been being below between both but by ' +
		'can cant could couldnt did didnt do does doesnt doing done dont down during each either else even ever every everyone few for from ' +
		'get gets getting got gonna had hadnt has hasnt have havent having he her here hers herself him himself his how however i id if ill im ' +
		'in into is isnt it its itself ive just know let lets like me might mine more most much must my myself need needs no nor not now of ' +
		'off ok okay on once one only or other our ours ourselves out over own please pls really said same say says she should shouldnt so ' +
		'some someone somebody something still such than that thats the their theirs them themselves then there theres these they theyre ' +
		'thing things think this those though through thru to too u under until up ur us very want wanted wants was wasnt way we well were ' +
		'werent what whats when where whether which while who whom whos why will with without wont would wouldnt ya yeah yes yet you youd ' +
		'youre your yours yourself back started start starts starting stay staying till alright happened happen happens going go goes tell told help ask asked keep kept put make made ' +
		'also enough lot lots really right sure tho try trying use used using ' +
		// Words that say when or how something was said, not what: "someone has written…", "going round", "last".
		'written wrote write writes around round last latest'
	).split(' ')
);

/**
 * Words that say who, on what or in what form rather than what about ("my child's teacher", "on her phone",
 * "videos", "a year 9 girl"): they count half, as apps' names and numbers do.
 */
export const contextWords: ReadonlySet<string> = new Set(
	(
		'child children kid kids son daughter mum dad parent parents girl girls boy boys year years ' +
		'phone phones tablet laptop ipad computer video videos clip clips content stuff'
	).split(' ')
);

/** Whether a word only says who, where or how old ("tiktok", "year", "9"): such a word counts half. */
export function isContextWord(word: string, placeWords?: ReadonlySet<string>): boolean {
	return /^\d+$/.test(word) || contextWords.has(word) || Boolean(placeWords?.has(word));
}

/** Lower case, plain letters, straight apostrophes dropped: "Daughter’s Café" → "daughters cafe". */
export function normalise(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/['‘’`´]s\b/g, '')
		.replace(/['‘’`´]/g, '');
}

/** The words of a text, in order: letters and digits only. */
export function words(text: string): string[] {
	return normalise(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The synonyms by their first word, longest phrase first, for matching phrases in a query. */
function synonymsByFirstWord(
	synonyms: readonly Synonym[]
): Map<string, { typed: string[]; means: string }[]> {
	const byFirst = new Map<string, { typed: string[]; means: string }[]>();
	for (const synonym of synonyms) {
		for (const phrase of synonym.words) {
			const typed = words(phrase);
			const first = typed[0];
			if (!first) continue;
			const list = byFirst.get(first) ?? [];
			list.push({ typed, means: synonym.means });
			byFirst.set(first, list);
		}
	}
	for (const list of byFirst.values()) list.sort((a, b) => b.typed.length - a.typed.length);
	return byFirst;
}

/** The concepts of a query: its meaningful words, with people's phrases mapped to the site's words. */
export function planQuery(text: string, synonyms: readonly Synonym[] = []): Concept[] {
	const typed = words(text).slice(0, 24);
	const byFirst = synonymsByFirstWord(synonyms);
	const concepts: Concept[] = [];
	for (let at = 0; at < typed.length;) {
		const word = typed[at]!;
		const phrase = byFirst
			.get(word)
			?.find((candidate) => candidate.typed.every((part, offset) => typed[at + offset] === part));
		if (phrase) {
			concepts.push({
				typed: phrase.typed.join(' '),
				term: words(phrase.means).join(' '),
				synonym: true,
				from: at,
				to: at + phrase.typed.length,
			});
			at += phrase.typed.length;
			continue;
		}
		if (!stopWords.has(word)) concepts.push({ typed: word, term: word, from: at, to: at + 1 });
		at += 1;
	}
	// A query of stop words alone ("before you") is searched as typed.
	if (concepts.length === 0 && typed.length > 0)
		return [{ typed: typed.join(' '), term: typed.join(' '), from: 0, to: typed.length }];
	// The same concept twice counts once.
	return concepts.filter(
		(concept, index) => concepts.findIndex((other) => other.term === concept.term) === index
	);
}

/** Edit distance with adjacent transpositions ("safegaurding" is one step from "safeguarding"), giving up above `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
	if (Math.abs(a.length - b.length) > limit) return limit + 1;
	let before = Array.from({ length: b.length + 1 }, (_, index) => index);
	let previous = before;
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		let best = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let value = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
				value = Math.min(value, before[j - 2]! + 1);
			row.push(value);
			best = Math.min(best, value);
		}
		if (best > limit) return limit + 1;
		before = previous;
		previous = row;
	}
	return previous[b.length]!;
}

/** How many letters may be wrong in a word of this length. */
const allowedErrors = (length: number) => (length < 5 ? 0 : length < 8 ? 1 : 2);

/**
 * The site's word closest to a misspelt one ("complane" → "complain", "instagramm" → "instagram"), or
 * undefined if none is close. Of equally close words, the one the site uses most.
 */
export function correctWord(
	word: string,
	vocabulary: ReadonlyMap<string, number>
): string | undefined {
	const limit = allowedErrors(word.length);
	if (limit === 0 || /\d/.test(word)) return undefined;
	let best: { word: string; distance: number; count: number } | undefined;
	for (const [candidate, count] of vocabulary) {
		if (
			candidate === word ||
			Math.abs(candidate.length - word.length) > limit ||
			candidate[0] !== word[0]
		)
			continue;
		const distance = editDistance(word, candidate, limit);
		if (distance > limit) continue;
		if (!best || distance < best.distance || (distance === best.distance && count > best.count))
			best = { word: candidate, distance, count };
	}
	return best?.word;
}

/** Corrects each word of a term that the site does not use; the term unchanged if it needs nothing. */
function correctTerm(term: string, vocabulary: ReadonlyMap<string, number>): string {
	return term
		.split(' ')
		.map((word) => (vocabulary.has(word) ? word : (correctWord(word, vocabulary) ?? word)))
		.join(' ');
}

/** Scores from 0 to 1, the best hit 1. */
export function normalised(hits: readonly Hit[]): Map<string, number> {
	const valid = (score: number) => (Number.isFinite(score) ? Math.max(0, score) : 0);
	const top = Math.max(0, ...hits.map((hit) => valid(hit.score)));
	return new Map(hits.map((hit) => [hit.id, top > 0 ? valid(hit.score) / top : 1]));
}

/**
 * Merges the pages found for each part of the query. A page scores for each part it matches, weighted by
 * how rare that part is on the site (so "snapchat" counts for more than "school") and by how well Pagefind
 * ranks the page for it; a one-word search keeps Pagefind's own order.
 */
export function rankHits(groups: readonly HitGroup[], pageCount?: number): RankedHit[] {
	const scores = groups.map((group) => normalised(group.hits));
	const pages = new Set(scores.flatMap((score) => [...score.keys()]));
	const total = Math.max(pageCount ?? 0, pages.size, 1);
	// How rare a part is on the site: a synonym by the pages its meaning finds, not its words as typed.
	const weights = scores.map((score, at) => {
		const pages = Math.max(1, groups[at]!.pages ?? score.size);
		return score.size === 0 ? 0 : groups[at]!.weight * Math.log((total + 1) / pages);
	});
	const weightSum = weights.reduce((sum, weight) => sum + weight, 0) || 1;
	const ranked = [...pages].map((id) => {
		let coverage = 0;
		let score = 0;
		const matched: string[] = [];
		scores.forEach((byPage, at) => {
			const value = byPage.get(id);
			// A passing mention (a word in a long table) is not a match.
			if (value === undefined || value < 0.05) return;
			coverage += weights[at]!;
			score += weights[at]! * (0.25 + 0.75 * Math.sqrt(value));
			matched.push(groups[at]!.typed);
		});
		score /= weightSum;
		return { id, coverage: coverage / weightSum, matched, score };
	});
	ranked.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
	// Pages that match only a small part of a long query are noise.
	const best = ranked[0]?.score ?? 0;
	return ranked
		.filter((hit) => hit.score >= best * 0.4)
		.map(({ id, coverage, matched }) => ({ id, coverage, matched }));
}

/** A synonym's pages, then the pages with the words as typed, which count half: "privacy settings" finds the apps' settings first. */
function withTypedWords(meant: readonly Hit[], typed: readonly Hit[]): Hit[] {
	const scores = normalised(meant);
	for (const [id, score] of normalised(typed))
		scores.set(id, Math.max(scores.get(id) ?? 0, score / 2));
	return [...scores].map(([id, score]) => ({ id, score }));
}

const bestScore = (hits: readonly Hit[]) =>
	Math.max(0, ...hits.map((hit) => (Number.isFinite(hit.score) ? hit.score : 0)));

const safely = async (search: SearchIndex['search'], term: string): Promise<Hit[]> => {
	try {
		const hits = await search(term);
		return Array.isArray(hits) ? hits.filter((hit) => typeof hit?.id === 'string') : [];
	} catch {
		return [];
	}
};

/** Searches a query as described above. Never throws; every result is a page the index returned. */
export async function searchQuery(text: string, index: SearchIndex): Promise<SearchOutcome> {
	const concepts = planQuery(String(text ?? ''), index.synonyms ?? []);
	if (concepts.length === 0) return { results: [], corrections: [], concepts };
	const corrections: [string, string][] = [];
	const meantPages = new Map<Concept, number>();
	// Neighbouring words are also searched as a pair ("friend request"), at the same time as each word.
	const neighbours = concepts
		.slice(1)
		.flatMap((concept, at) =>
			concepts[at]!.to === concept.from ? [[concepts[at]!, concept] as const] : []
		);
	// A page with the two words side by side counts fully; one with both apart ("NSPCC’s helpline") counts half.
	const pairSearch = async (first: Concept, second: Concept) => {
		const words = `${first.term} ${second.term}`;
		const [together, apart] = await Promise.all([
			safely(index.search, `"${words}"`),
			safely(index.search, words),
		]);
		return withTypedWords(together, apart);
	};
	const [hitsByConcept, firstPairHits] = await Promise.all([
		Promise.all(
			concepts.map(async (concept) => {
				if (concept.synonym) {
					// The words as typed too, if the site uses them all (Pagefind would drop the others and match the rest).
					const typed = words(concept.typed).filter((word) => !stopWords.has(word));
					const known = typed.length > 0 && typed.every((word) => index.vocabulary.has(word));
					const [meant, asTyped] = await Promise.all([
						safely(index.search, concept.term),
						known ? safely(index.search, typed.join(' ')) : [],
					]);
					meantPages.set(concept, meant.length);
					return withTypedWords(meant, asTyped);
				}
				// A word the site never uses may be misspelt: then Pagefind's own loose matches for it count half.
				// Unless Pagefind matches it better as typed ("sending" is "send", not "spending").
				const corrected = correctTerm(concept.term, index.vocabulary);
				const [hits, meant] = await Promise.all([
					safely(index.search, concept.term),
					corrected === concept.term ? [] : safely(index.search, corrected),
				]);
				if (meant.length === 0 || bestScore(meant) <= bestScore(hits)) return hits;
				corrections.push([concept.typed, corrected]);
				concept.term = corrected;
				return withTypedWords(meant, hits);
			})
		),
		Promise.all(neighbours.map(([first, second]) => pairSearch(first, second))),
	]);
	const context = (concept: Concept) =>
		concept.term.split(' ').every((word) => isContextWord(word, index.placeWords));
	const groups: HitGroup[] = concepts.map((concept, at) => ({
		typed: concept.typed,
		hits: hitsByConcept[at]!,
		weight: context(concept) ? 0.5 : 1,
		// A synonym whose meaning finds nothing counts by its words as typed.
		...(meantPages.get(concept) ? { pages: meantPages.get(concept)! } : {}),
	}));
	const weightOf = (concept: Concept) => groups[concepts.indexOf(concept)]!.weight;
	// A pair with a corrected word is searched again, as corrected; a pair counts half its lesser word.
	const pairHits = await Promise.all(
		neighbours.map(([first, second], at) =>
			corrections.some(([typed]) => typed === first.typed || typed === second.typed)
				? pairSearch(first, second)
				: firstPairHits[at]!
		)
	);
	// Neighbouring words are searched as a phrase too ("friend request"). A pair with a word the site never
	// uses ("child saw") is left out.
	const found = (concept: Concept) => hitsByConcept[concepts.indexOf(concept)]!.length > 0;
	const pagesOf = (concept: Concept) => {
		const group = groups[concepts.indexOf(concept)]!;
		return group.pages ?? group.hits.length;
	};
	neighbours.forEach(([first, second], at) => {
		if (!found(first) || !found(second)) return;
		groups.push({
			typed: `${first.typed} ${second.typed}`,
			hits: pairHits[at]!,
			weight: 0.25 * Math.min(weightOf(first), weightOf(second)),
			pages: Math.max(pairHits[at]!.length, Math.min(pagesOf(first), pagesOf(second))),
		});
	});
	return { results: rankHits(groups, index.pageCount), corrections, concepts };
}

/**
 * A page titled with just what was asked for comes before pages whose titles add to it: "snapchat" gives the
 * Snapchat guide before "Snapchat My AI", "fifa" (EA Sports FC) before "EA Sports FC Mobile". Other pages keep their
 * order.
 */
export function preferNamedPages<T extends { id: string }>(
	results: readonly T[],
	titleOf: (id: string) => string | undefined,
	concepts: readonly Concept[]
): T[] {
	const named = concepts.flatMap((concept) =>
		[concept.term, concept.typed].map((text) => words(text).join(' '))
	);
	const title = (result: T) => words(titleOf(result.id) ?? '').join(' ');
	const ordered = [...results];
	for (const name of named) {
		if (!name) continue;
		const exact = ordered.findIndex((result) => title(result) === name);
		const longer = ordered.findIndex((result) => title(result).startsWith(`${name} `));
		if (exact > longer && longer !== -1) ordered.splice(longer, 0, ...ordered.splice(exact, 1));
	}
	return ordered;
}

/** How often each word of the texts is used: the site's vocabulary, for correcting misspellings. */
export function countWords(texts: readonly string[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const text of texts) {
		for (const word of words(text)) {
			if (word.length < 3 || /^\d+$/.test(word)) continue;
			counts.set(word, (counts.get(word) ?? 0) + 1);
		}
	}
	return counts;
}

/**
 * Apps' nicknames as synonyms ("insta" → "Instagram"), leaving out any whose words the site already uses
 * for something else ("family link").
 */
export function aliasSynonyms(
	apps: readonly { name: string; aliases: readonly string[] }[],
	vocabulary: ReadonlyMap<string, number>
): Synonym[] {
	return apps.flatMap(({ name, aliases }) => {
		const means = name.replace(/\(.*?\)|:.*$/g, '').trim();
		const typed = aliases
			.map((alias) => words(alias).join(' '))
			.filter((alias) => alias && words(alias).some((word) => !vocabulary.has(word)));
		return typed.length > 0 && words(means).length > 0 ? [{ words: typed, means }] : [];
	});
}
