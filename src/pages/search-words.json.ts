import { languageOf } from '../lib/translation-languages';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import dictionary from 'dictionary-en-gb';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { aliasSynonyms, countWords, protectedWords, words } from '~/lib/search-query';
import { dictionaryWords } from '~/lib/word-forms';
import { conceptSynonyms, searchSettings } from '~/search-settings';
import { school } from '~/school';
import * as wording from '~/wording';

/**
 * The search box's word list, written at build time: the site's own words with how often each is used (to
 * correct misspellings), the synonyms from content/data/search.yaml's concepts with the apps' nicknames, and the
 * real English words (from a British English dictionary) close enough to the site's words to be mistaken for
 * misspellings of them, which are never corrected. Only those reach the browser, not the dictionary.
 * Built from the content itself, so a page added to content/docs is covered with no extra work.
 */
/**
 * The English words near the site's own (see `protectedWords`), kept between builds in node_modules/.cache for the
 * same words and dictionary: reading every form of the dictionary's words takes seconds.
 */
function englishNear(vocabulary: ReadonlyMap<string, number>): string[] {
	const key = createHash('sha256')
		.update([...vocabulary.keys()].sort().join(' '))
		.update(dictionary.aff)
		.update(dictionary.dic)
		.digest('hex')
		.slice(0, 16);
	const folder = 'node_modules/.cache/site-search';
	const file = `${folder}/english-${key}.json`;
	try {
		return JSON.parse(readFileSync(file, 'utf8')) as string[];
	} catch {
		// Not computed yet for these words.
	}
	const english = protectedWords(
		dictionaryWords(
			new TextDecoder().decode(dictionary.aff),
			new TextDecoder().decode(dictionary.dic)
		),
		vocabulary
	);
	try {
		mkdirSync(folder, { recursive: true });
		writeFileSync(file, JSON.stringify(english));
	} catch {
		// A read-only install still builds; it computes the list each time.
	}
	return english;
}

/** The words, computed once for both files (this one, and search-english.json). */
export async function searchWords() {
	return (computed ??= compute());
}
let computed: ReturnType<typeof compute> | undefined;

async function compute() {
	// The English pages: the words of the translations (content/docs/<language>/) are searched in their own index.
	const docs = (await getCollection('docs')).filter(({ id }) => !languageOf(id));
	const apps = await getCollection('apps');
	const contacts = await getCollection('contacts');
	const pageText = docs.map(({ body = '', data }) =>
		[
			// The page's own words, without its imports or its components' names.
			body.replace(/^import .*$/gm, '').replace(/<\/?[A-Z][^>]*>/g, ' '),
			data.title,
			data.description,
			data.summary,
			data.pupilSummary,
			...(data.keywords ?? []),
		].join('\n')
	);
	const vocabulary = countWords([
		...pageText,
		JSON.stringify(Object.values(wording)),
		JSON.stringify(apps.map(({ data }) => data)),
		JSON.stringify(contacts.map(({ data }) => data)),
		JSON.stringify(school),
	]);
	const synonyms = [
		...conceptSynonyms(searchSettings),
		...aliasSynonyms(
			apps.map(({ data }) => data),
			vocabulary
		),
	];
	// Apps' names say where something happened rather than what: they count half in a longer question.
	// Devices' names too, from the concepts (their set-up guides answer when they are named).
	const placeWords = [
		...new Set([
			...apps.flatMap(({ data }) => [data.name, ...data.aliases].flatMap(words)),
			...searchSettings.concepts.flatMap(({ names = [] }) => names.flatMap(words)),
		]),
	].filter((word) => word.length > 2);
	const english = englishNear(
		new Map([
			...vocabulary,
			// People's words in the synonyms are corrected to as well ("nudez" is "nudes").
			...synonyms
				.flatMap(({ words: typed }) => typed.flatMap(words))
				.map((word) => [word, 1] as const),
		])
	);
	const body = {
		// Every page in the index: the docs and the apps' guides.
		pageCount: docs.length + apps.length,
		synonyms,
		placeWords,
		generalGuideWords: searchSettings.appsInGeneral.flatMap(words),
		unmatched: searchSettings.unmatched,
		// The dialog's words that depend on the search (how many pages were found, what was corrected).
		wording: searchSettings.dialog,
		// Words that say who is asking, by audience.
		askers: Object.entries(searchSettings.askers ?? {}).map(([audience, phrases]) => ({
			audience,
			words: phrases ?? [],
		})),
		vocabulary: [...vocabulary].sort(([a], [b]) => a.localeCompare(b)),
	};
	return { body, english };
}

export const GET: APIRoute = async () =>
	new Response(JSON.stringify((await searchWords()).body), {
		headers: { 'Content-Type': 'application/json' },
	});
