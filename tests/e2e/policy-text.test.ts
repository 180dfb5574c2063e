import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtPages, normaliseText } from './support/dist';
import { policySentences, replacements } from './support/policy-sentences';
import { policySourcePath } from '../../src/school-settings-path.mjs';

/** The original text, a sentence at a time. */
const sentences = policySentences(readFileSync(policySourcePath(), 'utf8'));

const pages = builtPages();
const siteText = normaliseText(
	pages.map(({ document }) => document.querySelector('main')?.textContent ?? '').join('\n')
);

describe('the policy’s own words', () => {
	it('were split into enough sentences to mean something', () => {
		expect(sentences.length).toBeGreaterThan(40);
	});

	it.each(sentences.filter(({ changed }) => !changed).map(({ sentence }) => sentence))(
		'appear on the site: “%s”',
		(sentence) => {
			expect(siteText).toContain(sentence);
		}
	);

	it.each(replacements.map((replacement) => [replacement]))(
		'include each deliberate change: “%s”',
		(replacement) => {
			expect(siteText).toContain(normaliseText(replacement));
		}
	);

	it('never state WhatsApp’s old age limit as a current fact', () => {
		for (const { path, document } of pages.filter(({ path }) => path !== '/about/changes/')) {
			expect(normaliseText(document.querySelector('main')?.textContent ?? ''), path).not.toMatch(
				/WhatsApp is 16\+/
			);
		}
	});
});
