// @ts-check
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Absolute path of the school's settings file: `SCHOOL_SETTINGS` if set, else `content/school.yaml`. */
export function schoolSettingsPath() {
	return resolve(root, process.env.SCHOOL_SETTINGS ?? 'content/school.yaml');
}

/** Absolute path of the school's original policy text: `POLICY_SOURCE` if set, else `content/policy-source.txt`. */
export function policySourcePath() {
	return resolve(root, process.env.POLICY_SOURCE ?? 'content/policy-source.txt');
}

/**
 * The module aliases that point the site's code at the school's files, for Astro's build and for the tests:
 * `school-settings.yaml` and `policy-source.txt` (set by SCHOOL_SETTINGS and POLICY_SOURCE), and `~/` for src/.
 */
export function schoolAliases() {
	return [
		{ find: /^school-settings\.yaml/, replacement: schoolSettingsPath() },
		{ find: /^policy-source\.txt/, replacement: policySourcePath() },
		{ find: /^~\//, replacement: resolve(root, 'src') + '/' },
	];
}
