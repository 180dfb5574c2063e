/**
 * The languages the project ships translations for, besides English (the site's own language, at the root of the
 * site). A school chooses which of them its site offers with `languages:` in content/school.yaml; each is built under
 * its own path (/pl/, /ur/ …) from the pages in content/docs/<code>/, with the English page and a notice wherever a
 * page has not been translated yet. Chosen among the languages most spoken by pupils in English schools after English
 * (the Department for Education's school census, "Schools, pupils and their characteristics").
 */
export const shippedLanguages = {
	pl: { label: 'Polski', english: 'Polish', lang: 'pl', dir: 'ltr' },
	ur: { label: 'اردو', english: 'Urdu', lang: 'ur', dir: 'rtl' },
	ro: { label: 'Română', english: 'Romanian', lang: 'ro', dir: 'ltr' },
	ar: { label: 'العربية', english: 'Arabic', lang: 'ar', dir: 'rtl' },
	bn: { label: 'বাংলা', english: 'Bengali', lang: 'bn', dir: 'ltr' },
} as const;

export type LanguageCode = keyof typeof shippedLanguages;
export const languageCodes = Object.keys(shippedLanguages) as LanguageCode[];

/** English, at the root of the site: the language the policy was approved in. */
export const english = { label: 'English', lang: 'en-GB', dir: 'ltr' } as const;

/** The language a page's id or a file under content/docs/ is in: "pl/for-parents" is Polish, "for-parents" English. */
export function languageOf(id: string): LanguageCode | undefined {
	const first = id.replace(/^\/+/, '').split('/')[0];
	return languageCodes.find((code) => code === first);
}

/** The English page a translation translates: "pl/for-parents" → "for-parents", "pl" or "pl/index" → "index". */
export function englishIdOf(id: string): string {
	const code = languageOf(id);
	if (!code) return id;
	const rest = id.replace(/^\/+/, '').slice(code.length).replace(/^\/+/, '');
	return rest === '' ? 'index' : rest;
}

/** Whether a file under content/docs/ ("pl/for-parents.mdx") is a translation, not one of the English pages. */
export const isTranslation = (file: string): boolean => languageOf(file) !== undefined;
