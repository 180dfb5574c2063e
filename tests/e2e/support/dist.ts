import { readFileSync, readdirSync } from 'node:fs';
import { Window } from 'happy-dom';
import { distDir } from './site';

export interface BuiltPage {
	/** The page's address on the site: "/policy/age-limits/". */
	path: string;
	document: Document;
}

/** Every HTML page of the built site in dist/, parsed. */
export function builtPages(root = distDir): BuiltPage[] {
	const window = new Window();
	return readdirSync(root, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.html'))
		.sort()
		.map((file) => ({
			path: `/${file.replace(/index\.html$/, '')}`,
			document: new window.DOMParser().parseFromString(
				readFileSync(`${root}/${file}`, 'utf8'),
				'text/html'
			) as unknown as Document,
		}));
}

/** Text with whitespace collapsed and curly quotes made straight, for comparing words, not typography. */
export function normaliseText(text: string): string {
	return text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
}
