import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parse, stringify } from 'yaml';
import { isPlaceholder } from '../../../src/lib/placeholders';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = new URL('../../../', import.meta.url);

/** The environment without what the test runner adds (NODE_ENV=test, BASE_URL…), which would change the build. */
function buildEnv(): NodeJS.ProcessEnv {
	const runnerKeys = /^(VITEST.*|NODE_ENV|TEST|MODE|BASE_URL|PROD|DEV|SSR)$/;
	return Object.fromEntries(Object.entries(process.env).filter(([key]) => !runnerKeys.test(key)));
}

/**
 * One Astro build at a time in this project, across the test files that build (they run in parallel): every build
 * writes the same caches (`.astro/`, `node_modules/.astro/data-store.json`), and two builds with different settings
 * at once could read each other's. The lock is a directory (made atomically) holding the builder's process id; one
 * left by a process that has ended is taken over.
 */
const lockDir = join(
	tmpdir(),
	`astro-build-lock-${createHash('sha1').update(fileURLToPath(root)).digest('hex').slice(0, 12)}`
);
const alive = (pid: number) => {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
};
async function withBuildLock<T>(work: () => Promise<T>): Promise<T> {
	for (;;) {
		try {
			mkdirSync(lockDir);
			writeFileSync(join(lockDir, 'pid'), String(process.pid));
			break;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
			let owner = 0;
			try {
				owner = Number(readFileSync(join(lockDir, 'pid'), 'utf8'));
			} catch {
				// Released just now, or its owner has not written its id yet.
			}
			if (owner && owner !== process.pid && !alive(owner))
				rmSync(lockDir, { recursive: true, force: true });
			// Another file's build is under way: look again shortly (a build takes 15 s or more).
			else await sleep(250);
		}
	}
	try {
		return await work();
	} finally {
		rmSync(lockDir, { recursive: true, force: true });
	}
}

/**
 * Builds the site into `outDir` as `astro build` would outside the test runner, with `env` added (BASE_PATH,
 * SCHOOL_SETTINGS…; a key set to undefined is left out). Runs Astro's own command with Node rather than through
 * npx, so that the log is the build's alone; one build at a time (withBuildLock).
 */
export function buildSite(outDir: string, env: Record<string, string | undefined>) {
	const merged = { ...buildEnv(), ASTRO_TELEMETRY_DISABLED: '1', ...env };
	const defined = Object.fromEntries(
		Object.entries(merged).filter((entry): entry is [string, string] => entry[1] !== undefined)
	);
	return withBuildLock(() =>
		promisify(execFile)(
			process.execPath,
			[
				fileURLToPath(new URL('node_modules/astro/bin/astro.mjs', root)),
				'build',
				'--outDir',
				outDir,
			],
			{
				cwd: root,
				env: defined,
				maxBuffer: 16 * 1024 * 1024,
			}
		)
	);
}

/**
 * Warnings a build may print, each with why. Any other line that warns fails the build-output tests, so that the
 * warnings an editor must see are not buried.
 */
export const allowedWarnings: { line: RegExp; why: string }[] = [
	{
		line: /\[school-settings\] content\/school\.yaml still has placeholder details in /,
		why: 'the warning this site promises while placeholders remain',
	},
	{
		line: /\[school-settings\] The policy's review date \(\d{4}-\d\d-\d\d\) has passed/,
		why: 'the warning this site promises once the review date has passed',
	},
];

/** The lines of a build's log that warn, without colours. */
export const warningLines = (log: string) =>
	log
		.replace(/\x1b\[[0-9;]*m/g, '')
		.split('\n')
		.filter((line) => /\bwarn(ing)?\b/i.test(line));

/**
 * Writes to `file` the school's settings (content/school.yaml) with every placeholder replaced by a real-looking
 * value, as a school's would be once adopted, and the review date `nextReview`.
 */
export function writeRealSettings(file: string, nextReview: string) {
	const real = (value: unknown): unknown => {
		if (typeof value === 'string')
			return isPlaceholder(value)
				? /\d{4}$/.test(value)
					? '0121 555 0100'
					: value.replace(/\.example\b/g, '.sch.uk')
				: value;
		if (Array.isArray(value)) return value.map(real);
		if (value && typeof value === 'object')
			return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, real(inner)]));
		return value;
	};
	const settings = real(parse(readFileSync(new URL('content/school.yaml', root), 'utf8'))) as {
		policy: { nextReview: string };
	};
	settings.policy.nextReview = nextReview;
	writeFileSync(file, stringify(settings));
}
