/**
 * Words that change with a number, in any language: each language's plural categories (CLDR's, through
 * Intl.PluralRules), not "1 / many". English has two (one, other); Polish four (one, few, many, other); Arabic six
 * (zero, one, two, few, many, other). A file of words gives a form for each category its language uses; `other` is
 * always given and stands in for any it leaves out.
 */
export type PluralCategory = Intl.LDMLPluralRule;

/** One form of a word for each plural category, `other` always: { one: "{count} rok", few: "{count} lata", … }. */
export type PluralForms = { [Category in PluralCategory]?: string | undefined } & { other: string };

/** The plural categories a language uses for whole numbers, in CLDR's order: ["one", "few", "many", "other"]. */
export function pluralCategories(lang: string): PluralCategory[] {
	return new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
}

/** The form of a word for `count` in `lang`, with {count} written in: pluralForm("pl", 5, forms) → "5 lat". */
export function pluralForm(lang: string, count: number, forms: PluralForms): string {
	const category = new Intl.PluralRules(lang).select(count);
	return (forms[category] ?? forms.other).replaceAll('{count}', String(count));
}
