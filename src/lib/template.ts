/** Words with {names} in them, filled in: the widgets' and pages' templates. */

/** Fills {name} in `template` from `values`; a name with no value stays as written, so a slip shows. */
export function fill(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (written, name: string) =>
		name in values ? String(values[name]) : written
	);
}

/**
 * `template` cut at its {names}, each replaced by its value, which need not be text (a link, say): for words
 * around an element. A name with no value stays as written.
 */
export function fillParts<T>(template: string, values: Record<string, T>): (string | T)[] {
	return template
		.split(/(\{\w+\})/)
		.filter((part) => part !== '')
		.map((part) => {
			const name = /^\{(\w+)\}$/.exec(part)?.[1];
			return name !== undefined && name in values ? values[name]! : part;
		});
}
