/**
 * How the site's search reads what people type. Pagefind finds only pages that hold every word of a
 * query, so a sentence ("my son wants snapchat is he old enough") finds nothing. Here a query becomes a
 * few concepts (the words that carry meaning, people's words mapped to the site's, misspellings
 * corrected against the site's own words); each is searched on its own, and the pages are ranked by how
 * much of the query they match, then by Pagefind's own score, then by what kind of page answers that kind
 * of question. Pure: the index is passed in.
 */
import { allowedSlips, editDistance, plainLetters } from './fuzzy';

/** People's words and the site's words for the same thing: "nudes" is searched as "indecent image". */
export interface Synonym {
	/** What people type: single words or phrases, lower case. */
	words: readonly string[];
	/** The site's own words for it. */
	means: string;
	/** The concept it belongs to (content/data/search.yaml), such as "images" or "self-harm". */
	concept?: string;
	/**
	 * For a concept where a child may be at risk: the pages that carry the route for it, in order (their slugs,
	 * such as "tools/worried-about-a-post"). When the concept is recognised, the first of them the site has leads.
	 */
	route?: readonly string[];
	/**
	 * A situation no single phrase names, recognised when the query holds a phrase of each list ("an older boy" and
	 * "wants to meet"): then it is read as `means`. Such an entry has no `words` of its own.
	 */
	together?: readonly (readonly string[])[];
}

/**
 * What kind of page a result is, from its address: the ranking treats an app or device guide, a policy section
 * and a page about the site differently.
 */
export type PageKind =
	| 'policy'
	| 'document'
	| 'helper'
	| 'help'
	| 'guide'
	| 'tool'
	| 'contacts'
	| 'audience'
	| 'lesson'
	| 'about';

/**
 * A page's kind from its slug (its address without the base, no slashes at the ends): "policy/extremism" is a
 * policy section, "apps/roblox" or "devices/xbox" a guide. `helperPages` are the decision helpers' slugs.
 */
export function pageKind(slug: string, helperPages: readonly string[] = []): PageKind {
	const path = slug.replace(/^\/+|\/+$/g, '');
	const [first = '', second] = path.split('/');
	if (helperPages.includes(path)) return 'helper';
	if (path === 'policy/in-full') return 'document';
	if (first === 'policy') return 'policy';
	if (first === 'apps') return 'guide';
	// The devices index lists the guides and says what to set on any device; each device's own page is a guide.
	if (first === 'devices') return second ? 'guide' : 'help';
	if (['help', 'parents', 'staff', 'pupils'].includes(first)) return 'help';
	if (first === 'tools') return 'tool';
	if (first === 'contacts') return 'contacts';
	if (first === 'lessons') return 'lesson';
	if (['', 'index', 'for-parents', 'for-pupils', 'for-staff'].includes(path)) return 'audience';
	return 'about';
}

/** One thing the reader asked about, and what to search for it. */
export interface Concept {
	/** The reader's own word(s). */
	typed: string;
	/** What is searched: the typed word, or the site's words for it. */
	term: string;
	/** Whether `term` is a synonym's: then the typed words are searched too, their pages counting half. */
	synonym?: boolean;
	/** The synonym's concept and, where a child may be at risk, its route (see `Synonym`). */
	concept?: string;
	route?: readonly string[];
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
	/** Whether the part only says who, where or when (see `isContextWord`). */
	context?: boolean;
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
	/** Words that carry meaning but that no page holds ("deepfake"): the results match the rest. */
	unmatched: string[];
	/** The slug of the route page put first because a concept where a child may be at risk was recognised. */
	route?: string;
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
	/** Each page's kind, by its id (pages not listed are treated as a policy section would be). */
	kinds?: ReadonlyMap<string, PageKind>;
	/** Real English words near the site's own ones, never corrected ("apple" is not "apply"). */
	english?: ReadonlySet<string>;
	/** Words that ask about apps or games in general ("apps", "games"): then every guide may compete. */
	generalGuideWords?: ReadonlySet<string>;
	/** The audiences each page is written for, by its id ("Parents", "Pupils", "Staff"); pages not listed are for all. */
	audiences?: ReadonlyMap<string, readonly string[]>;
	/** Words that say who is asking ("my son" a parent, "my mum" a pupil), by audience (see `askerOf`). */
	askers?: readonly Asker[];
	/** The id of the page at a slug ("tools/worried-about-a-post"), if the index has it. */
	pageAt?: (slug: string) => Promise<string | undefined>;
}

/** An audience, and the words by which a question says it comes from one of them. */
export interface Asker {
	audience: string;
	words: readonly string[];
}

/**
 * Who is asking, if the question says so and says only one ("my daughter is…" is a parent, "my mum posted…" a
 * pupil, "a pupil told me…" staff); undefined if it says none, or more than one.
 */
