import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { isTranslation } from '../../src/lib/translation-languages';

/**
 * Every English page in content/docs, by its path without .mdx ("help/something-upset-me"), with its frontmatter. The
 * translations in content/docs/<language>/ are tested against the English in tests/unit/translations.test.ts.
 */
export function pages(): Map<string, { title: string; audiences: string[] }> {
	const files = readdirSync('content/docs', { recursive: true, encoding: 'utf8' }).filter(
		(file) => file.endsWith('.mdx') && !isTranslation(file)
	);
	return new Map(
		files.map((file) => {
			const frontmatter = readFileSync(`content/docs/${file}`, 'utf8').split(/^---$/m)[1] ?? '';
			return [
				file.replace(/\.mdx$/, ''),
				parse(frontmatter) as { title: string; audiences: string[] },
			];
		})
	);
}

/** The pages written for pupils: those whose audiences include pupils. */
export const pupilPages = () =>
	[...pages()].filter(([, data]) => data.audiences.includes('pupils')).map(([page]) => page);
