/** "Google Classroom or Microsoft Teams": a list joined as the policy writes it. */
export function orList(items: readonly string[]): string {
	return items.length <= 1
		? (items[0] ?? '')
		: `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}
