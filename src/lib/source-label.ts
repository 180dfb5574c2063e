/**
 * The name a guide's list of sources gives a source, so that two pages on one site can be told apart: the site, then
 * the last part of the page's address that has words in it, made readable ("support.tiktok.com › User safety" for
 * https://support.tiktok.com/en/safety-hc/account-and-user-safety/user-safety). A page whose address has no words,
 * only a number (faq.whatsapp.com/1142481766359885), is named by its site and path, which still tells it apart.
 * The schema gives a source no title of its own (src/schemas/apps.ts), so its address is all there is to go on.
 */

/**
 * Parts of an address that say nothing about the page: languages and countries ("en", "en-gb", "za"), a page
 * number ("…/steam-subscriber-agreement/1"), and filler.
 */
const locale = /^(?:[a-z]{2}(?:[-_][a-z]{2,4})?|\d{1,3})$/i;
const filler = new Set(['amp', 'hc', 'index', 'default', 'home', 'view', 'detail']);
/** A file's ending (".html"). */
const extension = /\.(?:s?html?|php|aspx?|txt)$/i;
/** A help centre's article number before its words ("203314270-Reporting-Abuse"). */
const leadingId = /^\d{3,}[-_]+/;
/** A number or identifier after the words ("…-process-a000085549", "…-account--1177538", a GUID). */
const trailingId = /[-_]+(?:[a-z]?\d{4,}|[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12})$/i;
/** Words to read: three letters or more in a row, in any script. */
const hasWords = /\p{L}{3,}/u;
/** At most this many words of a long address are shown; the link itself goes to the page. */
const maxWords = 10;

function decoded(segment: string): string {
	try {
		return decodeURIComponent(segment);
	} catch {
		return segment;
	}
}

/** "report-a-video" as "Report a video"; "" where the part has no words, only numbers or an identifier. */
function readable(segment: string): string {
	const words = segment
		.replace(extension, '')
		.replace(leadingId, '')
		.replace(trailingId, '')
		.split(/[-_+\s]+/)
		.filter(Boolean);
	const text = words.slice(0, maxWords).join(' ') + (words.length > maxWords ? '…' : '');
	if (!hasWords.test(text)) return '';
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A source's name in a guide's list of sources: its site and the words of its address ("hwb.gov.wales › Tik tok"). */
export function sourceLabel(url: string): string {
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return url;
	}
	const site = parsed.hostname.replace(/^www\./, '');
	const segments = parsed.pathname.split('/').filter(Boolean).map(decoded);
	const meaningful = segments.filter(
		(segment) => !locale.test(segment) && !filler.has(segment.replace(extension, '').toLowerCase())
	);
	const last = meaningful.at(-1);
	if (last === undefined) return site;
	const words = readable(last);
	return words ? `${site} › ${words}` : `${site}/${segments.join('/')}`;
}
