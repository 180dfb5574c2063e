import { readFileSync } from 'node:fs';
import { parseObjectFile } from '../../src/lib/data-file';
import { mostUsedAppsSchema } from '../../src/schemas/most-used-apps';

/** The list of the apps most used by UK children aged 8 to 16, as the build reads it. */
export const mostUsedApps = parseObjectFile(
	readFileSync(new URL('../../content/data/most-used-apps.yaml', import.meta.url), 'utf8'),
	mostUsedAppsSchema,
	'content/data/most-used-apps.yaml'
);
