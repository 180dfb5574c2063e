import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { aliasSynonyms, countWords, words } from '~/lib/search-query';
import { searchSettings } from '~/search-settings';
import { school } from '~/school';
import * as wording from '~/wording';

/**
 * The search box's word list, written at build time: the site's own words with how often each is used (to
 * correct misspellings), and the synonyms from content/data/search.yaml with the apps' nicknames.
 * Built from the content itself, so a page added to content/docs is covered with no extra work.
 */
export const GET: APIRoute = async () => {
	const docs = await getCollection('docs');
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
		...searchSettings.synonyms,
		...aliasSynonyms(
			apps.map(({ data }) => data),
			vocabulary
		),
	];
	// Apps' names say where something happened rather than what: they count half in a longer question.
	const placeWords = [
		...new Set(apps.flatMap(({ data }) => [data.name, ...data.aliases].flatMap(words))),
	].filter((word) => word.length > 2);
	const body = {
		// Every page in the index: the docs and the apps' guides.
		pageCount: docs.length + apps.length,
		synonyms,
		placeWords,
		vocabulary: [...vocabulary].sort(([a], [b]) => a.localeCompare(b)),
	};
	return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
};
