import { readFileSync, readdirSync } from 'node:fs';
import { Window } from 'happy-dom';
import { distDir } from './site';
import { languageOf } from '../../../src/lib/translation-languages';

export interface BuiltPage {
	/** The page's address on the site: "/policy/age-limits/". */
	path: string;
	document: Document;
}

/**
 * Every HTML page of the built site in dist/, parsed: the English site (the pages the tests that read every page are
 * about), without the pages in other languages under /pl/, /ur/ … unless `languages` is set. Those are checked in
 * languages.test.ts, and visited by sample in every-page and accessibility (support/languages.ts): most of them are
 * the English page with a notice, built once per language.
 */
export function builtPages(root = distDir, { languages = false } = {}): BuiltPage[] {
	let window: Window | undefined;
	return readdirSync(root, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.html') && (languages || !languageOf(file)))
		.sort()
		.map((file) => {
			let document: Document | undefined;
			return {
				path: `/${file.replace(/index\.html$/, '')}`,
				// Read and parsed when first asked for: a file that needs only the addresses parses none of them.
				get document() {
					window ??= new Window();
					document ??= new window.DOMParser().parseFromString(
						readFileSync(`${root}/${file}`, 'utf8'),
						'text/html'
					) as unknown as Document;
					return document;
				},
			};
		});
}

/** Text with whitespace collapsed and curly quotes made straight, for comparing words, not typography. */
export function normaliseText(text: string): string {
	return text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
}
