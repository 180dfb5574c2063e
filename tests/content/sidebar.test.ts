import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sidebar } from '../../src/sidebar';

const docs = new URL('../../content/docs/', import.meta.url);

/** Every page in content/docs, as Starlight slugs it: "policy/age-limits". */
const pages = readdirSync(docs, { recursive: true, encoding: 'utf8' })
	.filter((file) => /\.mdx?$/.test(file) && !file.split('/').at(-1)!.startsWith('_'))
	.map((file) => file.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, ''));

type Item = string | { slug?: string; link?: string; items?: Item[] };
const slugsIn = (items: readonly Item[]): string[] =>
	items.flatMap((item) => (typeof item === 'string' ? [item] : [...(item.slug ? [item.slug] : []), ...slugsIn(item.items ?? [])]));

const inSidebar = slugsIn(sidebar as Item[]);
// The home page is the site title's link, and the 404 page is reached only by a bad address.
const notInSidebar = ['', '404'];

describe('the sidebar', () => {
	it.each(pages.filter((page) => !notInSidebar.includes(page)))('links to %s', (page) => {
		expect(inSidebar).toContain(page);
	});

	it('lists only pages that exist, each once', () => {
		expect(inSidebar.filter((slug) => !pages.includes(slug))).toEqual([]);
		expect(new Set(inSidebar).size).toBe(inSidebar.length);
	});
});
