import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtPages, normaliseText } from './support/dist';
import { policySentences, replacements } from './support/policy-sentences';
import { policySourcePath } from '../../src/school-settings-path.mjs';
import { parse } from 'yaml';
import { fillNames } from '../../src/lib/school-names';
import { withLearnerPlaceholders } from '../../src/lib/audience';
import { names } from '../../src/school';

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

	// Deliberately changed (issue 27): the approved sentence stays word for word ("WhatsApp is 16+" included), and a
	// dated editorial note stands beside it wherever it appears, so that no page states the old age limit on its own.
	it('never state a fact the approved text has overtaken without the dated note beside it', () => {
		// As the site reads them: the template's "pupils" in the school's own word, and its names filled in.
		const notes = (
			parse(readFileSync('content/deliberate-changes.yaml', 'utf8')) as {
				id: string;
				original: string;
				note: string;
			}[]
		).map((entry) => ({
			...entry,
			original: fillNames(withLearnerPlaceholders(entry.original), names),
			note: fillNames(withLearnerPlaceholders(entry.note), names),
		}));
		for (const { id, original, note } of notes) {
			const carrying = pages.filter(({ document }) =>
				normaliseText(document.querySelector('main')?.textContent ?? '').includes(
					normaliseText(original)
				)
			);
			expect(carrying.length, id).toBeGreaterThan(0);
			for (const { path, document } of carrying) {
				const block = [...document.querySelectorAll('[data-layer="policy"]')].find((element) =>
					normaliseText(element.textContent ?? '').includes(normaliseText(original))
				);
				if (!block) continue; // quoted, as on "Changes from the original text", not shown as the policy
				const next = block.nextElementSibling;
				expect(next?.matches('[data-layer="note"]'), `${path}: ${id}`).toBe(true);
				expect(normaliseText(next?.textContent ?? ''), path).toContain(normaliseText(note));
			}
		}
	});
});
