import { compareDates, parseDate } from './dates';

/** Whether the policy's review date has passed on `today` (both YYYY-MM-DD). */
export function isReviewDue(nextReview: string, today: string): boolean {
	const review = parseDate(nextReview);
	const now = parseDate(today);
	return Boolean(review && now && compareDates(now, review) >= 0);
}
