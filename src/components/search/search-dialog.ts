/**
 * The search dialog's behaviour, loaded when a reader shows intent: Pagefind's JavaScript API behind the
 * query handling in src/lib/search-query.ts, rendered as a WAI-ARIA combobox with a listbox of results.
 */
import {
	highlight,
	preferNamedPages,
	searchQuery,
	stopWords,
	words as queryWords,
	type Concept,
	type Hit,
	type PageKind,
	type Asker,
	type RankedHit,
	type Synonym,
} from '../../lib/search-query';
import { fillIn } from '../../lib/search-wording';
import { kindField, metaWeights, pageField } from '../../lib/search-fields';

interface PagefindData {
	url: string;
	excerpt: string;
	meta: { title?: string };
}
interface PagefindResult {
	id: string;
	score: number;
	data: () => Promise<PagefindData>;
}
interface Pagefind {
	options: (options: Record<string, unknown>) => Promise<void>;
	init: () => Promise<void>;
	preload: (term: string, options?: Record<string, unknown>) => Promise<void>;
	search: (
		term: string | null,
		options?: Record<string, unknown>
	) => Promise<{ results: PagefindResult[] } | null>;
	filters: () => Promise<Record<string, Record<string, number>>>;
}
interface Words {
	pageCount: number;
	synonyms: Synonym[];
	placeWords: string[];
	generalGuideWords: string[];
	unmatched: string;
	vocabulary: [string, number][];
	askers: Asker[];
	/** The dialog's words that depend on the search, from content/data/search.yaml (`dialog`). */
	wording: Record<string, string>;
}
const noWords: Words = {
	pageCount: 0,
	synonyms: [],
	placeWords: [],
	generalGuideWords: [],
	unmatched: '',
	vocabulary: [],
	askers: [],
	wording: {},
};

/** The most results shown: more is a list to read, not an answer. */
const maxResults = 10;
/** How long typing must pause before a search starts, so that each keystroke does not start one. */
const debounceMs = 60;
/** Under this share of what was typed matched by the best page, the results are said to match only part of it. */
const partialCoverage = 0.5;

/**
 * An excerpt as text and <mark> nodes (never parsed as HTML): Pagefind's own marks are dropped, and only whole
 * words whose stem is a searched word's are marked (Pagefind marks every word a searched word begins).
 */
