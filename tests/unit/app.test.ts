import { describe, expect, it } from 'vitest';
import { settingSources } from '../../src/lib/app';

const list = 'https://help.example.org/parental-controls';
const other = 'https://help.example.org/messages';

describe('where a guide names the sources of its settings', () => {
	it('names the list’s one source once under the list where every step rests on it', () => {
		expect(
			settingSources({ source: list, settings: ['Set a time limit.', 'Turn on filters.'] })
		).toEqual({
			steps: [{ text: 'Set a time limit.' }, { text: 'Turn on filters.' }],
			under: list,
			others: false,
		});
	});

	it('names one source once where every step names the same page of its own, or the list’s', () => {
		expect(
			settingSources({
				source: list,
				settings: [
					{ text: 'Messages.', source: other },
					{ text: 'Comments.', source: other },
				],
			})
		).toEqual({
			steps: [{ text: 'Messages.' }, { text: 'Comments.' }],
			under: other,
			others: false,
		});
		expect(
			settingSources({ source: list, settings: ['Time.', { text: 'Filters.', source: list }] })
		).toEqual({ steps: [{ text: 'Time.' }, { text: 'Filters.' }], under: list, others: false });
	});

	it('names a step’s own page beside it, and the list’s source once for the steps without one', () => {
		expect(
			settingSources({
				source: list,
				settings: [
					'Time.',
					{ text: 'Filters.', source: list },
					{ text: 'Messages.', source: other },
				],
			})
		).toEqual({
			steps: [{ text: 'Time.' }, { text: 'Filters.' }, { text: 'Messages.', source: other }],
			under: list,
			others: true,
		});
	});

	it('names no source under the list where every step names its own, on pages that differ', () => {
		const third = 'https://help.example.org/comments';
		expect(
			settingSources({
				source: list,
				settings: [
					{ text: 'Messages.', source: other },
					{ text: 'Comments.', source: third },
				],
			})
		).toEqual({
			steps: [
				{ text: 'Messages.', source: other },
				{ text: 'Comments.', source: third },
			],
			others: false,
		});
	});
});
