import { readFileSync } from 'node:fs';
import { parseListFile } from '../../src/lib/data-file';
import { appSchema, type App } from '../../src/schemas/apps';

function load(path: string): App[] {
	return parseListFile(
		readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'),
		appSchema,
		path
	);
}

/** The made-up apps the checker's rules are tested on, which do not change when the real data does. */
export const fixtureApps = (): App[] => load('tests/fixtures/apps.yaml');

/** The researched apps the site publishes. */
export const contentApps = (): App[] => load('content/data/apps.yaml');
