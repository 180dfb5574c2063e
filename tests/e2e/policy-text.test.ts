import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { builtPages, normaliseText } from './support/dist';

const source = readFileSync(new URL('../../content/policy-source.txt', import.meta.url), 'utf8');
const changes = parse(readFileSync(new URL('../../content/deliberate-changes.yaml', import.meta.url), 'utf8')) as {
	original: string;
	replacement: string;
}[];

/** The original text, a sentence at a time. */
const sentences = source
	.split('\n')
	.flatMap((line) => normaliseText(line).split(/(?<=[.?!)])\s+(?=[A-Z“"*(])/))
	.filter((sentence) => sentence.length > 0);

const siteText = normaliseText(
	builtPages()
		.map(({ document }) => document.querySelector('main')?.textContent ?? '')
		.join('\n'),
);

const isChanged = (sentence: string) => changes.some((change) => normaliseText(change.original).includes(sentence));

describe('the policy’s own words', () => {
	it('were split into enough sentences to mean something', () => {
		expect(sentences.length).toBeGreaterThan(40);
	});

	it.each(sentences.filter((sentence) => !isChanged(sentence)))('appear on the site: “%s”', (sentence) => {
		expect(siteText).toContain(sentence);
	});

	it.each(changes.map((change) => [change.replacement]))('include each deliberate change: “%s”', (replacement) => {
		expect(siteText).toContain(normaliseText(replacement));
	});

	it('never state WhatsApp’s old age limit as a current fact', () => {
		const pages = builtPages().filter(({ path }) => path !== '/about/changes/');
		for (const { path, document } of pages) {
			expect(normaliseText(document.querySelector('main')?.textContent ?? ''), path).not.toMatch(/WhatsApp is 16\+/);
		}
	});
});
