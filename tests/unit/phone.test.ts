import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { phoneProblem, phonesIn, ukPhone } from '../../src/lib/phone';
import { metadataModule } from '../../scripts/phone-metadata.ts';
import { notNumbers, writtenNumbers } from '../fixtures/phone/numbers';

describe('UK telephone numbers', () => {
	it.each(writtenNumbers)('knows %s, shows it as %s and dials %s', (written, shown, dialled) => {
		expect(ukPhone(written)).toEqual({ written: shown, href: dialled });
		expect(phoneProblem(written)).toBeUndefined();
	});

	it.each(notNumbers)('refuses “%s” with a message an editor can act on', (written, says) => {
		expect(ukPhone(written)).toBeUndefined();
		const problem = phoneProblem(written);
		expect(problem).toMatch(says);
		// It gives an example of a number that would do.
		expect(problem).toMatch(/such as "\d/);
	});

	it('finds every number in a sentence, as written, and links it', () => {
		const text = 'Ring (01392) 496000 or +44 1392 496000, text 85258, or call 116 123 or 999.';
		const found = phonesIn(text).map(({ start, end, phone }) => [
			text.slice(start, end),
			phone.href,
		]);
		expect(found).toEqual([
			['(01392) 496000', 'tel:01392496000'],
			['+44 1392 496000', 'tel:01392496000'],
			['85258', 'tel:85258'],
			['116 123', 'tel:116123'],
			['999', 'tel:999'],
		]);
	});

	it('takes no years, ages, prices or page numbers for a number', () => {
		for (const text of [
			'Years 10 to 1010, ages 9 to 11.',
			'It cost £101.',
			'In 2026 and 2027.',
			'See page 101.5',
		])
			expect(phonesIn(text), text).toEqual([]);
	});

	it('has metadata written from the installed libphonenumber-js (run npm run phone-metadata after updating it)', () => {
		expect(readFileSync('src/lib/phone-metadata.ts', 'utf8')).toBe(metadataModule());
	});
});
