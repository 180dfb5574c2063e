import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { languageOf } from '../../../src/lib/translation-languages';
import { distDir } from './site';
import { contentId } from '../../../src/school';

/** Whether content/docs/ has a translation for this page id ("pl/for-parents", "pl" for the home page). */
export function isTranslatedId(id: string): boolean {
	const base = new URL(`../../../content/docs/${id.replace(/\/$/, '')}`, import.meta.url).href;
	return ['.mdx', '.md', '/index.mdx', '/index.md'].some((ending) =>
		existsSync(new URL(`${base}${ending}`))
	);
}

/** Every built page's address in another language: "/pl/for-parents/", "/ur/". */
export function languagePaths(root = distDir): string[] {
	return readdirSync(root, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.html') && languageOf(file))
		.sort()
		.map((file) => `/${file.replace(/index\.html$/, '')}`);
}

/** A built page's id from its address: "/pl/for-parents/" → "pl/for-parents", "/pl/" → "pl". */
export const idOf = (path: string) => path.replace(/^\/|\/$/g, '').replace(/\.html$/, '');

/** The translated pages (content/docs/<language>/…), by address (at the school's own: "/pl/for-students/"). */
export const translatedPaths = (root = distDir) =>
	languagePaths(root).filter((path) => isTranslatedId(contentId(idOf(path))));

/**
 * What can differ between two fallback pages of one language, read from the built page: its template (Starlight's
 * splash page with a hero, a page with the sidebar, or one with neither, as the 404 page) and the widgets it holds
 * (each island's component, without the build's hash: "AgeChecker"). The notice and the page's direction are the
 * language's, the same on each; the words are the English page's, checked there.
 */
function templateOf(path: string, root: string): string {
	const html = readFileSync(join(root, path.replace(/\/$/, '/index.html')), 'utf8');
	const template = html.includes('data-has-hero')
		? 'hero'
		: html.includes('data-has-sidebar')
			? 'sidebar'
			: 'neither';
	const widgets = [...html.matchAll(/component-url="[^"]*\/([A-Za-z]+)\.[^"/]*"/g)].map(
		([, name]) => name
	);
	return `${template}:${[...new Set(widgets)].sort().join('+')}`;
}

/**
 * The pages in other languages that the checks visiting pages visit. By default (every-page.test.ts: reflow, zoom,
 * budgets, privacy, one visit each) every translated page, whose words are its own, and of the rest, which are the
 * English page with a notice in the language (Starlight's fallback, the same page's content, checked in English), one
 * per language and what can differ between them (templateOf: the template, and the widgets on it), as guideSample()
 * samples the app guides. With `everyTranslation: false` (accessibility.test.ts: axe in two themes at two widths, the
 * costliest pass) translated pages are sampled the same way, one per language, kind and template: each template and
 * widget, in each language and direction, is still checked, and the cost of a new language stays that of a few pages.
 */
export function languageSample(root = distDir, { everyTranslation = true } = {}): string[] {
	const seen = new Set<string>();
	return languagePaths(root).filter((path) => {
		const id = idOf(path);
		const translated = isTranslatedId(id);
		if (translated && everyTranslation) return true;
		const shape = path.endsWith('.html') ? path : templateOf(path, root);
		const kind = `${languageOf(id)}:${translated ? 'translated' : 'fallback'}:${shape}`;
		if (seen.has(kind)) return false;
		seen.add(kind);
		return true;
	});
}
