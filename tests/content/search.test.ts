import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { parseObjectFile } from '../../src/lib/data-file';
import { planQuery, stopWords, words } from '../../src/lib/search-query';
import { searchSettingsSchema } from '../../src/schemas/search';

const file = 'content/data/search.yaml';
const read = () => parse(readFileSync(file, 'utf8')) as Record<string, any>;
const check = (data: unknown) => () => parseObjectFile(stringify(data), searchSettingsSchema, file);

describe('the search box’s words in content/data/search.yaml', () => {
	const settings = parseObjectFile(readFileSync(file, 'utf8'), searchSettingsSchema, file);

	it('are valid', () => {
		expect(settings.suggestions.length).toBeGreaterThan(0);
		expect(settings.synonyms.length).toBeGreaterThan(0);
	});

	it('list each word people type once, so that it maps to one thing', () => {
		const typed = settings.synonyms.flatMap((synonym) => synonym.words);
		expect(typed.filter((word, index) => typed.indexOf(word) !== index)).toEqual([]);
	});

	it('map to words that carry meaning, which the search looks for', () => {
		for (const { means } of settings.synonyms) expect(words(means).some((word) => !stopWords.has(word)), means).toBe(true);
		for (const { words: typed, means } of settings.synonyms) {
			for (const phrase of typed) expect(planQuery(phrase, settings.synonyms)[0]?.term, phrase).toBe(words(means).join(' '));
		}
	});

	it('stop the build with a message naming the file and the field when something is wrong', () => {
		const upper = read();
		upper.synonyms[0].words[0] = 'Nudes';
		expect(check(upper)).toThrow(/content\/data\/search\.yaml[\s\S]*synonyms\[0\]\.words\[0\][\s\S]*lower case/);
		const missing = read();
		delete missing.synonyms[1].means;
		expect(check(missing)).toThrow(/synonyms\[1\]\.means": is missing/);
		const none = read();
		none.suggestions = [];
		expect(check(none)).toThrow(/suggestions[\s\S]*at least one/);
	});
});
