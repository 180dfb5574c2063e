/**
 * Web addresses written in the data's notes, shown as links rather than as raw addresses mid-sentence: an address
 * written as [words](https://address) is a link with those words, and a bare address a link named by its site.
 */

export type TextPart = { text: string } | { url: string; words?: string };

const address = /\[([^\]\n]+)\]\((https?:\/\/[^\s)]+)\)|https?:\/\/[^\s)]+/g;

/**
 * "See https://hwb.gov.wales/x." becomes the text "See ", the address, and the text "."; "See [Hwb's guide](https://…)."
 * becomes "See ", the address with the words "Hwb's guide", and ".".
 */
export function splitLinks(text: string): TextPart[] {
	const parts: TextPart[] = [];
	let at = 0;
	for (const match of text.matchAll(address)) {
		const start = match.index;
		const [whole, words, named] = match;
		if (start > at) parts.push({ text: text.slice(at, start) });
		if (named !== undefined && words !== undefined) {
			parts.push({ url: named, words });
			at = start + whole.length;
			continue;
		}
		// A full stop or comma straight after an address ends the sentence, not the address.
		const url = whole.replace(/[.,;:!?]+$/, '');
		parts.push({ url });
		at = start + url.length;
	}
	if (at < text.length) parts.push({ text: text.slice(at) });
	return parts;
}
