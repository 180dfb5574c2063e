import type { APIRoute } from 'astro';
import { searchWords } from './search-words.json';

/**
 * The real English words close enough to the site's own to be taken for misspellings of them ("apple", near
 * "apply"), which the search box never corrects: a few thousand words from a British English dictionary, loaded
 * only when a search has a word the site does not use.
 */
export const GET: APIRoute = async () =>
	new Response(JSON.stringify((await searchWords()).english), {
		headers: { 'Content-Type': 'application/json' },
	});
