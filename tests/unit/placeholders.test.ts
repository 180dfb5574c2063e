import { describe, expect, it } from 'vitest';
import { isPlaceholder, placeholderFields } from '../../src/lib/placeholders';

describe('isPlaceholder', () => {
	it.each([
		'https://www.school.example/',
		'office@school.example',
		'https://example.com/page',
		'0121 496 0000',
		'020 7946 0123',
		'+44 7700 900123',
		'01632 960001',
	])('finds “%s”', (value) => {
		expect(isPlaceholder(value)).toBe(true);
	});

	it.each([
		'https://www.stmargarets.sandwell.sch.uk/',
		'office@stmargarets.org.uk',
		'0121 555 0000',
		'0800 1111',
		'Headteacher',
		'examples of good practice',
		'https://www.example-school.org.uk/',
	])('leaves “%s” alone', (value) => {
		expect(isPlaceholder(value)).toBe(false);
	});
});

describe('placeholderFields', () => {
	it('names each field that still holds a placeholder', () => {
		const settings = {
			name: 'A School',
			website: 'https://a.example/',
			office: { email: 'x@a.example', phone: '0161 496 0999' },
			list: ['https://real.org.uk/', 'https://b.example/'],
			year: 2026,
		};
		expect(placeholderFields(settings)).toEqual([
			'website',
			'office.email',
			'office.phone',
			'list[1]',
		]);
	});

	it('finds none in real details', () => {
		expect(
			placeholderFields({
				website: 'https://www.school.sch.uk/',
				office: { phone: '0121 555 1234' },
			})
		).toEqual([]);
	});
});
