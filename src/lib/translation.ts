import { createHash } from 'node:crypto';

/**
 * What a translated page records about itself (its frontmatter's `translation:`), and what follows from it: whether the
 * English it was made from has changed since, and whether a speaker at the school has checked it.
 */
export interface TranslationRecord {
	/** The first 12 hex digits of the SHA-256 of the English page's file when the translation was made. */
	source: string;
	/** The day the translation was made, "2026-12-02". */
	made: string;
	/** How it was made: `machine` (with a machine, by the site's developers) or `person` (by someone who reads the language). */
	method: 'machine' | 'person';
	/** Who at the school, reading the language, checked it; null until someone has. */
	checkedBy: string | null;
	checkedOn: string | null;
}

/** The fingerprint of an English page's file that a translation records: the first 12 hex digits of its SHA-256. */
export function sourceHash(text: string): string {
	// The learners' word written as a placeholder ({learners}, README "The school's words and ages") reads as the
	// template's own word, so writing it so does not make a translation out of date.
	const read = text.replace(
		/\{(learners|Learners|learner|Learner|learnersInPolicy)\}/g,
		(_, name: string) =>
			({
				learners: 'pupils',
				Learners: 'Pupils',
				learner: 'pupil',
				Learner: 'Pupil',
				learnersInPolicy: 'pupils/students',
			})[name]!
	);
	return createHash('sha256').update(read, 'utf8').digest('hex').slice(0, 12);
}

export interface TranslationState {
	/** The English page has not changed since the translation was made from it. */
	upToDate: boolean;
	/** A speaker at the school has checked it. */
	checked: boolean;
}

/** The state of a translation, from what it records and the English page's file as it is now. */
export function translationState(record: TranslationRecord, englishText: string): TranslationState {
	return {
		upToDate: sourceHash(englishText) === record.source,
		checked: record.checkedBy !== null && record.checkedOn !== null,
	};
}

/** One line of `npm run translations`, or of the build's warning, for a translation. */
export function describeState(file: string, englishFile: string, state: TranslationState): string {
	return [
		file,
		state.upToDate
			? 'up to date'
			: `OUT OF DATE: ${englishFile} has changed since it was translated`,
		state.checked ? 'checked by a speaker' : 'not yet checked by a speaker',
	].join(' · ');
}
