import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import type { PageData } from './lib/page-data';
import { fillNames } from './lib/school-names';
import { audienceLabels, contentId, names } from './school';
import { kindField, keywordsField, pageField, policyKeywordsField } from './lib/search-fields';
import { pageKind } from './lib/search-query';
import { decisionHelpers } from './lib/decision-helpers';

type TocItem = { children: TocItem[] };
type SidebarEntry = { label: string; entries?: SidebarEntry[] };
/** The school's words in the sidebar's labels: a group may be written "For {learners}". */
const fillLabels = (entries: SidebarEntry[]) => {
	for (const entry of entries) {
		entry.label = fillNames(entry.label, names);
		if (entry.entries) fillLabels(entry.entries);
	}
};
const countHeadings = (items: TocItem[]): number =>
	items.reduce((count, item) => count + 1 + countHeadings(item.children), 0);

/**
 * Fills the school's names into each page's description, summaries and keywords (written {headteacher} and
 * so on in the frontmatter); adds the page's audiences to its <head> as a Pagefind filter, so that search can
 * be narrowed to parents, pupils or staff; adds its keywords as Pagefind metadata, searched and ranked but never shown in an
 * excerpt (the policy's own pages are the authority on their topics, so theirs rank higher); and drops the "On this page" list from pages with fewer than two
 * headings, where it would offer only "Overview" and the one heading.
 */
export const onRequest = defineRouteMiddleware(({ locals }) => {
	const route = locals.starlightRoute;
	// The first entry is Starlight's "Overview", the page's title; the page's own headings follow it.
	if (route.toc && countHeadings(route.toc.items) - 1 < 2) route.toc = undefined;
	// A page not yet translated is the English page with a notice: left out of its language's search index, where it
	// would repeat the English results (Pagefind indexes only pages marked data-pagefind-body once any page is).
	if (route.isFallback)
		route.entry = { ...route.entry, data: { ...route.entry.data, pagefind: false } };
	const { entry, head } = route;
	const data = entry.data as unknown as PageData;
	// Titles are filled as the pages are loaded (src/loaders/school-docs.ts); the sidebar's own labels here.
	fillLabels(route.sidebar as SidebarEntry[]);
	for (const link of [route.pagination.prev, route.pagination.next])
		if (link) link.label = fillNames(link.label, names);
	for (const tag of head)
		if (tag.tag === 'title' && typeof tag.content === 'string')
			tag.content = fillNames(tag.content, names);
	for (const field of ['description', 'summary', 'pupilSummary', 'keywords'] as const) {
		if (data[field]) Object.assign(data, { [field]: fillNames(data[field], names) });
	}
	for (const tag of head) {
		if (tag.tag === 'meta' && typeof tag.attrs?.content === 'string')
			tag.attrs.content = fillNames(tag.attrs.content, names);
	}
	for (const audience of data.audiences ?? []) {
		head.push({
			tag: 'meta',
			attrs: { 'data-pagefind-filter': 'audience[content]', content: audienceLabels[audience] },
			content: '',
		});
	}
	// The page's kind (policy section, decision helper, help page, guide …) and address, from its address alone,
	// as Pagefind filters: the search ranks by kind and finds a route's page by its address.
	const slug = route.id.replace(/^\/+|\/+$/g, '');
	for (const [field, value] of [
		[
			kindField,
			// By its id in content/docs ("for-pupils"), whatever its address at this school.
			pageKind(
				contentId(slug),
				decisionHelpers.map(({ page }) => page)
			),
		],
		[pageField, slug || 'index'],
	] as const) {
		head.push({
			tag: 'meta',
			attrs: { 'data-pagefind-filter': `${field}[content]`, content: value },
			content: '',
		});
	}
	if (data.keywords?.length) {
		const field = entry.id.startsWith('policy/') ? policyKeywordsField : keywordsField;
		head.push({
			tag: 'meta',
			attrs: { 'data-pagefind-meta': `${field}[content]`, content: data.keywords.join(', ') },
			content: '',
		});
	}
});