export function askerOf(text: string, askers: readonly Asker[] = []): string | undefined {
	const typed = ` ${words(text).join(' ')} `;
	const found = askers.filter(({ words: phrases }) =>
		phrases.some((phrase) => typed.includes(` ${words(phrase).join(' ')} `))
	);
	return found.length === 1 ? found[0]!.audience : undefined;
}

/**
 * How much a page written only for other readers counts when the question says who is asking: a pupil who
 * writes "people in my class laugh at me" is answered by the pupils' page before the parents' page on the same
 * thing, which tells a parent what to do for their child.
 */
const otherAudienceWeight = 0.7;

/** Words that carry no meaning on their own in a question: "what do I do if…". */
export const stopWords: ReadonlySet<string> = new Set(
	(
		'a about above after again against all am an and another any anyone anything are as at be because been being below between both but by ' +
		'can cant could couldnt did didnt do does doesnt doing done dont down during each either else even ever every everyone few for from ' +
		'get gets getting got gonna had hadnt has hasnt have havent having he her here hers herself him himself his how however i id if ill im ' +
		'in into is isnt it its itself ive just know let lets like me might mine more most much must my myself need needs no nor not now of ' +
		'off ok okay on once one only or other our ours ourselves out over own please pls really said same say says she should shouldnt so ' +
		'some someone somebody something still such than that thats the their theirs them themselves then there theres these they theyre ' +
		'thing things think this those though through thru to too u under until up ur us very want wanted wants was wasnt way we well were ' +
		'werent what whats when where whether which while who whom whos why will with without wont would wouldnt ya yeah yes yet you youd ' +
		'youre your yours yourself back started start starts starting stay staying till alright happened happen happens going go goes tell told help ask asked keep kept put make made ' +
		'also enough lot lots really right sure tho try trying use used using'
	).split(' ')
);

/**
 * Whether a word is a stop word or a form of one ("keeps", "asking", "having", "getting", "saying"): a form of a
 * word that carries no meaning carries none either.
 */
export function isStopWord(word: string): boolean {
	if (stopWords.has(word)) return true;
	const root = /^(.{2,}?)(?:s|es|ed|ing)$/.exec(word)?.[1];
	if (!root) return false;
	const undoubled = /([^aeiou])\1$/.test(root) ? root.slice(0, -1) : root;
	return [root, `${root}e`, undoubled].some((form) => stopWords.has(form));
}

/**
 * Words that say who, on what, in what form or when rather than what about ("my child's teacher", "on her phone",
 * "videos", "a year 9 girl", "for weeks"): they count half, as apps' names and numbers do.
 */
export const contextWords: ReadonlySet<string> = new Set(
	(
		'child children kid kids son daughter mum dad parent parents girl girls boy boys year years ' +
		'phone phones tablet laptop ipad computer video videos clip clips content stuff ' +
		// When: "for weeks", "at the weekend", "last night".
		'day days week weeks weekend weekends month months night nights tonight today yesterday tomorrow ' +
		'morning evening hour hours minute minutes summer holiday holidays term ' +
		'monday tuesday wednesday thursday friday saturday sunday'
	).split(' ')
);

/** How much a word that says who, where or in what form counts ("tiktok", "year", "video"): half. */
const contextWeight = 0.5;
/** How much a pair of neighbouring words counts beside its words: a bonus for a phrase, never more than a word. */
const pairWeight = 0.25;
/**
 * The synonyms without the school's own word for its learners mapped to itself: a site that says "students" maps
 * "pupil" to "student" but searches "student" as typed (search.yaml's `means: '{learner}'`). Only that word: a
 * concept's own name stays among its words ("sextortion"), so that typing it still brings the concept's route.
 */
export function withoutOwnMeaning<T extends Synonym>(synonyms: readonly T[], learner: string): T[] {
	return synonyms.flatMap((synonym) => {
		if (synonym.means !== learner) return [synonym];
		const typed = synonym.words.filter((phrase) => phrase !== learner && phrase !== `${learner}s`);
		return typed.length > 0 ? [{ ...synonym, words: typed }] : [];
	});
}

/** How much a synonym's words as typed count beside its meaning ("privacy settings"): half. */
const typedWordsShare = 0.5;
/** A page scoring under this share of the best page for a word only mentions it in passing: not a match. */
const passingMention = 0.05;
/** The share of a word's weight a page gets for holding it at all; the rest goes by how well Pagefind ranks it. */
const matchFloor = 0.25;
/** Pages scoring under this share of the best page match only a small part of a long query: noise. */
const noiseShare = 0.4;

