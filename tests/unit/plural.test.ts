import { describe, expect, it } from 'vitest';
import { pluralCategories, pluralForm, type PluralForms } from '../../src/lib/plural';

/** Made-up forms that name their category, so the test checks which is chosen, never a language's words. */
const named = (categories: readonly string[]): PluralForms =>
	Object.fromEntries(
		categories.map((category) => [category, `{count} ${category}`])
	) as PluralForms;

describe('plural forms by the language’s own categories', () => {
	it('gives Arabic its six categories, Polish four and English two', () => {
		expect(pluralCategories('ar').sort()).toEqual(
			['few', 'many', 'one', 'other', 'two', 'zero'].sort()
		);
		expect(pluralCategories('pl').sort()).toEqual(['few', 'many', 'one', 'other'].sort());
		expect(pluralCategories('en-GB').sort()).toEqual(['one', 'other']);
	});

	it('chooses the Arabic category for each number, not "1 / many"', () => {
		const forms = named(pluralCategories('ar'));
		expect([0, 1, 2, 3, 10, 11, 99, 100].map((count) => pluralForm('ar', count, forms))).toEqual([
			'0 zero',
			'1 one',
			'2 two',
			'3 few',
			'10 few',
			'11 many',
			'99 many',
			'100 other',
		]);
	});

	it('chooses the Polish category: 2 to 4 few, 5 to 21 many, 22 few again', () => {
		const forms = named(pluralCategories('pl'));
		expect([1, 2, 4, 5, 12, 21, 22].map((count) => pluralForm('pl', count, forms))).toEqual([
			'1 one',
			'2 few',
			'4 few',
			'5 many',
			'12 many',
			'21 many',
			'22 few',
		]);
	});

	it('stands `other` in for a category a file leaves out', () => {
		expect(pluralForm('ar', 2, { one: '{count} one', other: '{count} other' })).toBe('2 other');
	});
});
