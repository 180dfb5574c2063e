import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { audienceLabels } from './lib/audience';
import type { PageData } from './lib/page-data';
import { fillNames } from './lib/school-names';
import { names } from './school';

/**
 * Fills the school's names into each page's description, summaries and keywords (written {headteacher} and
 * so on in the frontmatter), and adds the page's audiences to its <head> as a Pagefind filter, so that search
 * can be narrowed to parents, pupils or staff.
 */
export const onRequest = defineRouteMiddleware(({ locals }) => {
	const { entry, head } = locals.starlightRoute;
	const data = entry.data as unknown as PageData;
	for (const field of ['description', 'summary', 'pupilSummary', 'keywords'] as const) {
		if (data[field]) Object.assign(data, { [field]: fillNames(data[field], names) });
	}
	for (const tag of head) {
		if (tag.tag === 'meta' && typeof tag.attrs?.content === 'string') tag.attrs.content = fillNames(tag.attrs.content, names);
	}
	for (const audience of data.audiences ?? []) {
		head.push({ tag: 'meta', attrs: { 'data-pagefind-filter': 'audience[content]', content: audienceLabels[audience] }, content: '' });
	}
});
