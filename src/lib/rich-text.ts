import { pageUrl } from './url';

/**
 * Text from content/data/ with its links: [words](address) becomes a named link (an address without a scheme is a
 * page of this site, "contacts" or "policy/raising-a-concern#contact-us-first"), and every email address and UK
 * phone number becomes a mailto: or tel: link, so that a phone number is never plain text on the site.
 */
export type Segment = { text: string; href?: undefined } | { text: string; href: string };

/**
 * UK phone numbers however they are written ("01392 496000", "01392496000", "(01392) 496000", "+44 1392 496000",
 * "0121 496 0000", "0800 1111", 999, 101, 116 123, 85258). This pattern runs in the widgets, so it stays small:
 * whether each number can exist is checked when the site builds, by libphonenumber-js (src/lib/phone.ts) in the
 * settings' schema and in the content contract, and a unit test checks that both link every number alike.
 */
export const phonePattern =
	/(?<![\w/.£-])(?:(?:\+44 ?(?:\(0\) ?)?\d{2,4}|\(0\d{2,4}\)|0\d{2,4})(?: ?\d{3,4}){1,2}|999|101|111|116 ?\d{3}|85258)(?![\w/-])/;
export const emailPattern = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
const namedLink = /\[([^\]]+)\]\(([^)\s]+)\)/;

const pattern = new RegExp(`${namedLink.source}|(${emailPattern.source})`, 'g');
const phones = new RegExp(phonePattern.source, 'g');

/** The address of a named link: as written if it has a scheme or starts with "/", else a page of this site. */
function address(written: string, base: string): string {
	if (/^(https?:|mailto:|tel:|sms:|\/|#)/.test(written)) return written;
	const [slug, anchor] = written.split('#');
	return `${pageUrl(slug ?? '', base)}${anchor ? `#${anchor}` : ''}`;
}

/** The tel: address of a phone number as written: the digits dialled in the UK ("+44 1392 496000" is tel:01392496000). */
export function telHref(phone: string): string {
	const digits = phone.replace(/\D/g, '');
	if (!phone.trim().startsWith('+44')) return `tel:${digits}`;
	const national = digits.slice(2);
	return `tel:${national.startsWith('0') ? national : `0${national}`}`;
}

/**
 * The sms: address that opens a new text message to a number with its first word written in (RFC 5724): Shout's
 * "text SHOUT to 85258" is sms:85258?body=SHOUT.
 */
export function smsHref(number: string, word: string): string {
	return `sms:${number.replace(/\D/g, '')}?body=${encodeURIComponent(word)}`;
}

/** Plain words, with each phone number in them as a tel: link. */
function withPhones(text: string): Segment[] {
	const result: Segment[] = [];
	let last = 0;
	for (const [phone] of text.matchAll(phones)) {
		const start = text.indexOf(phone, last);
		if (start > last) result.push({ text: text.slice(last, start) });
		result.push({ text: phone, href: telHref(phone) });
		last = start + phone.length;
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
