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
