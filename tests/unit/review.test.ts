import { describe, expect, it } from 'vitest';
import { isReviewDue } from '../../src/lib/review';

describe('isReviewDue', () => {
	it('is false before the review date and true on and after it', () => {
		expect(isReviewDue('2027-09-01', '2027-08-31')).toBe(false);
		expect(isReviewDue('2027-09-01', '2027-09-01')).toBe(true);
		expect(isReviewDue('2027-09-01', '2028-01-01')).toBe(true);
	});

	it('is false for a date it cannot read, rather than crying wolf', () => {
		expect(isReviewDue('soon', '2027-09-01')).toBe(false);
	});
});
