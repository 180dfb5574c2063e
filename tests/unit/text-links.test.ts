import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitLinks } from '../../src/lib/text-links';

describe('addresses in notes', () => {
	it('splits an address in brackets from the words around it', () => {
		expect(
			splitLinks('Sources disagree: the Hwb guide (https://hwb.gov.wales/a/b/) says 13.')
		).toEqual([
			{ text: 'Sources disagree: the Hwb guide (' },
			{ url: 'https://hwb.gov.wales/a/b/' },
			{ text: ') says 13.' },
		]);
	});

	it('leaves a full stop or comma after an address to the sentence', () => {
		expect(splitLinks('Read https://example.org/terms. Then ask.')).toEqual([
			{ text: 'Read ' },
			{ url: 'https://example.org/terms' },
			{ text: '. Then ask.' },
		]);
		expect(splitLinks('https://example.org/a?x=1, and more')).toEqual([
			{ url: 'https://example.org/a?x=1' },
			{ text: ', and more' },
		]);
	});

	it('links a named address with its own words, keeping the words and brackets out of the text', () => {
		expect(
			splitLinks('As [Discord said](https://discord.com/a), teens are safer. See https://b.org/c.')
		).toEqual([
			{ text: 'As ' },
			{ url: 'https://discord.com/a', words: 'Discord said' },
			{ text: ', teens are safer. See ' },
			{ url: 'https://b.org/c' },
			{ text: '.' },
		]);
	});

	it('gives back text with no address unchanged, and loses no character of any text', () => {
		expect(splitLinks('No address here.')).toEqual([{ text: 'No address here.' }]);
		fc.assert(
			fc.property(
				fc.array(
					fc.oneof(
						fc.string(),
						fc.constantFrom(
							'https://example.org/x',
							' (http://a.b/c). ',
							' [its words](https://e.org/y), '
						)
					)
				),
				(pieces) => {
					const text = pieces.join('');
					expect(
						splitLinks(text)
							.map((part) =>
								'url' in part ? (part.words ? `[${part.words}](${part.url})` : part.url) : part.text
							)
							.join('')
					).toBe(text);
				}
			)
		);
	});
});
