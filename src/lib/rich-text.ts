import { phonesIn, ukPhone } from './phone';
import { pageUrl } from './url';

/**
 * Text from content/data/ with its links: [words](address) becomes a named link (an address without a scheme is a
 * page of this site, "contacts" or "policy/raising-a-concern#contact-us-first"), and every email address and UK
 * phone number becomes a mailto: or tel: link, so that a phone number is never plain text on the site.
 */
export type Segment = { text: string; href?: undefined } | { text: string; href: string };

/**
 * What looks like a UK phone number, however it is written ("01392 496000", "(01392) 496000", "+44 1392 496000",
 * "0800 1111", 999, 101, 116 123, 85258): for tests that look for numbers left unlinked. The links themselves are
 * made by src/lib/phone.ts (libphonenumber-js), which also knows whether the number can exist.
 */
export const phonePattern =
	/(?<![\w/.£-])(?:(?:\+44 ?(?:\(0\) ?)?\d{2,4}|\(0\d{2,4}\)|0\d{2,4})(?: ?\d{3,4}){1,2}|999|101|111|116 ?\d{3}|85258)(?![\w/-])/;
export const emailPattern = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
const namedLink = /\[([^\]]+)\]\(([^)\s]+)\)/;

const pattern = new RegExp(`${namedLink.source}|(${emailPattern.source})`, 'g');

/** The address of a named link: as written if it has a scheme or starts with "/", else a page of this site. */
function address(written: string, base: string): string {
	if (/^(https?:|mailto:|tel:|\/|#)/.test(written)) return written;
	const [slug, anchor] = written.split('#');
	return `${pageUrl(slug ?? '', base)}${anchor ? `#${anchor}` : ''}`;
}

/** The tel: address of a phone number as written: the digits dialled in the UK ("+44 1392 496000" is tel:01392496000). */
export function telHref(phone: string): string {
	return ukPhone(phone)?.href ?? `tel:${phone.replace(/\D/g, '')}`;
}

/** Plain words, with each phone number in them as a tel: link. */
function withPhones(text: string): Segment[] {
	const result: Segment[] = [];
	let last = 0;
	for (const { start, end, phone } of phonesIn(text)) {
		if (start > last) result.push({ text: text.slice(last, start) });
		result.push({ text: text.slice(start, end), href: phone.href });
		last = end;
	}
	if (last < text.length) result.push({ text: text.slice(last) });
	return result;
}

/** `text` cut into plain words and links. */
export function segments(text: string, base: string = import.meta.env.BASE_URL): Segment[] {
	const result: Segment[] = [];
	let last = 0;
	for (const match of text.matchAll(pattern)) {
		if (match.index > last) result.push(...withPhones(text.slice(last, match.index)));
		const [whole, label, href, email] = match;
		if (label && href) result.push({ text: label, href: address(href, base) });
		else if (email) result.push({ text: email, href: `mailto:${email}` });
		else result.push({ text: whole });
		last = match.index + whole.length;
	}
	if (last < text.length) result.push(...withPhones(text.slice(last)));
	return result;
}

/** `text` without its link markup, as a reader sees it: for search, tests and readability. */
export function plainText(text: string): string {
	return segments(text, '/')
		.map((segment) => segment.text)
		.join('');
}
