import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { plainText, segments, telHref } from '../../src/lib/rich-text';
import { school } from '../../src/school';
import { writtenNumbers } from '../fixtures/phone/numbers';

describe('text with links', () => {
	it('makes named links, pages of the site, email addresses and phone numbers into links', () => {
		expect(segments('Follow the [complaints procedure](https://example.org/c) now.', '/')).toEqual([
			{ text: 'Follow the ' },
			{ text: 'complaints procedure', href: 'https://example.org/c' },
			{ text: ' now.' },
		]);
		expect(segments('See [Contacts](contacts#helplines).', '/sub/')).toEqual([
			{ text: 'See ' },
			{ text: 'Contacts', href: '/sub/contacts/#helplines' },
			{ text: '.' },
		]);
		expect(segments(`Email ${school.office.email} or call ${school.office.phone}.`, '/')).toEqual([
			{ text: 'Email ' },
			{ text: school.office.email, href: `mailto:${school.office.email}` },
			{ text: ' or call ' },
			{ text: school.office.phone, href: telHref(school.office.phone) },
			{ text: '.' },
		]);
	});

	it('knows the numbers the routes give', () => {
		for (const number of [
			'0800 1111',
			'0344 381 4772',
			'0808 800 5000',
			'0800 789 321',
			'999',
			'101',
		]) {
			expect(segments(`Call ${number}.`, '/')[1]).toEqual({
				text: number,
				href: `tel:${number.replace(/ /g, '')}`,
			});
		}
		// However a school writes its own number (tests/fixtures/phone/numbers.ts), it is a link dialling it.
		for (const [written, , dialled] of writtenNumbers)
			expect(segments(`Ring the office (${written}).`, '/')[1], written).toEqual({
				text: written,
				href: dialled,
			});
		expect(segments('Years 10 to 1010, ages 9 to 11.', '/')).toEqual([
			{ text: 'Years 10 to 1010, ages 9 to 11.' },
		]);
	});

	it('loses no words: the plain text is the text without its link markup', () => {
		fc.assert(
			fc.property(
				fc.string(),
				fc.string({ minLength: 1 }).filter((s) => !/[[\]()\s]/.test(s)),
				(words, label) => {
					const clean = words.replace(/[[\]]/g, '');
					expect(plainText(`${clean}[${label}](https://example.org)${clean}`)).toBe(
						`${clean}${label}${clean}`
					);
					expect(
						segments(clean, '/')
							.map((segment) => segment.text)
							.join('')
					).toBe(clean);
				}
			)
		);
	});
});
