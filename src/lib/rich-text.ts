import { pageUrl } from './url';

/**
 * Text from content/data/ with its links: [words](address) becomes a named link (an address without a scheme is a
 * page of this site, "contacts" or "policy/raising-a-concern#contact-us-first"), and every email address and UK
 * phone number becomes a mailto: or tel: link, so that a phone number is never plain text on the site.
 */
export type Segment = { text: string; href?: undefined } | { text: string; href: string };

/** UK phone numbers as the site writes them ("0800 1111", "0344 381 4772", "0121 496 0000"), and 999 and 101. */
export const phonePattern =
	/(?<![\w/.-])(?:0\d{3}(?: \d{3,4}){1,2}|0\d{2} \d{4} \d{4}|999|101)(?![\w/-])/;
export const emailPattern = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
const namedLink = /\[([^\]]+)\]\(([^)\s]+)\)/;

const pattern = new RegExp(
	`${namedLink.source}|(${emailPattern.source})|(${phonePattern.source})`,
	'g'
);

/** The address of a named link: as written if it has a scheme or starts with "/", else a page of this site. */
function address(written: string, base: string): string {
	if (/^(https?:|mailto:|tel:|\/|#)/.test(written)) return written;
	const [slug, anchor] = written.split('#');
	return `${pageUrl(slug ?? '', base)}${anchor ? `#${anchor}` : ''}`;
}

/** The tel: address of a phone number as written: its digits. */
export function telHref(phone: string): string {
	return `tel:${phone.replace(/\D/g, '')}`;
}

/** `text` cut into plain words and links. */
export function segments(text: string, base: string = import.meta.env.BASE_URL): Segment[] {
	const result: Segment[] = [];
	let last = 0;
	for (const match of text.matchAll(pattern)) {
		if (match.index > last) result.push({ text: text.slice(last, match.index) });
		const [whole, label, href, email, phone] = match;
		if (label && href) result.push({ text: label, href: address(href, base) });
		else if (email) result.push({ text: email, href: `mailto:${email}` });
		else if (phone) result.push({ text: phone, href: telHref(phone) });
		else result.push({ text: whole });
		last = match.index + whole.length;
	}
	if (last < text.length) result.push({ text: text.slice(last) });
	return result;
}

/** `text` without its link markup, as a reader sees it: for search, tests and readability. */
export function plainText(text: string): string {
	return segments(text, '/')
		.map((segment) => segment.text)
		.join('');
}
