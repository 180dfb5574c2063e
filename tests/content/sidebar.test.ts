import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { appGuides, sidebar } from '../../src/sidebar';
import { isTranslation } from '../../src/lib/translation-languages';

const docs = new URL('../../content/docs/', import.meta.url);

/** Every page in content/docs, as Starlight slugs it: "policy/age-limits". */
const pages = readdirSync(docs, { recursive: true, encoding: 'utf8' })
	.filter((file) => /\.mdx?$/.test(file) && !file.split('/').at(-1)!.startsWith('_') && !isTranslation(file))
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

describe('the app guides in the sidebar', () => {
	const apps = parse(readFileSync(new URL('../../content/data/apps.yaml', import.meta.url), 'utf8')) as { id: string; name: string }[];

	it('link to a guide for every app in content/data/apps.yaml, by name', () => {
		expect(appGuides.map((item) => item.link).sort()).toEqual(apps.map((app) => `/apps/${app.id}/`).sort());
		expect(appGuides.map((item) => item.label)).toEqual(apps.map((app) => app.name).sort((a, b) => a.localeCompare(b)));
	});

	it('come straight after the age checker', () => {
		const tools = (sidebar as Item[]).flatMap((item) => (typeof item === 'object' && item.items ? [item.items] : [])).find((items) => items.includes('tools/age-checker'))!;
		const next = tools[tools.indexOf('tools/age-checker') + 1] as { items?: unknown[] };
		expect(next.items).toBe(appGuides);
	});
});
