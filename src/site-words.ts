import { parseObjectFile } from './lib/data-file';
import { fillNames } from './lib/school-names';
import { audienceLabels, names } from './school';
import { languageOf, type LanguageCode } from './lib/translation-languages';
import { siteWordsSchema, type SiteWords } from './schemas/site-words';

/**
 * The site's own words around every page (content/data/site-words.yaml, and content/data/site-words.<language>.yaml
 * for each language), checked against one schema when the site builds.
 */
const files = import.meta.glob<string>('../content/data/site-words*.yaml', {
	query: '?raw',
	import: 'default',
	eager: true,
});

/**
 * In English, the audience "pupils" is called by the school's own word ("Students" at a school that says students,
 * `learners` in content/school.yaml); the translations keep their own word for it.
 */
function english(code: string, words: SiteWords): SiteWords {
	return code === 'en'
		? { ...words, audiences: { ...words.audiences, pupils: audienceLabels.pupils } }
		: words;
}

const byLanguage = new Map<LanguageCode | 'en', SiteWords>(
	Object.entries(files).map(([path, text]) => {
		const code = (path.match(/site-words\.([a-z-]+)\.yaml$/)?.[1] ?? 'en') as LanguageCode | 'en';
		// With the school's names and word for its learners filled in ({Learners} "Students").
		return [
			code,
			english(
				code,
				fillNames(parseObjectFile(text, siteWordsSchema, path.replace(/^\.\.\//, '')), names)
			),
		];
	})
);

/** The words for a language ("pl"), or English for a page in English or a language with no words file. */
export function siteWords(language: LanguageCode | undefined): SiteWords {
	return (language && byLanguage.get(language)) || byLanguage.get('en')!;
}

/** The words for the page with this Starlight id ("pl/for-parents", "for-parents"). */
export const siteWordsFor = (id: string): SiteWords => siteWords(languageOf(id));

/** Fills {name} in a sentence from these values. */
export function fill(sentence: string, values: Record<string, string>): string {
	return sentence.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
