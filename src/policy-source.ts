import source from 'policy-source.txt?raw';

/**
 * The sentence of the school's original policy text that starts with `opening`, word for word,
 * for widgets that quote the policy. Fails the build if the text has changed and it is gone.
 */
export function policySentence(opening: string): string {
	const text = source.replace(/\s+/g, ' ');
	const start = text.indexOf(opening);
	if (start < 0)
		throw new Error(`content/policy-source.txt no longer has a sentence starting “${opening}”.`);
	const end = text.indexOf('. ', start);
	return text.slice(start, end < 0 ? undefined : end + 1).trim();
}

/** Whether `text` is a heading of the school's own policy text: a line of it on its own ("Extremism"). */
export function isApprovedHeading(text: string): boolean {
	const wanted = text.replace(/\s+/g, ' ').trim();
	return source.split('\n').some((line) => line.replace(/\s+/g, ' ').trim() === wanted);
}
