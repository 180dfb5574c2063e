import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

interface Entry {
	id: string;
	name: string;
	controls?: { url: string };
	reporting?: { url: string };
	minimumAge?: unknown;
	pegi?: { rating: number };
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
