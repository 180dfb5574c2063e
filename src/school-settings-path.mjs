// @ts-check
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

/** Absolute path of the school's settings file: `SCHOOL_SETTINGS` if set, else `content/school.yaml`. */
export function schoolSettingsPath() {
	const root = fileURLToPath(new URL('..', import.meta.url));
	return resolve(root, process.env.SCHOOL_SETTINGS ?? 'content/school.yaml');
}
