/** "Google Classroom or Microsoft Teams": a list joined as the policy writes it. */
export function orList(items: readonly string[]): string {
	return items.length <= 1
		? (items[0] ?? '')
		: `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

/** "11 to 16 and 16 to 18": a list joined with "and". */
export function andList(items: readonly string[]): string {
	return items.length <= 1
		? (items[0] ?? '')
		: `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