/** Whether a word only says who, where, when or how old ("tiktok", "year", "9", "2am"): such a word counts half. */
export function isContextWord(word: string, placeWords?: ReadonlySet<string>): boolean {
	return (
		/^\d+(?:am|pm|st|nd|rd|th|s)?$/.test(word) ||
		contextWords.has(word) ||
		// A verb of something happening ("sent", "keeps", "saw") says that it happened, not what about.
		eventWords.has(word) ||
		Boolean(placeWords?.has(word))
	);
}

/** Lower case, plain letters, straight apostrophes dropped: "Daughter’s Café" → "daughters cafe". */
export function normalise(text: string): string {
	return plainLetters(text)
		.replace(/['‘’`´]s\b/g, '')
		.replace(/['‘’`´]/g, '');
}

/** The words of a text, in order: letters and digits only. */
export function words(text: string): string[] {
	// An ending written after an apostrophe ("dm'ing", "dm'd") is the word's own ending: the word is what comes before.
	const plain = normalise(text.replace(/([\p{L}\p{N}]{2,})['‘’`´](?:ing|ed|d)\b/giu, '$1'));
	return plain.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The synonyms by their first word, longest phrase first, for matching phrases in a query. */
function synonymsByFirstWord(
	synonyms: readonly Synonym[]
): Map<string, { typed: string[]; synonym: Synonym }[]> {
	const byFirst = new Map<string, { typed: string[]; synonym: Synonym }[]>();
	for (const synonym of synonyms) {
		for (const phrase of synonym.words) {
			const typed = words(phrase);
			const first = typed[0];
			if (!first) continue;
			const list = byFirst.get(first) ?? [];
			list.push({ typed, synonym });
			byFirst.set(first, list);
		}
	}
	for (const list of byFirst.values()) list.sort((a, b) => b.typed.length - a.typed.length);
	return byFirst;
}

/** The synonyms by first word and by stem, made once for each list of synonyms. */
const lookups = new WeakMap<readonly Synonym[], ReturnType<typeof makeLookup>>();
function synonymLookup(synonyms: readonly Synonym[]) {
	let lookup = lookups.get(synonyms);
	if (!lookup) lookups.set(synonyms, (lookup = makeLookup(synonyms)));
	return lookup;
}
function makeLookup(synonyms: readonly Synonym[]) {
	const byFirst = synonymsByFirstWord(synonyms);
	const byStem = new Map<string, { word: string; synonym: Synonym }>();
	for (const list of byFirst.values())
		for (const candidate of list) {
			if (candidate.typed.length === 1) {
				// The shortest of a stem's words, so that any longer form of it is read as it.
				const word = candidate.typed[0]!;
				const known = byStem.get(stem(word));
				if (!known || word.length < known.word.length)
					byStem.set(stem(word), { word, synonym: candidate.synonym });
			}
		}
	return { byFirst, byStem };
}

/** Words that stand for what a phrasal verb acts on: "take it down". */
const objectPronouns: ReadonlySet<string> = new Set(
	'it them this that these those him her me us'.split(' ')
);

/** The most words of a query that are read: a longer one is pasted text, whose rest adds searches, not meaning. */
const maxQueryWords = 24;

/** The concepts of a query: its meaningful words, with people's phrases mapped to the site's words. */
export function planQuery(text: string, synonyms: readonly Synonym[] = []): Concept[] {
	const typed = words(text).slice(0, maxQueryWords);
	const { byFirst, byStem } = synonymLookup(synonyms);
	/**
	 * How many words of the query from `at` are the phrase, 0 if they are not: its words in order, or with an object
	 * pronoun after the first ("take it down" is "take down", "send them to" "send to").
	 */
	const phraseLength = (parts: readonly string[], at: number): number => {
		if (parts.every((part, offset) => typed[at + offset] === part)) return parts.length;
		const pronoun = typed[at + 1];
		const rest = parts.slice(1);
		return parts.length > 1 &&
			pronoun !== undefined &&
			objectPronouns.has(pronoun) &&
			typed[at] === parts[0] &&
			rest.every((part, offset) => typed[at + 2 + offset] === part)
			? parts.length + 1
			: 0;
	};
	const concepts: Concept[] = [];
	for (let at = 0; at < typed.length;) {
		const word = typed[at]!;
		// A phrase as listed, or a one-word synonym with an ending added ("threatens" for "threaten"), never with
		// one taken away ("friend" is not "friended").
		const listed = byFirst.get(word)?.find((candidate) => phraseLength(candidate.typed, at) > 0);
		const phrase =
			(listed && { ...listed, typed: typed.slice(at, at + phraseLength(listed.typed, at)) }) ??
			((stemmed) =>
				stemmed && !isStopWord(word) && word.length >= stemmed.word.length
					? { typed: [word], synonym: stemmed.synonym }
					: undefined)(byStem.get(stem(word)));
		if (phrase) {
			const { means, concept, route } = phrase.synonym;
			concepts.push({
				typed: phrase.typed.join(' '),
				term: words(means).join(' '),
				synonym: true,
				...(concept ? { concept } : {}),
				...(route?.length ? { route } : {}),
				from: at,
				to: at + phrase.typed.length,
			});
			at += phrase.typed.length;
			continue;
		}
		if (!isStopWord(word)) concepts.push({ typed: word, term: word, from: at, to: at + 1 });
		at += 1;
	}
	// A situation recognised by its parts together ("an older boy" … "wants to meet"), unless named already.
	const typedStems = typed.map(stem);
	const has = (phrase: string) => {
		const parts = words(phrase).map(stem);
		return typedStems.some((_, at) =>
			parts.every((part, offset) => typedStems[at + offset] === part)
		);
	};
	for (const synonym of synonyms) {
		if (!synonym.together?.length || concepts.some((c) => c.concept === synonym.concept)) continue;
		const found = synonym.together.map((list) => list.find(has));
		if (found.some((phrase) => phrase === undefined)) continue;
		concepts.push({
			typed: found.join(' '),
			term: words(synonym.means).join(' '),
			synonym: true,
			...(synonym.concept ? { concept: synonym.concept } : {}),
			...(synonym.route?.length ? { route: synonym.route } : {}),
			// Not a run of neighbouring words: never searched as a pair with one.
			from: -1,
			to: -1,
		});
	}
	// A query of stop words alone ("before you") is searched as typed.
	if (concepts.length === 0 && typed.length > 0)
		return [{ typed: typed.join(' '), term: typed.join(' '), from: 0, to: typed.length }];
	// The same concept twice counts once.
	return concepts.filter(
		(concept, index) => concepts.findIndex((other) => other.term === concept.term) === index
	);
}

export { editDistance };

/**
 * The site's word closest to a misspelt one ("complane" → "complain", "instagramm" → "instagram"), or
 * undefined if none is close. Of equally close words, the one the site uses most. A word in `english` is spelt
 * right, and is never replaced by another ("apple" stays "apple", though the site says "apply").
 */
export function correctWord(
	word: string,
	vocabulary: ReadonlyMap<string, number>,
	english?: ReadonlySet<string>
): string | undefined {
	const limit = allowedSlips(word.length);
	if (limit === 0 || /\d/.test(word) || english?.has(word)) return undefined;
	let best: { word: string; distance: number; count: number } | undefined;
	for (const [candidate, count] of vocabulary) {
		if (
			candidate === word ||
			Math.abs(candidate.length - word.length) > limit ||
			candidate[0] !== word[0]
		)
			continue;
		// A word that carries no meaning is never what a misspelt word meant ("dming" is not "doing"); nor is a word
		// that this one is made of with another ("linkedin" is not "linked" + "in").
		if (isStopWord(candidate)) continue;
		const rest = word.startsWith(candidate) ? word.slice(candidate.length) : '';
		if (rest && (isStopWord(rest) || english?.has(rest))) continue;
		const distance = editDistance(word, candidate, limit);
		if (distance > limit) continue;
		if (!best || distance < best.distance || (distance === best.distance && count > best.count))
			best = { word: candidate, distance, count };
	}
	return best?.word;
}

/** Corrects each word of a term that the site does not use; the term unchanged if it needs nothing. */
function correctTerm(
	term: string,
	vocabulary: ReadonlyMap<string, number>,
	english?: ReadonlySet<string>
): string {
	return term
		.split(' ')
		.map((word) => (vocabulary.has(word) ? word : (correctWord(word, vocabulary, english) ?? word)))
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
 * ranks the page for it; a one-word search keeps Pagefind's own order. `pageWeight` scales a page's score for
 * what kind of page it is (see `kindWeight`).
 */
export function rankHits(
	groups: readonly HitGroup[],
	pageCount?: number,
	pageWeight: (id: string) => number = () => 1
): RankedHit[] {
	const scores = groups.map((group) => normalised(group.hits));
	const pages = new Set(scores.flatMap((score) => [...score.keys()]));
	const total = Math.max(pageCount ?? 0, pages.size, 1);
	// How rare a part is on the site: a synonym by the pages its meaning finds, not its words as typed.
	const rarity = scores.map((score, at) =>
		score.size === 0 ? 0 : Math.log((total + 1) / Math.max(1, groups[at]!.pages ?? score.size))
	);
	// A word that says who, where or when ("2am", "tiktok") is never rarer than the rarest word of what the
	// question is about: it narrows the answer, it is not the answer.
	const about = Math.max(0, ...rarity.filter((_, at) => !groups[at]!.context));
	const weights = rarity.map(
		(value, at) =>
			groups[at]!.weight * (groups[at]!.context && about > 0 ? Math.min(value, about) : value)
	);
	const weightSum = weights.reduce((sum, weight) => sum + weight, 0) || 1;
	const ranked = [...pages].map((id) => {
		let coverage = 0;
		let score = 0;
		const matched: string[] = [];
		scores.forEach((byPage, at) => {
			const value = byPage.get(id);
			// A passing mention (a word in a long table) is not a match.
			if (value === undefined || value < passingMention) return;
			coverage += weights[at]!;
			score += weights[at]! * (matchFloor + (1 - matchFloor) * Math.sqrt(value));
			matched.push(groups[at]!.typed);
		});
		score = (score / weightSum) * pageWeight(id);
		return { id, coverage: coverage / weightSum, matched, score };
	});
	ranked.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
	// Pages that match only a small part of a long query are noise.
	const best = ranked[0]?.score ?? 0;
	return ranked
		.filter((hit) => hit.score >= best * noiseShare)
		.map(({ id, coverage, matched }) => ({ id, coverage, matched }));
}

/** A synonym's pages, then the pages with the words as typed, which count half: "privacy settings" finds the apps' settings first. */
function withTypedWords(meant: readonly Hit[], typed: readonly Hit[]): Hit[] {
	const scores = normalised(meant);
	for (const [id, score] of normalised(typed))
		scores.set(id, Math.max(scores.get(id) ?? 0, score * typedWordsShare));
	return [...scores].map(([id, score]) => ({ id, score }));
}

/**
 * The pages holding a word itself or a form of it (Pagefind's exact search, which stems: "bullied" finds
 * "bully"), scored by Pagefind's loose search. Pagefind's loose search also matches every word that starts
 * with it, and more ("trip" finds pages with no word that starts with "trip"), which says nothing about the page;
 * those count only for the last word of the query while it may still be being typed ("extrem").
 */
async function wholeWords(
	search: SearchIndex['search'],
	term: string,
	stillTyping: boolean
): Promise<Hit[]> {
	const [loose, exact] = await Promise.all([safely(search, term), safely(search, `"${term}"`)]);
	if (exact.length === 0) return stillTyping ? loose : [];
	const whole = new Set(exact.map((hit) => hit.id));
	return loose.filter((hit) => whole.has(hit.id));
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

/**
 * Words that say something happened or is happening ("sent", "posted", "keeps"), beyond those ending in -ed or
 * -ing: a question with one describes a situation.
 */
const eventWords: ReadonlySet<string> = new Set(
	(
		'sent send sends made makes said says told tells put puts took takes wrote writes saw sees found ' +
		'left leaked keeps kept got gets shared shares posted posts threatened threatens showed shows ' +
		'asked asks messaged messages disclosed'
	).split(' ')
);

/** Words ending in -ed or -ing that are not things happening ("something", "bed"). */
const notEvents: ReadonlySet<string> = new Set(
	'something nothing anything everything thing things morning evening bed need needed feed red'.split(
		' '
	)
);

/**
 * Whether a query describes a situation (someone did something, something happened) rather than naming a topic:
 * "a pupil sent me a friend request" does, "friend request" and "when was this policy last reviewed" do not. A
 * situation needs at least `situationWords` words, one of them a verb of something happening and one a person.
 */
export function describesSituation(text: string): boolean {
	const typed = words(text);
	if (typed.length < situationWords) return false;
	const happens = typed.some(
		(word) =>
			eventWords.has(word) ||
			(!notEvents.has(word) && word.length >= shortestEventWord && /(?:ed|ing)$/.test(word))
	);
	return happens && typed.some((word) => personWords.has(word));
}

/** Words for someone who does or undergoes something: a situation has someone in it. */
const personWords: ReadonlySet<string> = new Set(
	(
		'someone somebody anyone people person i me my he she they him her them we us pupil pupils student ' +
		'students child children kid kids son daughter friend friends mate mates parent parents mum dad ' +
		'teacher teachers staff colleague boy boys girl girls man guy ex stranger adult'
	).split(' ')
);

/** The shortest word ending in -ed or -ing read as something happening: shorter ones are not ("bed", "king"). */
const shortestEventWord = 5;

/** The fewest words in a query that describes a situation: two are a topic ("bad review"). */
const situationWords = 3;

/**
 * How much a page of each kind counts, for a question that describes a situation: what to do comes from the
 * decision helpers, the help pages, the policy and the contacts; a page about the site, a lesson, a tool or an
 * audience's overview mentions the same words without answering.
 */
export const situationKindWeight: Readonly<Record<PageKind, number>> = {
	helper: 1,
	help: 1,
	policy: 1,
	contacts: 1,
	// A guide describes its app, and says what to do only in general: named in a situation ("he saw my snap story"),
	// the app is where it happened, and the pages on what happened answer first.
	guide: 0.6,
	// The whole policy repeats every section: the section itself answers better.
	document: 0.6,
	tool: 0.6,
	audience: 0.6,
	lesson: 0.5,
	about: 0.4,
};

/**
 * How much a page of each kind counts for a question that names a topic: all alike, but the whole policy, which
 * holds every section's words, comes after the section that is about them.
 */
export const topicKindWeight: Readonly<Record<PageKind, number>> = {
	...Object.fromEntries(Object.keys(situationKindWeight).map((kind) => [kind, 1])),
	document: 0.8,
} as Record<PageKind, number>;

/**
 * How well a guide must score for an app's or device's name, against the best page for it, to count as named by
 * it: the guide whose name it is scores near the top (its title); a guide that mentions it in passing, far below.
 */
const namedGuideScore = 0.5;

/**
 * The guides a question may get: every guide if it asks about apps or games in general ("what apps are safe"),
 * else only the guides to the apps or devices it names, by their names or nicknames. A guide is full of everyday
 * words (friends, share, chat, photos, report), so without this it crowds out the pages that answer.
 */
export function allowedGuides(
	concepts: readonly Concept[],
	groups: readonly HitGroup[],
	index: Pick<SearchIndex, 'placeWords' | 'generalGuideWords'>
): 'all' | Set<string> {
	const typed = concepts.flatMap((concept) => words(concept.typed));
	if (typed.some((word) => index.generalGuideWords?.has(word))) return 'all';
	const named = new Set<string>();
	concepts.forEach((concept, at) => {
		const names = words(concept.term);
		if (names.length === 0 || !names.every((word) => index.placeWords?.has(word))) return;
		for (const [id, score] of normalised(groups[at]?.hits ?? []))
			if (score >= namedGuideScore) named.add(id);
	});
	return named;
}

/** The words of a query that are misspellings of people's words in the synonyms ("nudez" for "nudes"), corrected. */
function correctToSynonyms(
	text: string,
	index: SearchIndex
): { text: string; corrections: [string, string][] } {
	const synonymWords = new Map<string, number>();
	for (const synonym of index.synonyms ?? [])
		for (const phrase of synonym.words)
			for (const word of words(phrase)) synonymWords.set(word, (synonymWords.get(word) ?? 0) + 1);
	const corrections: [string, string][] = [];
	const known = (word: string) =>
		isStopWord(word) ||
		index.vocabulary.has(word) ||
		Boolean(index.english?.has(word)) ||
		synonymWords.has(word);
	const typed = words(text).map((word) => {
		// A word ending in "-in" as it is said ("gettin", "watchin") is the "-ing" word.
		if (/^[a-z]{3,}in$/.test(word) && !known(word) && known(`${word}g`)) return `${word}g`;
		if (
			isStopWord(word) ||
			synonymWords.has(word) ||
			index.vocabulary.has(word) ||
			index.english?.has(word) ||
			index.placeWords?.has(word)
		)
			return word;
		const corrected = correctWord(word, synonymWords, index.english);
		if (!corrected) return word;
		corrections.push([word, corrected]);
		return corrected;
	});
	return { text: typed.join(' '), corrections };
}

/** Searches a query as described above. Never throws; every result is a page the index returned. */
export async function searchQuery(text: string, index: SearchIndex): Promise<SearchOutcome> {
	const asTyped = String(text ?? '');
	const early = correctToSynonyms(asTyped, index);
	const concepts = planQuery(early.text, index.synonyms ?? []);
	const lastWord = Math.min(words(early.text).length, maxQueryWords);
	if (concepts.length === 0) return { results: [], corrections: [], concepts, unmatched: [] };
	const corrections: [string, string][] = [...early.corrections];
	const meantPages = new Map<Concept, number>();
	// Neighbouring words are also searched as a pair ("friend request"), at the same time as each word.
	const neighbours = concepts
		.slice(1)
		.flatMap((concept, at) =>
			concept.from >= 0 && concepts[at]!.to === concept.from
				? [[concepts[at]!, concept] as const]
				: []
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
					const typed = words(concept.typed).filter((word) => !isStopWord(word));
					// Not for a situation recognised by its parts: its words are searched on their own already.
					const known =
						concept.from >= 0 &&
						typed.length > 0 &&
						typed.every((word) => index.vocabulary.has(word));
					const [meant, asTyped] = await Promise.all([
						safely(index.search, concept.term),
						known ? safely(index.search, typed.join(' ')) : [],
					]);
					meantPages.set(concept, meant.length);
					return withTypedWords(meant, asTyped);
				}
				// A word the site never uses may be misspelt: then Pagefind's own loose matches for it count half.
				// Unless Pagefind matches it better as typed ("sending" is "send", not "spending").
				const corrected = correctTerm(concept.term, index.vocabulary, index.english);
				// The last word may be unfinished ("extrem") when the site has no such word but has one it begins.
				const stillTyping =
					concept.to === lastWord &&
					!index.vocabulary.has(concept.term) &&
					[...index.vocabulary.keys()].some((word) => word.startsWith(concept.term));
				const [hits, meant] = await Promise.all([
					wholeWords(index.search, concept.term, stillTyping),
					corrected === concept.term ? [] : wholeWords(index.search, corrected, false),
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
	const rawGroups: HitGroup[] = concepts.map((concept, at) => ({
		typed: concept.typed,
		hits: hitsByConcept[at]!,
		weight: context(concept) ? contextWeight : 1,
		...(context(concept) ? { context: true } : {}),
		// A synonym whose meaning finds nothing counts by its words as typed.
		...(meantPages.get(concept) ? { pages: meantPages.get(concept)! } : {}),
	}));
	// Guides compete only when the question names them, or asks about apps in general.
	const guides = allowedGuides(concepts, rawGroups, index);
	const kept = (id: string) =>
		guides === 'all' || index.kinds?.get(id) !== 'guide' || guides.has(id);
	const keep = (hits: readonly Hit[]) => hits.filter((hit) => kept(hit.id));
	// A word counts by how rare it is on the whole site, guides included.
	const groups: HitGroup[] = rawGroups.map((group) => ({
		...group,
		hits: keep(group.hits),
		pages: group.pages ?? group.hits.length,
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
			hits: keep(pairHits[at]!),
			weight: pairWeight * Math.min(weightOf(first), weightOf(second)),
			pages: Math.max(pairHits[at]!.length, Math.min(pagesOf(first), pagesOf(second))),
		});
	});
	const weights = describesSituation(asTyped) ? situationKindWeight : topicKindWeight;
	const asker = askerOf(asTyped, index.askers);
	const forAsker = (id: string) => {
		const audiences = index.audiences?.get(id);
		return !asker || !audiences || audiences.includes(asker) ? 1 : otherAudienceWeight;
	};
	const pageWeight = (id: string) => weights[index.kinds?.get(id) ?? 'policy'] * forAsker(id);
	let results = rankHits(groups, index.pageCount, pageWeight);
	// Words that carry meaning and that no page holds: the results match the rest, and the reader is told so.
	const unmatched = concepts
		.filter((concept, at) => hitsByConcept[at]!.length === 0 && !isStopWord(concept.typed))
		.map((concept) => concept.typed);
	// A concept where a child may be at risk leads with its route, whatever else the sentence holds.
	const route = await leadingRoute(concepts, index, asker);
	if (route) {
		const existing = results.find((hit) => hit.id === route.id);
		results = [
			existing ?? { id: route.id, coverage: 0, matched: [] },
			...results.filter((hit) => hit.id !== route.id),
		];
	}
	return {
		results,
		corrections,
		concepts,
		unmatched,
		...(route ? { route: route.slug } : {}),
	};
}

/**
 * The route page to put first, of the first concept in the query where a child may be at risk: the first of its
 * pages the index has that is written for the asker, when the question says who is asking ("a pupil's story
 * says she will end it" is a member of staff's, who needs the staff's steps, not the pupils' page); else the
 * first it has.
 */
async function leadingRoute(
	concepts: readonly Concept[],
	index: SearchIndex,
	asker?: string
): Promise<{ id: string; slug: string } | undefined> {
	if (!index.pageAt) return undefined;
	const concept = concepts.find((candidate) => candidate.route?.length);
	if (!concept) return undefined;
	const pages: { id: string; slug: string }[] = [];
	for (const slug of concept.route ?? []) {
		const id = await index.pageAt(slug).catch(() => undefined);
		if (id) pages.push({ id, slug });
	}
	const forAsker = (page: { id: string }) => {
		const audiences = index.audiences?.get(page.id);
		return !audiences || audiences.includes(asker ?? '');
	};
	// The page written for the asker alone speaks to them directly; one written for everyone asks who they are first.
	const forFewest = pages
		.filter(forAsker)
		.sort(
			(a, b) =>
				(index.audiences?.get(a.id)?.length ?? Infinity) -
				(index.audiences?.get(b.id)?.length ?? Infinity)
		);
	return (asker ? forFewest[0] : undefined) ?? pages[0];
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

/** The shortest word kept in the site's vocabulary: shorter ones are never corrected to. */
const shortestSiteWord = 3;

/** How often each word of the texts is used: the site's vocabulary, for correcting misspellings. */
export function countWords(texts: readonly string[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const text of texts) {
		for (const word of words(text)) {
			if (word.length < shortestSiteWord || /^\d+$/.test(word)) continue;
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
		// The name written apart or together ("tik tok" for TikTok) is always the app's, whatever else the site says.
		const joined = words(means).join('');
		const typed = aliases
			.map((alias) => words(alias).join(' '))
			.filter(
				(alias) =>
					alias &&
					(words(alias).join('') === joined || words(alias).some((word) => !vocabulary.has(word)))
			);
		return typed.length > 0 && words(means).length > 0 ? [{ words: typed, means }] : [];
	});
}

/** A word's stem, for highlighting: "posted", "posting" and "posts" are all "post"; "bullying" is "bully". */
export function stem(word: string): string {
	const plain = normalise(word);
	for (const [ending, replacement] of stemEndings) {
		if (plain.endsWith(ending) && plain.length - ending.length >= minimumStem)
			return plain.slice(0, plain.length - ending.length) + replacement;
	}
	return plain;
}

/** Endings dropped to find a stem, longest first. */
const stemEndings: readonly [string, string][] = [
	['ies', 'y'],
	['ied', 'y'],
	['ing', ''],
	['ed', ''],
	['es', ''],
	['s', ''],
];
/** The fewest letters a stem keeps, so that "is" or "used" are not cut to nothing. */
const minimumStem = 3;

/**
 * A text split into the parts to mark and the rest: whole words whose stem is the stem of a searched word,
 * never a word that merely starts with one ("so" does not mark "social"). Words that carry no meaning are
 * never marked.
 */
export function highlight(
	text: string,
	searched: readonly string[]
): { text: string; mark: boolean }[] {
	const stems = new Set(
		searched
			.flatMap((term) => words(term))
			.filter((word) => !isStopWord(word) && word.length > 1)
			.map(stem)
	);
	const parts: { text: string; mark: boolean }[] = [];
	let at = 0;
	for (const match of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’]*/gu)) {
		const word = match[0];
		const start = match.index ?? 0;
		const own = words(word).join('');
		if (!own || !stems.has(stem(own))) continue;
		if (start > at) parts.push({ text: text.slice(at, start), mark: false });
		parts.push({ text: word, mark: true });
		at = start + word.length;
	}
	if (at < text.length) parts.push({ text: text.slice(at), mark: false });
	return parts;
}

/**
 * The English words to protect from correction: those that are not the site's own but are close enough to one of
 * them that `correctWord` would replace them ("apple", near "apply"). Only these need to reach the browser, not
 * the whole dictionary. `english` is every form of every word in a dictionary.
 */
export function protectedWords(
	english: Iterable<string>,
	vocabulary: ReadonlyMap<string, number>
): string[] {
	// The site's words' variants with up to one, and up to two, letters deleted, so that near words are found
	// without comparing every pair: two words within n edits share a variant with at most n letters deleted from each.
	// A word is corrected with as many slips as its own length allows, so each English word is looked up at its depth.
	const variants = [
		new Map<string, string[]>(),
		new Map<string, string[]>(),
		new Map<string, string[]>(),
	];
	for (const word of vocabulary.keys()) {
		for (const depth of [1, 2]) {
			for (const variant of deletions(word, depth)) {
				const list = variants[depth]!.get(variant);
				if (list) list.push(word);
				else variants[depth]!.set(variant, [word]);
			}
		}
	}
	const kept = new Set<string>();
	for (const raw of english) {
		// Most dictionary words are plain letters already; the rest are normalised as a query's words are.
		const word = /^[a-z]+$/.test(raw) ? raw : words(raw).join('');
		if (!word || vocabulary.has(word) || kept.has(word)) continue;
		const limit = allowedSlips(word.length);
		if (limit === 0) continue;
		for (const variant of deletions(word, limit)) {
			const near = variants[limit]!.get(variant)?.some(
				(candidate) =>
					candidate[0] === word[0] &&
					Math.abs(candidate.length - word.length) <= limit &&
					editDistance(word, candidate, limit) <= limit
			);
			if (near) {
				kept.add(word);
				break;
			}
		}
	}
	return [...kept].sort();
}

/** A word and its variants with one or two letters deleted (`depth` at most 2), each once. */
function* deletions(word: string, depth: number): Generator<string> {
	yield word;
	if (depth === 0) return;
	const seen = new Set<string>();
	for (let i = 0; i < word.length; i++) {
		const once = word.slice(0, i) + word.slice(i + 1);
		if (!seen.has(once)) {
			seen.add(once);
			yield once;
		}
		if (depth < 2) continue;
		for (let j = i; j < once.length; j++) {
			const twice = once.slice(0, j) + once.slice(j + 1);
			if (!seen.has(twice)) {
				seen.add(twice);
				yield twice;
			}
		}
	}
}
