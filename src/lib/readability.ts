/**
 * How easily a text reads: the Flesch-Kincaid grade level, for the content contract's rule that what pupils read is
 * written for them (src/lib/content-contract.ts). Pure.
 */

/** A rough syllable count for an English word: vowel groups, less a silent final "e". */
export function syllables(word: string): number {
	const w = word.toLowerCase().replace(/[^a-z]/g, '');
	if (w.length <= 3) return 1;
	const groups = w
		.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '')
		.replace(/^y/, '')
		.match(/[aeiouy]{1,2}/g);
	return Math.max(1, groups?.length ?? 1);
}

/** The sentences of a text. */
export const sentencesOf = (text: string) =>
	text.split(/(?<=[.!?])\s+|[.!?]+$/).filter((s) => /[a-z]/i.test(s));

/**
 * The Flesch-Kincaid grade level of a text: roughly the US school grade (age minus 5) that can read it.
 * A pupil of 10 reads comfortably at grade 5 or below.
 */
export function gradeLevel(text: string): number {
	const sentences = Math.max(1, text.split(/[.!?]+(?:\s|$)/).filter((s) => s.trim()).length);
	const words = text.split(/\s+/).filter((w) => /[a-z]/i.test(w));
	const syllableCount = words.reduce((sum, word) => sum + syllables(word), 0);
	return 0.39 * (words.length / sentences) + 11.8 * (syllableCount / words.length) - 15.59;
}

/** The sentence of `text` that is hardest to read, to show an editor what to shorten. */
export function hardestSentence(text: string): { sentence: string; level: number } {
	return sentencesOf(text)
		.map((sentence) => ({ sentence: sentence.trim(), level: gradeLevel(sentence) }))
		.reduce((a, b) => (b.level > a.level ? b : a), { sentence: text.trim(), level: -Infinity });
}
