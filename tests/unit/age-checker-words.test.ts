import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ageCheckerSchema } from '../../src/schemas/age-checker';
import { describeWait, type WidgetWords } from '../../src/lib/age-verdict';

/** The age checker's words in each language: content/data/age-checker.<language>.yaml beside the English file. */
const languages = readdirSync('content/data')
	.map((file) => /^age-checker\.([a-z-]+)\.yaml$/.exec(file)?.[1])
	.filter((code): code is string => code !== undefined);

const wordsFile = (code?: string) =>
	parse(readFileSync(`content/data/age-checker${code ? `.${code}` : ''}.yaml`, 'utf8')) as unknown;

const keysOf = (value: unknown, at = ''): string[] =>
	value && typeof value === 'object'
		? Object.entries(value).flatMap(([key, inner]) => keysOf(inner, at ? `${at}.${key}` : key))
		: [at];

const at = (object: unknown, path: string) =>
	path
		.split('.')
		.reduce<unknown>((inner, key) => (inner as Record<string, unknown>)?.[key], object);

const placeholders = (text: unknown) =>
	new Set([...String(text).matchAll(/\{(\w+)\}/g)].map((m) => m[1]!));

/**
 * Where a language may use another value the rules fill in the same line, because the English one does not fit its
 * grammar: the age itself for an English ordinal ("13th"), and {child} for the capitalised {Child} (which in English
 * starts a sentence).
 */
const standIns: Record<string, string> = { ordinal: 'limit', Child: 'child' };
/** The school's own English word for its learners ("pupils"): a translation says it in its own language instead. */
const ownWord = new Set(['learners']);

describe('the age checker’s words in every language that has them', () => {
	const english = wordsFile();

	it('has at least the languages shipped on by default', () => {
		expect(languages).toEqual(expect.arrayContaining(['pl', 'ur']));
	});

	it.each(languages)('%s matches the schema and has every English key, and no other', (code) => {
		const words = wordsFile(code);
		const result = ageCheckerSchema.safeParse(words);
		expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
		// `plurals` is a language's own: its categories are not English's (checked below).
		const own = (keys: string[]) => keys.filter((key) => !key.startsWith('plurals.')).sort();
		expect(own(keysOf(words))).toEqual(own(keysOf(english)));
	});

	it.each(languages)(
		'%s gives a form for every plural category its language uses, if it gives plurals',
		(code) => {
			const { plurals } = wordsFile(code) as { plurals?: Record<string, Record<string, string>> };
			const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
			for (const [unit, forms] of Object.entries(plurals ?? {})) {
				expect(Object.keys(forms).sort(), `${code}: plurals.${unit}`).toEqual(
					[...categories].sort()
				);
			}
		}
	);

	it('gives Polish and Arabic their own plural forms, not "1 / many"', () => {
		for (const code of ['pl', 'ar'])
			expect(wordsFile(code), code).toHaveProperty('plurals.year.other');
	});

	it.each(languages)('%s keeps every {placeholder} of the English line it translates', (code) => {
		const words = wordsFile(code);
		for (const key of keysOf(english)) {
			const want = placeholders(at(english, key));
			const got = placeholders(at(words, key));
			for (const name of want) {
				const kept =
					got.has(name) ||
					ownWord.has(name) ||
					(standIns[name] !== undefined && got.has(standIns[name]));
				expect(kept, `${code}: ${key} has no {${name}}`).toBe(true);
			}
			// Nothing the rules do not fill in this line: the English line's own, or a stand-in for one of them.
			for (const name of got) {
				const filled =
					want.has(name) ||
					Object.entries(standIns).some(
						([english, standIn]) => standIn === name && want.has(english)
					);
				expect(filled, `${code}: ${key} has {${name}}, which is not filled in there`).toBe(true);
			}
		}
	});

	it.each(languages)('%s leaves no line in English, except names and placeholders', (code) => {
		const words = wordsFile(code);
		const same = keysOf(english).filter((key) => {
			const text = String(at(english, key));
			// What is left without placeholders and names ("Year {number}", "PEGI {rating}" and the stores' names stay as they are).
			const rest = text
				.replace(/\{\w+\}/g, '')
				.replace(/\b(PEGI|Year|Reception|App Store|Google Play)\b/g, '');
			return /[a-z]{3}/i.test(rest) && text === at(words, key);
		});
		expect(same).toEqual([]);
	});
});

/** Made-up units for the waits below: "2 yrs". */
const units = {
	year: '{count} yr',
	years: '{count} yrs',
	month: '',
	months: '',
	day: '',
	days: '',
	and: '+',
};

describe('a wait in whole years, for a language whose ordinals are not English', () => {
	const words = {
		units,
		longWaits: { years: 'wait {time}: {limit} | {ordinal}' },
	} as unknown as WidgetWords;

	it('gives the age itself as {limit} beside the English ordinal', () => {
		expect(describeWait({ by: 'years', years: 2 }, 13, words)).toBe('wait 2 yrs: 13 | 13th');
	});
});

describe('a wait in a language with its own plural forms', () => {
	/** Made-up forms naming their category: the test checks which one the number picks, not a language's words. */
	const forms = {
		zero: 'z{count}',
		one: 'o{count}',
		two: 't{count}',
		few: 'f{count}',
		many: 'm{count}',
		other: 'x{count}',
	};
	const words = (lang: string) =>
		({
			units,
			plurals: { year: forms, month: forms, day: forms },
			lang,
			longWaits: { years: 'wait {time}' },
		}) as unknown as WidgetWords;

	it('picks Arabic’s form for 2, 3 and 11 years, where "1 / many" would give one form', () => {
		expect(
			[2, 3, 11].map((years) => describeWait({ by: 'years', years }, 13, words('ar')))
		).toEqual(['wait t2', 'wait f3', 'wait m11']);
	});

	it('picks Polish’s form for 2 and 5 years', () => {
		expect([2, 5].map((years) => describeWait({ by: 'years', years }, 16, words('pl')))).toEqual([
			'wait f2',
			'wait m5',
		]);
	});
});
