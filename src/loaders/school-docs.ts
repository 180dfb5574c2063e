import { readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { pageBand } from '../lib/audience';
import { fillNames } from '../lib/school-names';
import { docId, names, school, teachesBand } from '../school';

/** The frontmatter fields that may use the school's names and word for its learners ({learners}, {shortName} …). */
const filled = ['title', 'description', 'summary', 'pupilSummary', 'keywords', 'hero'] as const;

/** A page's id in content/docs from its file, as Astro gives it: "policy/age-limits", "lessons" for lessons/index.mdx. */
const slugOf = (file: string) => file.replace(/\.mdx?$/, '').replace(/(.)\/index$/, '$1');

/**
 * The school's pages in content/docs, as this school's site has them: each at the address its word for its learners
 * gives ("for-students" at a school that says students), with the school's words in its title, description,
 * summaries and keywords, and without the pages of an age band the school does not teach (`ageRange`), which are then
 * not built, listed or searched. Astro keeps loaded pages between builds; a change to the school's settings loads them all again.
 */
export function schoolDocs(
	base: string,
	/** The pages to load, as glob patterns (`!pl/**` leaves a folder out). */
	pattern: string | string[] = '**/[^_]*.{md,mdx}'
): Loader {
	return {
		name: 'school-docs',
		// Everything is read when the pages are loaded, not when this module is imported (Starlight imports it at run time too).
		load: async (context) => {
			const pages = readdirSync(fileURLToPath(new URL(base, context.config.root)), {
				recursive: true,
				encoding: 'utf8',
			}).filter((file) => /\.mdx?$/.test(file));
			const untaught = pages.filter((file) => {
				const band = pageBand(slugOf(file));
				return band !== undefined && !teachesBand(band);
			});
			const inner = glob({
				base,
				pattern: [...[pattern].flat(), ...untaught.map((file) => `!${file}`)],
				generateId: ({ entry, data }) =>
					typeof data.slug === 'string' ? data.slug : docId(slugOf(entry)),
			});
			const settings = createHash('sha256').update(JSON.stringify(school)).digest('hex');
			if (context.meta.get('school') !== settings) {
				context.store.clear();
				context.meta.set('school', settings);
			}
			await inner.load({
				...context,
				parseData: async (props) => {
					const data = (await context.parseData(props)) as Record<string, unknown>;
					for (const field of filled)
						if (data[field] !== undefined) data[field] = fillNames(data[field], names);
					const sidebar = data.sidebar as { label?: string } | undefined;
					if (sidebar?.label) sidebar.label = fillNames(sidebar.label, names);
					return data as typeof props.data;
				},
			});
		},
	};
}
