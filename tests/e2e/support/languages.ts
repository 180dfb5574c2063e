import { existsSync, readdirSync } from 'node:fs';
import { englishIdOf, languageOf } from '../../../src/lib/translation-languages';
import { distDir } from './site';

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

/** The translated pages (content/docs/<language>/…), by address. */
export const translatedPaths = (root = distDir) =>
	languagePaths(root).filter((path) => isTranslatedId(idOf(path)));

/**
 * The pages in other languages that the checks visiting every page visit (every-page and accessibility): every
 * translated page, and of the rest, which are the English page with a notice in the language (Starlight's fallback,
 * the same page's content, checked in English), one per language and kind of page (its first path segment: policy,
 * tools, parents …, and the home page), so that each template, in each language and direction, is visited once.
 */
export function languageSample(root = distDir): string[] {
	const seen = new Set<string>();
	return languagePaths(root).filter((path) => {
		const id = idOf(path);
		if (isTranslatedId(id)) return true;
		const kind = `${languageOf(id)}:${englishIdOf(id).split('/')[0]}`;
		if (seen.has(kind)) return false;
		seen.add(kind);
		return true;
	});
}
