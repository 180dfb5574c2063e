/**
 * Placeholders left in the school's settings: addresses on the reserved `.example` domains (RFC 2606) and
 * telephone numbers from the ranges Ofcom keeps for drama and fiction, which no real school can have.
 */

const reservedDomain = /(^|[.@/])(example|example\.(com|org|net))(\/|$|:)|\.example(\/|$|:)/i;

/** Ofcom's drama numbers: 01xx 496 0xxx, 0113–0191 496 0xxx, 020 7946 0xxx, 01632 960xxx, 07700 900xxx and others. */
const dramaNumbers = [
	/^01\d{2}4960\d{3}$/,
	/^01\d14960\d{3}$/,
	/^02079460\d{3}$/,
	/^02890180\d{3}$/,
	/^02920180\d{3}$/,
	/^01632960\d{3}$/,
	/^07700900\d{3}$/,
	/^08081570\d{3}$/,
	/^09098790\d{3}$/,
	/^03069990\d{3}$/,
];

/** Whether a number, as its digits dialled in the UK ("07700900123"), is one of Ofcom's drama numbers. */
export const isDramaNumber = (digits: string) => dramaNumbers.some((range) => range.test(digits));

/** Whether one value is a placeholder: a reserved web or email address, or a fictional telephone number. */
export function isPlaceholder(value: string): boolean {
	const digits = value.replace(/[\s()-]/g, '').replace(/^\+44/, '0');
	if (/^\d{10,11}$/.test(digits)) return dramaNumbers.some((range) => range.test(digits));
	const host = value.includes('@')
		? value.split('@').pop()!
		: value.replace(/^[a-z]+:\/\//i, '').split('/')[0]!;
	return reservedDomain.test(`${host}/`);
}

/** The fields ("office.email", "complaintsProcedure.url") that still hold a placeholder, in the order they appear. */
export function placeholderFields(settings: unknown, path = ''): string[] {
	if (typeof settings === 'string') return isPlaceholder(settings) ? [path] : [];
	if (Array.isArray(settings))
		return settings.flatMap((item, index) => placeholderFields(item, `${path}[${index}]`));
	if (settings && typeof settings === 'object') {
		return Object.entries(settings).flatMap(([key, value]) =>
			placeholderFields(value, path ? `${path}.${key}` : key)
		);
	}
	return [];
}
