import type { ErrorCode, FieldError } from './age-check';
import { fill } from './template';

/**
 * The age checker's form in words: what the form needs as the page loads, kept apart from the verdict's words
 * (age-verdict.ts), which load only when the reader starts to check.
 */

/** The message for what is wrong with a field. */
export function errorMessage(
	error: FieldError,
	words: { errors: Record<ErrorCode, string> }
): string {
	return fill(words.errors[error.code], error.values ?? {});
}

/** "Reception", "Year 7". */
export function yearGroupName(
	yearGroup: number,
	words: { yearGroups: Record<'reception' | 'year', string> }
): string {
	return yearGroup === 0
		? words.yearGroups.reception
		: fill(words.yearGroups.year, { number: yearGroup });
}
