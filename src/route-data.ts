import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { audienceLabels } from './schemas/audience';
import type { PageData } from './lib/page-data';
import { keywordsField, policyKeywordsField } from './lib/search-fields';

/**
 * Adds each page's audiences to its <head> as a Pagefind filter, so that search can be narrowed to
 * parents, pupils or staff; and its keywords as Pagefind metadata, searched and ranked but never shown
 * in an excerpt (the policy's own pages are the authority on their topics, so theirs rank higher).
 */
export const onRequest = defineRouteMiddleware(({ locals }) => {
	const { entry, head } = locals.starlightRoute;
	const { audiences, keywords } = entry.data as unknown as PageData;
	for (const audience of audiences ?? []) {
		head.push({ tag: 'meta', attrs: { 'data-pagefind-filter': 'audience[content]', content: audienceLabels[audience] }, content: '' });
	}
	if (keywords?.length) {
		const field = entry.id.startsWith('policy/') ? policyKeywordsField : keywordsField;
		head.push({ tag: 'meta', attrs: { 'data-pagefind-meta': `${field}[content]`, content: keywords.join(', ') }, content: '' });
	}
});
