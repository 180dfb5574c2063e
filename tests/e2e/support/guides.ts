import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

interface Entry {
	id: string;
	name: string;
	kind?: string;
	controls?: {
		url: string;
		source: string;
		settings: (string | { text: string; source: string })[];
	};
	reporting?: { url: string };
	minimumAge?: unknown;
	pegi?: { rating: number };
	/** A yearly series' current edition. */
	edition?: string;
	series?: unknown;
	stores?: unknown;
}

/** The apps in content/data/apps.yaml, as the guide pages are built from them. */
export function guideEntries(): Entry[] {
	return parse(
		readFileSync(new URL('../../../content/data/apps.yaml', import.meta.url), 'utf8')
	) as Entry[];
}

/** Two guides to test the template on: the first with settings and reporting links, and the first with neither. */
export function sampleGuides(): { full: string; sparse: string } {
	const entries = guideEntries();
	const full = entries.find((entry) => entry.controls && entry.reporting)!;
	const sparse = entries.find((entry) => !entry.controls && !entry.reporting)!;
	return { full: full.id, sparse: sparse.id };
}

/**
 * The guides that stand for all of them in the checks that visit every page: every guide is built from one
 * template (src/pages/apps/[app].astro), so what can differ between two guides is which parts of the template
 * their entry fills. One of each, chosen from the data (so a school that edits apps.yaml keeps a sample):
 * settings and reporting both given, neither given, a game with a PEGI rating, an entry with no minimum age
 * and no rating, a yearly series, and one with store ratings. The same guide can stand for several.
 */
export function guideSample(): { why: string; id: string }[] {
	const entries = guideEntries();
	const { full, sparse } = sampleGuides();
	const picks: [string, Entry | undefined][] = [
		['settings and reporting', entries.find((entry) => entry.id === full)],
		['neither settings nor reporting', entries.find((entry) => entry.id === sparse)],
		['a game with a PEGI rating', entries.find((entry) => entry.pegi)],
		['no minimum age and no rating', entries.find((entry) => !entry.minimumAge && !entry.pegi)],
		['a yearly series', entries.find((entry) => entry.edition || entry.series)],
		['store ratings', entries.find((entry) => entry.stores)],
	];
	const sample = new Map<string, string[]>();
	for (const [why, entry] of picks)
		if (entry) sample.set(entry.id, [...(sample.get(entry.id) ?? []), why]);
	return [...sample].map(([id, whys]) => ({ id, why: whys.join(', ') }));
}

/** The sampled guides' addresses: "/apps/roblox/". */
export const guideSamplePaths = () => guideSample().map(({ id }) => `/apps/${id}/`);

/** Every page's address but the guides' not in the sample, for the checks that visit pages one by one. */
export function withGuidesSampled(paths: string[]): string[] {
	const sample = guideSamplePaths();
	return paths.filter((path) => !path.startsWith('/apps/') || sample.includes(path));
}
