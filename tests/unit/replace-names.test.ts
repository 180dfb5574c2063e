import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replaceNames } from '../../src/lib/replace-names';

describe('replaceNames', () => {
	it('replaces longer names first, as whole words', () => {
		const text =
			'approved by the Headteacher/Principal, or told to the Headteacher. Headteachers and the DSL.';
		expect(
			replaceNames(text, [
				['Headteacher', 'Principal'],
				['Headteacher/Principal', 'Principal'],
				['DSL', 'Safeguarding Lead'],
			])
		).toBe(
			'approved by the Principal, or told to the Principal. Headteachers and the Safeguarding Lead.'
		);
	});

	it('never replaces a new name again, even when it contains an old one', () => {
		expect(
			replaceNames('St Anne’s School and St Anne’s', [
				['St Anne’s School', 'St Anne’s Academy'],
				['St Anne’s', 'St Anne’s Academy'],
			])
		).toBe('St Anne’s Academy and St Anne’s Academy');
	});

	it('leaves a text alone when nothing changes', () => {
		fc.assert(
			fc.property(fc.string(), fc.array(fc.string()), (text, names) => {
				expect(
					replaceNames(
						text,
						names.map((name) => [name, name] as const)
					)
				).toBe(text);
			})
		);
	});

	it('takes any names and text without throwing, and removes every old name it can see whole', () => {
		fc.assert(
			fc.property(fc.string(), fc.stringMatching(/^[A-Z][a-z]{2,8}$/), (text, name) => {
				const result = replaceNames(`${text} ${name} `, [[name, '#']]);
				expect(result.endsWith(' # ')).toBe(true);
			})
		);
	});
});
