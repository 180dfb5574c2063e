import { describe, expect, it } from 'vitest';
import { ageOn, birthday, formatDate, parseDate, timeUntil } from '../../src/lib/dates';

describe('parseDate', () => {
	it('reads the form a date field gives and the form people type', () => {
		expect(parseDate('2014-03-31')).toEqual({ year: 2014, month: 3, day: 31 });
		expect(parseDate('31/03/2014')).toEqual({ year: 2014, month: 3, day: 31 });
		expect(parseDate(' 1.3.2014 ')).toEqual({ year: 2014, month: 3, day: 1 });
	});

	it.each([
		'',
		'yesterday',
		'2014-02-30',
		'31/04/2014',
		'2014-13-01',
		'00/01/2014',
		'29/02/2013',
		'2014/03/31',
		'31-03-14',
	])('rejects “%s”', (text) => {
		expect(parseDate(text)).toBeUndefined();
	});
});

describe('ageOn', () => {
	const birth = { year: 2013, month: 11, day: 24 };
	it('is one less on the day before a birthday, and the new age on the day', () => {
		expect(ageOn(birth, { year: 2026, month: 11, day: 23 })).toBe(12);
		expect(ageOn(birth, { year: 2026, month: 11, day: 24 })).toBe(13);
	});

	it('counts a 29 February birthday from 1 March in a common year, as UK law does', () => {
		const leapling = { year: 2012, month: 2, day: 29 };
		expect(birthday(leapling, 13)).toEqual({ year: 2025, month: 3, day: 1 });
		expect(ageOn(leapling, { year: 2025, month: 2, day: 28 })).toBe(12);
		expect(ageOn(leapling, { year: 2025, month: 3, day: 1 })).toBe(13);
		expect(birthday(leapling, 12)).toEqual({ year: 2024, month: 2, day: 29 });
	});
});

describe('timeUntil', () => {
	const from = { year: 2026, month: 11, day: 24 };
	it.each([
		[
			{ year: 2026, month: 11, day: 25 },
			{ years: 0, months: 0, days: 1 },
		],
		[
			{ year: 2027, month: 3, day: 24 },
			{ years: 0, months: 4, days: 0 },
		],
		[
			{ year: 2027, month: 3, day: 31 },
			{ years: 0, months: 4, days: 7 },
		],
		[
			{ year: 2027, month: 11, day: 24 },
			{ years: 1, months: 0, days: 0 },
		],
		[
			{ year: 2029, month: 1, day: 2 },
			{ years: 2, months: 1, days: 9 },
		],
	])('from 24 November 2026 until %o is %o', (to, expected) => {
		expect(timeUntil(from, to)).toEqual(expected);
	});

	it('counts a month from 31 January as ending on the last day of February', () => {
		expect(timeUntil({ year: 2027, month: 1, day: 31 }, { year: 2027, month: 2, day: 27 })).toEqual(
			{ years: 0, months: 0, days: 27 }
		);
		expect(timeUntil({ year: 2027, month: 1, day: 31 }, { year: 2027, month: 2, day: 28 })).toEqual(
			{ years: 0, months: 1, days: 0 }
		);
		expect(timeUntil({ year: 2027, month: 1, day: 31 }, { year: 2027, month: 3, day: 1 })).toEqual({
			years: 0,
			months: 1,
			days: 1,
		});
	});
});

describe('formatDate', () => {
	it('writes dates the British way', () => {
		expect(formatDate('2024-04-11')).toBe('11 April 2024');
	});
});

describe('a date in the page’s language', () => {
	it('is written by the language’s own rules, and in English unless a language is given', () => {
		const polish = new Intl.DateTimeFormat('pl', { dateStyle: 'long', timeZone: 'UTC' }).format(
			new Date(Date.UTC(2026, 11, 2))
		);
		expect(formatDate('2026-12-02', 'pl')).toBe(polish);
		expect(formatDate('2026-12-02')).toBe('2 December 2026');
		expect(formatDate('2026-12-02', 'ar')).not.toBe(formatDate('2026-12-02'));
	});
});
