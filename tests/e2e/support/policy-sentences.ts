import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { normaliseText } from './dist';

const changes = parse(
	readFileSync(new URL('../../../content/deliberate-changes.yaml', import.meta.url), 'utf8')
) as {
	original: string;
	/** A wording the site shows instead of the original (none today: the approved text is never rewritten). */
	replacement?: string;
	/** A dated editorial note shown beside the unchanged original. */
	note?: string;
}[];

/** A policy text a sentence at a time, each with whether the site deliberately words it differently (content/deliberate-changes.yaml). */
export function policySentences(source: string): { sentence: string; changed: boolean }[] {
	return source
		.split('\n')
		.flatMap((line) => normaliseText(line).split(/(?<=[.?!)])\s+(?=[A-Z“"*(])/))
		.filter((sentence) => sentence.length > 0)
		.map((sentence) => ({
			sentence,
			changed: changes.some(
				(change) =>
					change.replacement !== undefined && normaliseText(change.original).includes(sentence)
			),
		}));
}

/** The deliberate changes' new wording or editorial notes, which the site must show. */
export const replacements = changes.flatMap((change) => change.replacement ?? change.note ?? []);
