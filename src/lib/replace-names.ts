/** A name in a text and what it becomes. */
export type Rename = readonly [from: string, to: string];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `text` with each old name replaced by its new one, as whole words, in one pass: longer names first, so
 * "Headteacher/Principal" is replaced before "Headteacher", and a new name is never replaced again.
 */
export function replaceNames(text: string, renames: readonly Rename[]): string {
	const wanted = new Map(renames.filter(([from, to]) => from.trim() !== '' && from !== to));
	if (wanted.size === 0) return text;
	const names = [...wanted.keys()].sort((a, b) => b.length - a.length).map(escape);
	const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
	return text.replace(pattern, (name) => wanted.get(name) ?? name);
}
