/**
 * The search dialog's sentences from content/data/search.yaml, with their placeholders filled in: "{count} pages
 * found." with 3 is "3 pages found.". A placeholder with no value is left as written, so that a mistake shows.
 */
export function fillIn(
	sentence: string,
	values: Readonly<Record<string, string | number>>
): string {
	return sentence.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in values ? String(values[name]) : whole
	);
}
