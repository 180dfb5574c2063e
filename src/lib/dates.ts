/** Calendar dates as { year, month, day }, free of time zones. Months run 1 to 12. */
export interface CalendarDate {
	year: number;
	month: number;
	day: number;
}

function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Reads "2014-03-31" (what a date field gives) or "31/03/2014" (what people type); undefined if it is not a real date. */
export function parseDate(text: string): CalendarDate | undefined {
	const trimmed = text.trim();
	const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
	const british = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed);
	const [year, month, day] = iso
		? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
		: british
			? [Number(british[3]), Number(british[2]), Number(british[1])]
			: [NaN, NaN, NaN];
	if (
		!Number.isInteger(year) ||
		month < 1 ||
		month > 12 ||
		day < 1 ||
		day > daysInMonth(year, month)
	)
		return undefined;
	return { year, month, day };
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
	return a.year - b.year || a.month - b.month || a.day - b.day;
}

/**
 * The day someone born on `birth` turns `years` old. In the UK, someone born on 29 February
 * comes of age on 1 March in a year that is not a leap year.
 */
export function birthday(birth: CalendarDate, years: number): CalendarDate {
	const year = birth.year + years;
	if (birth.month === 2 && birth.day === 29 && daysInMonth(year, 2) === 28)
		return { year, month: 3, day: 1 };
	return { year, month: birth.month, day: birth.day };
}

/** Whole years of age on `today`. */
export function ageOn(birth: CalendarDate, today: CalendarDate): number {
	const years = today.year - birth.year;
	return compareDates(birthday(birth, years), today) <= 0 ? years : years - 1;
}

/** Days from `from` until `to`. */
export function daysUntil(from: CalendarDate, to: CalendarDate): number {
	return Math.round(
		(Date.UTC(to.year, to.month - 1, to.day) - Date.UTC(from.year, from.month - 1, from.day)) /
			86_400_000
	);
}

/** `date` plus `months` calendar months, on the same day or the month's last day if it is shorter. */
function addMonths({ year, month, day }: CalendarDate, months: number): CalendarDate {
	const index = year * 12 + (month - 1) + months;
	const next = { year: Math.floor(index / 12), month: (index % 12) + 1 };
	return { ...next, day: Math.min(day, daysInMonth(next.year, next.month)) };
}

/** The time from `from` until `to` (which is later) in whole years, months and days: "4 months and 7 days". */
export function timeUntil(
	from: CalendarDate,
	to: CalendarDate
): { years: number; months: number; days: number } {
	let months = Math.max((to.year - from.year) * 12 + (to.month - from.month), 0);
	while (months > 0 && compareDates(addMonths(from, months), to) > 0) months -= 1;
	return {
		years: Math.floor(months / 12),
		months: months % 12,
		days: daysUntil(addMonths(from, months), to),
	};
}

export function toIso({ year, month, day }: CalendarDate): string {
	return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const longDates = new Map<string, Intl.DateTimeFormat>();

/** "11 April 2024" in English, "11 kwietnia 2024" in Polish: a calendar date in a language (en-GB unless given). */
export function formatDate(date: CalendarDate | string, lang = 'en-GB'): string {
	const value = typeof date === 'string' ? parseDate(date) : date;
	if (!value) return String(date);
	let format = longDates.get(lang);
	if (!format) {
		format = new Intl.DateTimeFormat(lang, {
			day: 'numeric',
			month: 'long',
			year: 'numeric',
			timeZone: 'UTC',
		});
		longDates.set(lang, format);
	}
	return format.format(new Date(Date.UTC(value.year, value.month - 1, value.day)));
}
