import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { audienceLabels } from './schemas/audience';
import type { PageData } from './lib/page-data';

type TocItem = { children: TocItem[] };
const countHeadings = (items: TocItem[]): number => items.reduce((count, item) => count + 1 + countHeadings(item.children), 0);

/**
 * Adds each page's audiences to its <head> as a Pagefind filter, so that search can be narrowed to
 * parents, pupils or staff. Drops the "On this page" list from pages with fewer than two headings, where it
 * would offer only "Overview" and the one heading.
 */
export const onRequest = defineRouteMiddleware(({ locals }) => {
	const route = locals.starlightRoute;
	// The first entry is Starlight's "Overview", the page's title; the page's own headings follow it.
	if (route.toc && countHeadings(route.toc.items) - 1 < 2) route.toc = undefined;
	const { entry, head } = route;
	const { audiences } = entry.data as unknown as PageData;
	for (const audience of audiences ?? []) {
		head.push({ tag: 'meta', attrs: { 'data-pagefind-filter': 'audience[content]', content: audienceLabels[audience] }, content: '' });
	}
});
