import {
	findPhoneNumbersInText,
	parsePhoneNumberFromString,
	validatePhoneNumberLength,
} from 'libphonenumber-js/core';
import { ukPhoneMetadata as metadata } from './phone-metadata';
import { isDramaNumber } from './placeholders';

/**
 * UK telephone numbers, recognised and formatted by libphonenumber-js (with the UK's part of its metadata,
 * src/lib/phone-metadata.ts), in every way people write them: "01392 496000", "01392496000", "+44 1392 496000",
 * "(01392) 496000", "0121 496 0000", "020 7946 0000", "07700 900000", "0800 1111". The short numbers it does not
 * know (999, 101, 111, 112, 116 123, 85258) are recognised here, as they are written.
 */

/** The short numbers the site gives: emergency (999, 112), police (101), NHS 111, the 116 helplines, Shout's 85258. */
const shortNumber = /^(?:999|112|111|101|116 ?\d{3}|85258)$/;
/** The same short numbers, inside a sentence: not part of a longer number, a year range or an address. */
export const shortNumberInText =
	/(?<![\w/.£$-])(?:999|112|111|101|116 ?\d{3}|85258)(?![\w/-]|[.,]\d)/g;

/** A number as the site shows and links it. */
export interface Phone {
	/** As dialled in the UK, with the usual spaces: "01392 496000", "020 7946 0000", "0800 1111", "999". */
	written: string;
	/** The tel: address: the digits dialled in the UK ("tel:01392496000"), which every phone can call. */
	href: string;
}

const fromShort = (text: string): Phone => ({
	written: text.replace(/\s+/g, ' '),
	href: `tel:${text.replace(/\D/g, '')}`,
});

/** The number `text` is, or undefined if it is not a UK telephone number (a short one, or a full one that can exist). */
export function ukPhone(text: string): Phone | undefined {
	const trimmed = text.trim();
	if (shortNumber.test(trimmed)) return fromShort(trimmed);
	if (!/^[\d\s()+.-]+$/.test(trimmed)) return undefined;
	const number = parsePhoneNumberFromString(trimmed, 'GB', metadata);
	return number && usable(number) ? asPhone(number) : undefined;
}

type Parsed = NonNullable<ReturnType<typeof parsePhoneNumberFromString>>;

/** A UK number that can exist, or one of Ofcom's drama numbers (the template's placeholders, "07700 900000"). */
const usable = (number: Parsed) =>
	number.countryCallingCode === '44' &&
	(number.isValid() || (number.isPossible() && isDramaNumber(`0${number.nationalNumber}`)));

function asPhone(number: Parsed): Phone {
	const written = number.formatNational();
	return { written, href: `tel:${written.replace(/\D/g, '')}` };
}

/**
 * Why `text` is not a UK telephone number, in words an editor can act on, or undefined when it is one.
 * "ring the office": has no digits; "01392 49600": a digit short; "+33 1 23 45 67 89": not a UK number.
 */
export function phoneProblem(text: string): string | undefined {
	const trimmed = text.trim();
	if (ukPhone(trimmed)) return undefined;
	const example = 'such as "01392 496000", "020 7946 0000" or "0800 1111"';
	if (trimmed === '') return `is empty: type the telephone number, ${example}`;
	if (!/\d/.test(trimmed))
		return `“${trimmed}” has no digits: type the telephone number itself, ${example}`;
	if (!/^[\d\s()+.-]+$/.test(trimmed))
		return `“${trimmed}” has letters or signs in it: type only the number, ${example} (put who answers and when in the hours or the description)`;
	const digits = trimmed.replace(/\D/g, '');
	if (trimmed.startsWith('+') && !digits.startsWith('44'))
		return `“${trimmed}” is not a UK number: the site lists numbers that can be rung from the UK, ${example}`;
	const length = validatePhoneNumberLength(trimmed, 'GB', metadata);
	if (length === 'TOO_SHORT')
		return `“${trimmed}” is too short for a UK number: check that no digit is missing, ${example}`;
	if (length === 'TOO_LONG')
		return `“${trimmed}” is too long for a UK number: check that no digit is repeated, ${example}`;
	return `“${trimmed}” is not a UK telephone number that can exist: check the area code and the digits, ${example}`;
}

/** Each telephone number in `text`: where it starts and ends in the text, and how it is linked. */
export function phonesIn(text: string): { start: number; end: number; phone: Phone }[] {
	const found = findPhoneNumbersInText(text, { defaultCountry: 'GB', extended: true }, metadata)
		.filter((match) => usable(match.number))
		.map((match) => {
			// "(01392 496000)": the brackets are the sentence's, around the number, not the area code's.
			const written = text.slice(match.startsAt, match.endsAt);
			const opened = written.split('(').length - written.split(')').length;
			const open = opened > 0 && written.startsWith('(') ? 1 : 0;
			const close = opened < 0 && written.endsWith(')') ? 1 : 0;
			return {
				start: match.startsAt + open,
				end: match.endsAt - close,
				phone: asPhone(match.number),
			};
		});
	for (const match of text.matchAll(shortNumberInText)) {
		const start = match.index;
		const end = start + match[0].length;
		if (!found.some((other) => start < other.end && other.start < end))
			found.push({ start, end, phone: fromShort(match[0]) });
	}
	return found.sort((a, b) => a.start - b.start);
}
