import type { z } from 'astro/zod';
import { parseObjectFile } from './lib/data-file';
import { fillNames } from './lib/school-names';
import { shippedLanguages, type LanguageCode } from './lib/translation-languages';
import { ageCheckerSchema } from './schemas/age-checker';
import { names } from './school';
import { ageCheckerWording } from './wording';

/**
 * The age checker's words in each language: content/data/age-checker.yaml (English) and
 * content/data/age-checker.<language>.yaml, every one checked against the same schema when the site builds.
 */
/** With the page's language ("pl"), for the plural forms and the dates. */
type AgeCheckerWords = z.output<typeof ageCheckerSchema> & { lang?: string };

const files = import.meta.glob<string>('../content/data/age-checker.*.yaml', {
	query: '?raw',
	import: 'default',
	eager: true,
});

const byLanguage = new Map<string, AgeCheckerWords>(
	Object.entries(files).map(([path, text]) => {
		const code = path.match(/age-checker\.([a-z-]+)\.yaml$/)![1]!;
		const file = path.replace(/^\.\.\//, '');
		const words = fillNames(parseObjectFile(text, ageCheckerSchema, file), names);
		const lang = shippedLanguages[code as LanguageCode]?.lang ?? code;
		return [code, { ...words, lang }];
	})
);

/** The languages with their own age checker words ("pl", "ur"). */
export const ageCheckerLanguages = [...byLanguage.keys()] as LanguageCode[];

/** The age checker's words for a language, or the English for a page in English or a language with no words file. */
export function ageCheckerWords(language: LanguageCode | undefined): AgeCheckerWords {
	return (language && byLanguage.get(language)) || ageCheckerWording;
}
