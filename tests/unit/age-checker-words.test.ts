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
		expect(keysOf(words).sort()).toEqual(keysOf(english).sort());
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

describe('a wait in whole years, for a language whose ordinals are not English', () => {
	const words = {
		units: {
			year: '{count} yr',
			years: '{count} yrs',
			month: '',
			months: '',
			day: '',
			days: '',
			and: '+',
		},
		longWaits: { years: 'wait {time}: {limit} | {ordinal}' },
	} as unknown as WidgetWords;

	it('gives the age itself as {limit} beside the English ordinal', () => {
		expect(describeWait({ by: 'years', years: 2 }, 13, words)).toBe('wait 2 yrs: 13 | 13th');
	});
});
