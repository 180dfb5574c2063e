import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { parseListFile } from '../lib/data-file';
import { fillNames } from '../lib/school-names';
import { names } from '../school';

/** A copy of `value` with `change` applied to every piece of text in it (plain objects and lists only). */
function rewrite<V>(value: V, change: (text: string) => string): V {
	if (typeof value === 'string') return change(value) as V;
	if (Array.isArray(value)) return value.map((item) => rewrite(item, change)) as V;
	if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
		return Object.fromEntries(
			Object.entries(value).map(([key, item]) => [key, rewrite(item, change)])
		) as V;
	return value;
}

/**
 * Loads a YAML list of entries from `content/`, failing the build with a message that names
 * the entry and the field when one is wrong (Astro's own `file()` loader only logs such errors).
 */
export function yamlList<T extends { id: string }>(
	file: string,
	schema: z.ZodType<T>,
	/** Which entries this school's site shows (the age bands it teaches, say): all of them unless given. */
	keep: (entry: T) => boolean = () => true,
	/** Words to change before the school's names are filled in (the template's "pupil" as {learner}, say). */
	prepare: (text: string) => string = (text) => text
): Loader {
	return {
		name: 'yaml-list',
		schema,
		async load({ config, store, parseData, watcher }) {
			const path = fileURLToPath(new URL(file, config.root));
			const entries = parseListFile(await readFile(path, 'utf8'), schema, file);
			// Loaded afresh each time, so that the school's settings are always this build's.
			store.clear();
			for (const entry of entries.filter(keep)) {
				store.set({
					id: entry.id,
					// With the school's names and word for its learners filled in ({learners}, {dsl} …).
					data: fillNames(rewrite(await parseData({ id: entry.id, data: entry }), prepare), names),
					filePath: file,
				});
			}
			watcher?.add(path);
		},
	};
}
