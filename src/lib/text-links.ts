/** Web addresses written in the data's notes, shown as links named by their site rather than as raw addresses mid-sentence. */

export type TextPart = { text: string } | { url: string };

const address = /https?:\/\/[^\s)]+/g;

/** "See https://hwb.gov.wales/x." becomes the text "See ", the address, and the text ".". */
export function splitLinks(text: string): TextPart[] {
	const parts: TextPart[] = [];
	let at = 0;
	for (const match of text.matchAll(address)) {
		// A full stop or comma straight after an address ends the sentence, not the address.
		const url = match[0].replace(/[.,;:!?]+$/, '');
		const start = match.index;
		if (start > at) parts.push({ text: text.slice(at, start) });
		parts.push({ url });
		at = start + url.length;
	}
	if (at < text.length) parts.push({ text: text.slice(at) });
	return parts;
}
