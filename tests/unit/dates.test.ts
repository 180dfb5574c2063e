import { describe, expect, it } from 'vitest';
import { ageOn, birthday, formatDate, monthsUntil, parseDate } from '../../src/lib/dates';

describe('parseDate', () => {
	it('reads the form a date field gives and the form people type', () => {
		expect(parseDate('2014-03-31')).toEqual({ year: 2014, month: 3, day: 31 });
		expect(parseDate('31/03/2014')).toEqual({ year: 2014, month: 3, day: 31 });
		expect(parseDate(' 1.3.2014 ')).toEqual({ year: 2014, month: 3, day: 1 });
	});

	it.each(['', 'yesterday', '2014-02-30', '31/04/2014', '2014-13-01', '00/01/2014', '29/02/2013'])('rejects “%s”', (text) => {
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

describe('monthsUntil and formatDate', () => {
	it('rounds part of a month up', () => {
		expect(monthsUntil({ year: 2026, month: 11, day: 24 }, { year: 2027, month: 3, day: 31 })).toBe(5);
		expect(monthsUntil({ year: 2026, month: 11, day: 24 }, { year: 2027, month: 3, day: 24 })).toBe(4);
	});

	it('writes dates the British way', () => {
		expect(formatDate('2024-04-11')).toBe('11 April 2024');
	});
});
