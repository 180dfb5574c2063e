import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { normaliseText } from './dist';

const changes = parse(
	readFileSync(new URL('../../../content/deliberate-changes.yaml', import.meta.url), 'utf8')
) as {
	original: string;
	replacement: string;
}[];

/** A policy text a sentence at a time, each with whether the site deliberately words it differently (content/deliberate-changes.yaml). */
export function policySentences(source: string): { sentence: string; changed: boolean }[] {
	return source
		.split('\n')
		.flatMap((line) => normaliseText(line).split(/(?<=[.?!)])\s+(?=[A-Z“"*(])/))
		.filter((sentence) => sentence.length > 0)
		.map((sentence) => ({
			sentence,
			changed: changes.some((change) => normaliseText(change.original).includes(sentence)),
		}));
}

/** The deliberate changes' new wording, which the site must show. */
export const replacements = changes.map((change) => change.replacement);
