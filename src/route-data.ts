import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { audienceLabels } from './schemas/audience';
import type { PageData } from './lib/page-data';

/**
 * Adds each page's audiences to its <head> as a Pagefind filter, so that search can be narrowed to
 * parents, pupils or staff.
 */
export const onRequest = defineRouteMiddleware(({ locals }) => {
	const { entry, head } = locals.starlightRoute;
	const { audiences } = entry.data as unknown as PageData;
	for (const audience of audiences ?? []) {
		head.push({ tag: 'meta', attrs: { 'data-pagefind-filter': 'audience[content]', content: audienceLabels[audience] }, content: '' });
	}
});