function excerptNodes(excerpt: string, searched: readonly string[]): Node[] {
	const decoded = excerpt
		.replace(/<[^>]*>/g, '')
		.replace(
			/&(amp|lt|gt|quot|#39|#x27);/g,
			(_, entity: string) =>
				({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" })[entity] ?? ''
		);
	return highlight(decoded, searched).map(({ text, mark }) => {
		if (!mark) return document.createTextNode(text);
		const element = document.createElement('mark');
		element.textContent = text;
		return element;
	});
}

export async function enhanceSearch(root: HTMLElement) {
	const base = root.dataset.base ?? '/';
	const dialog = root.querySelector<HTMLDialogElement>('[data-search-dialog]')!;
	const input = dialog.querySelector<HTMLInputElement>('input[type="search"]')!;
	const list = dialog.querySelector<HTMLUListElement>('[data-search-results]')!;
	const status = dialog.querySelector<HTMLElement>('[data-search-status]')!;
	const suggestions = dialog.querySelector<HTMLElement>('[data-search-suggestions]')!;
	const next = dialog.querySelector<HTMLElement>('[data-search-next]')!;
	const nextLead = dialog.querySelector<HTMLElement>('[data-search-next-lead]')!;
	const filter = dialog.querySelector<HTMLFieldSetElement>('[data-search-filter]')!;

	const pagefind: Pagefind = await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`);
	await pagefind.options({ baseUrl: base, ranking: { metaWeights } });
	const wordsLoaded: Promise<Words> = fetch(root.dataset.words ?? `${base}search-words.json`)
		.then((response) => (response.ok ? response.json() : noWords))
		.then((words: Partial<Words>) => ({ ...noWords, ...words }))
		.catch(() => noWords);
	void pagefind.init();
	// The English words never corrected, loaded only when a search has a word the site does not use.
	let englishLoaded: Promise<Set<string>> | undefined;
	const loadEnglish = () =>
		(englishLoaded ??= fetch(`${base}search-english.json`)
			.then((response) => (response.ok ? response.json() : []))
			.then((list: string[]) => new Set(list))
			.catch(() => new Set<string>()));
	// Each page's kind, from the Pagefind filter every page carries (one search of the filter per kind, no fragments loaded).
	const kindsLoaded: Promise<Map<string, PageKind>> = pagefind
		.filters()
		.then(async (filters) => {
			const kinds = new Map<string, PageKind>();
			await Promise.all(
				Object.keys(filters[kindField] ?? {}).map(async (kind) => {
					const outcome = await pagefind.search(null, { filters: { [kindField]: kind } });
					for (const result of outcome?.results ?? []) kinds.set(result.id, kind as PageKind);
				})
			);
			return kinds;
		})
		.catch(() => new Map());
	// Each page's audiences, from the Pagefind filter the pages carry, the same way.
	const audiencesLoaded: Promise<Map<string, string[]>> = pagefind
		.filters()
		.then(async (filters) => {
			const audiences = new Map<string, string[]>();
			await Promise.all(
				Object.keys(filters.audience ?? {}).map(async (name) => {
					const outcome = await pagefind.search(null, { filters: { audience: name } });
					for (const result of outcome?.results ?? [])
						audiences.set(result.id, [...(audiences.get(result.id) ?? []), name]);
				})
			);
			return audiences;
		})
		.catch(() => new Map());

	let audience = '';
	let active = -1;
	let latest = 0;
	let timer: ReturnType<typeof setTimeout> | undefined;
	const cache = new Map<string, Promise<PagefindResult[]>>();
	const found = new Map<string, PagefindResult>();

	const search = async (term: string, run: number): Promise<Hit[]> => {
		// A search for what the reader has since typed over is not started.
		if (run !== latest) return [];
		const key = `${audience}\u0000${term}`;
		let results = cache.get(key);
		if (!results) {
			results = pagefind
				.search(term, { filters: audience ? { audience } : {} })
				.then((outcome) => outcome?.results ?? []);
			cache.set(key, results);
		}
		const hits = await results;
		for (const hit of hits) if (!found.has(hit.id)) found.set(hit.id, hit);
		return hits.map(({ id, score }) => ({ id, score }));
	};

	/** The page at an address, within the audience chosen: a route's page, to put first. */
	const pageAt = async (slug: string): Promise<string | undefined> => {
		const filters: Record<string, string> = { [pageField]: slug };
		if (audience) filters.audience = audience;
		const outcome = await pagefind.search(null, { filters });
		const result = outcome?.results[0];
		if (result && !found.has(result.id)) found.set(result.id, result);
		return result?.id;
	};

	const options = () => [...list.querySelectorAll<HTMLAnchorElement>('[role="option"]')];
	const choose = (index: number) => {
		const all = options();
		active = all.length === 0 ? -1 : (index + all.length) % all.length;
		all.forEach((option, at) => option.setAttribute('aria-selected', String(at === active)));
		const current = all[active];
		if (current) {
			input.setAttribute('aria-activedescendant', current.id);
			current.scrollIntoView({ block: 'nearest' });
		} else input.removeAttribute('aria-activedescendant');
	};
	/** Opens the chosen result's link, as a click on it would. */
	const go = (option: HTMLAnchorElement | undefined) => option?.click();

	const render = async (
		query: string,
		ranked: RankedHit[],
		corrections: [string, string][],
		concepts: Concept[],
		unmatched: string[],
		unmatchedText: string,
		route: string | undefined,
		wording: Record<string, string>,
		run: number
	) => {
		const say = (key: string, values: Record<string, string | number> = {}) =>
			fillIn(wording[key] ?? '', values);
		const loaded = await Promise.all(
			ranked.slice(0, maxResults).map(async (hit) => ({
				id: hit.id,
				hit,
				data: await found
					.get(hit.id)
					?.data()
					.catch(() => undefined),
			}))
		);
		if (run !== latest) return;
		const titles = new Map(loaded.map(({ id, data }) => [id, data?.meta.title]));
		// A route put first stays first; the rest may put a page named just what was asked for first.
		const [lead, ...rest] = loaded;
		const shown =
			route && lead
				? [lead, ...preferNamedPages(rest, (id) => titles.get(id), concepts)]
				: preferNamedPages(loaded, (id) => titles.get(id), concepts);
		const searched = concepts.flatMap((concept) => [concept.term, concept.typed]);
		list.replaceChildren(
			...shown.flatMap(({ hit, data }, index) => {
				if (!data) return [];
				// Each result is a real link, as DocSearch's are, and the listbox's option itself: long-press,
				// middle-click and "copy link" work, and arrows and Enter choose it from the box.
				const item = document.createElement('li');
				item.setAttribute('role', 'none');
				const option = document.createElement('a');
				option.href = data.url;
				option.tabIndex = -1;
				option.id = `site-search-option-${index}`;
				option.setAttribute('role', 'option');
				option.setAttribute('aria-selected', 'false');
				option.className = 'site-search__result';
				option.dataset.path = new URL(data.url, location.href).pathname;
				option.dataset.coverage = hit.coverage.toFixed(2);
				const title = document.createElement('span');
				title.className = 'site-search__result-title';
				title.textContent = data.meta.title ?? data.url;
				const excerpt = document.createElement('span');
				excerpt.className = 'site-search__result-excerpt';
				excerpt.append(...excerptNodes(data.excerpt, searched));
				if (route && index === 0 && wording.route) {
					// Why this page is first: the search was recognised as being about a child who may be at risk.
					const label = document.createElement('span');
					label.className = 'site-search__result-label';
					label.textContent = wording.route;
					option.append(label);
					option.dataset.route = '';
				}
				option.append(title, excerpt);
				item.append(option);
				return [item];
			})
		);
		active = -1;
		input.removeAttribute('aria-activedescendant');
		const count = list.children.length;
		input.setAttribute('aria-expanded', String(count > 0));
		// Judged by the best match, not the first result: a route put first may match few of the words.
		const best = Math.max(0, ...ranked.map((hit) => hit.coverage));
		const weak = count > 0 && best < partialCoverage;
		next.hidden = count > 0 && !weak;
		nextLead.textContent = count === 0 ? say('nothingMatches', { query }) : say('partialMatch');
		const quoted = (list: string[]) => list.map((word) => `“${word}”`).join(', ');
		const correction =
			corrections.length > 0
				? ` ${say('corrected', { searched: quoted(corrections.map(([, to]) => to)), typed: quoted(corrections.map(([from]) => from)) })}`
				: '';
		const forWhom = audience.toLowerCase();
		const foundText =
			count === 0
				? say(audience ? 'noneFoundFor' : 'noneFound', { audience: forWhom })
				: count === 1
					? say(audience ? 'foundOneFor' : 'foundOne', { audience: forWhom })
					: say(audience ? 'foundFor' : 'found', { count, audience: forWhom });
		const partial =
			count > 0 && unmatched.length > 0 && unmatchedText
				? ` ${fillIn(unmatchedText, { words: quoted(unmatched) })}`
				: '';
		const routed = count > 0 && route && wording.routeStatus ? ` ${wording.routeStatus}` : '';
		status.textContent = `${foundText}${routed}${correction}${partial}`;
		root.dataset.searched = query;
	};

	const run = async () => {
		const query = input.value.trim();
		const current = ++latest;
		suggestions.hidden = query !== '';
		if (query === '') {
			list.replaceChildren();
			input.setAttribute('aria-expanded', 'false');
			next.hidden = true;
			status.textContent = '';
			root.dataset.searched = '';
			return;
		}
		const [words, kinds, audiences] = await Promise.all([
			wordsLoaded,
			kindsLoaded,
			audiencesLoaded,
		]);
		const vocabulary = vocabularyMap(words);
		// Only a word that may be corrected (four letters or more, not the site's, not a stop word) needs them.
		const unknown = queryWords(query).some(
			(word) => word.length > 3 && !vocabulary.has(word) && !stopWords.has(word)
		);
		const english = unknown ? await loadEnglish() : undefined;
		const outcome = await searchQuery(query, {
			search: (term) => search(term, current),
			vocabulary,
			synonyms: words.synonyms,
			placeWords: placeSet(words),
			pageCount: words.pageCount,
			kinds,
			audiences,
			askers: words.askers,
			...(english ? { english } : {}),
			generalGuideWords: (general ??= new Set(words.generalGuideWords)),
			pageAt,
		});
		if (current !== latest) return;
		await render(
			query,
			outcome.results,
			outcome.corrections,
			outcome.concepts,
			outcome.unmatched,
			words.unmatched,
			outcome.route,
			words.wording,
			current
		);
	};

	let vocabulary: Map<string, number> | undefined;
	let places: Set<string> | undefined;
	let general: Set<string> | undefined;
	const vocabularyMap = (words: Words) => (vocabulary ??= new Map(words.vocabulary));
	const placeSet = (words: Words) => (places ??= new Set(words.placeWords));

	input.addEventListener('input', () => {
		void pagefind.preload(input.value);
		clearTimeout(timer);
		timer = setTimeout(() => void run(), debounceMs);
	});
	input.addEventListener('keydown', (event) => {
		if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
			event.preventDefault();
			choose(
				active === -1 && event.key === 'ArrowUp'
					? -1
					: active + (event.key === 'ArrowDown' ? 1 : -1)
			);
		} else if (event.key === 'Enter') {
			event.preventDefault();
			go(options()[active === -1 ? 0 : active]);
		}
	});
	filter.addEventListener('change', (event) => {
		audience = (event.target as HTMLInputElement).value;
		void run();
	});
	for (const suggestion of suggestions.querySelectorAll<HTMLButtonElement>('[data-suggestion]')) {
		suggestion.addEventListener('click', () => {
			input.value = suggestion.dataset.suggestion ?? '';
			input.focus();
			void run();
		});
	}
	// Anything typed while this loaded is searched now.
	if (input.value.trim() !== '') void run();
	root.dataset.searchReady = '';
}
