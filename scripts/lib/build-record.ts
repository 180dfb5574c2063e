import { existsSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** What `npm run build` (scripts/build.ts) keeps of its last build, for the tests to read. */
export interface BuildRecord {
	/** Where it built to, absolute. */
	outDir: string;
	seconds: number;
	exitCode: number;
	/** When it ended (ms since 1970). */
	finished: number;
	/** The settings that change what is built, as they were set (absent when not set). */
	settings: Partial<Record<(typeof settingNames)[number], string>>;
	/** Everything the build printed, standard output and errors. */
	log: string;
}

/** The variables that change what a build makes. */
export const settingNames = ['SITE_URL', 'BASE_PATH', 'SCHOOL_SETTINGS', 'POLICY_SOURCE'] as const;

export const buildRecordPath = fileURLToPath(
	new URL('../../.astro/last-build.json', import.meta.url)
);

/** What a setting is when it changes nothing: no public address, the site at the root (as `npm test` builds). */
const unchanged: Partial<Record<(typeof settingNames)[number], string>> = {
	SITE_URL: '',
	BASE_PATH: '/',
};

export const recordedSettings = (env: NodeJS.ProcessEnv): BuildRecord['settings'] =>
	Object.fromEntries(
		settingNames.flatMap((name) =>
			env[name] === undefined || env[name] === unchanged[name] ? [] : [[name, env[name]!]]
		)
	);

/**
 * The record of the last `npm run build`, if it built `outDir` with none of the settings set (as `npm test` builds)
 * and succeeded, and nothing in `outDir` has been built since; otherwise undefined, and a test builds for itself.
 */
export function defaultBuildOf(outDir: string): BuildRecord | undefined {
	if (!existsSync(buildRecordPath) || !existsSync(`${outDir}/index.html`)) return undefined;
	const record = JSON.parse(readFileSync(buildRecordPath, 'utf8')) as BuildRecord;
	const sameDir = record.outDir.replace(/\/$/, '') === outDir.replace(/\/$/, '');
	const fresh = statSync(`${outDir}/index.html`).mtimeMs <= record.finished;
	return sameDir && fresh && record.exitCode === 0 && Object.keys(record.settings).length === 0
		? record
		: undefined;
}
