import { describe, expect, it } from 'vitest';
import { builtPages } from './support/dist';
import { emailPattern, phonePattern } from '../../src/lib/rich-text';

/** Phone numbers and email addresses in a page's text that are not the words of a tel:, sms: or mailto: link. */
function unlinked(document: Document): string[] {
	const found: string[] = [];
	const walker = document.createTreeWalker(document.body, 4 /* NodeFilter.SHOW_TEXT */);
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		const parent = node.parentElement;
		if (!parent || parent.closest('script, style, template, [hidden], .sr-only')) continue;
		const link = parent.closest('a[href]')?.getAttribute('href') ?? '';
		const text = node.textContent ?? '';
		for (const pattern of [
			new RegExp(phonePattern.source, 'g'),
			new RegExp(emailPattern.source, 'g'),
		]) {
			for (const [match] of text.matchAll(pattern)) {
				// A number to text (Shout's 85258) is an sms: link, with the word to send as its body.
				const linked = link.startsWith('tel:')
					? link === `tel:${match.replace(/\D/g, '')}`
					: link.startsWith('sms:')
						? link.replace(/\?.*$/, '') === `sms:${match.replace(/\D/g, '')}`
						: link === `mailto:${match}`;
				if (!linked) found.push(match);
			}
		}
	}
	return found;
}

describe('phone numbers and email addresses on the built site', () => {
	const pages = builtPages();

	it('finds the pages', () => {
		expect(pages.length).toBeGreaterThan(30);
	});

	it.each(pages.map(({ path, document }) => [path, document] as const))(
		'%s shows every one as a tel:, sms: or mailto: link',
		(_path, document) => {
			expect(unlinked(document)).toEqual([]);
		}
	);
});
