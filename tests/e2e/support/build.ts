import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = new URL('../../../', import.meta.url);

/** The environment without what the test runner adds (NODE_ENV=test, BASE_URL…), which would change the build. */
function buildEnv(): NodeJS.ProcessEnv {
	const runnerKeys = /^(VITEST.*|NODE_ENV|TEST|MODE|BASE_URL|PROD|DEV|SSR)$/;
	return Object.fromEntries(Object.entries(process.env).filter(([key]) => !runnerKeys.test(key)));
}

/**
 * Builds the site into `outDir` as `astro build` would outside the test runner, with `env` added (BASE_PATH,
 * SCHOOL_SETTINGS…; a key set to undefined is left out). Runs Astro's own command with Node rather than through
 * npx, so that the log is the build's alone.
 */
export function buildSite(outDir: string, env: Record<string, string | undefined>) {
	const merged = { ...buildEnv(), ASTRO_TELEMETRY_DISABLED: '1', ...env };
	const defined = Object.fromEntries(
		Object.entries(merged).filter((entry): entry is [string, string] => entry[1] !== undefined)
	);
	return promisify(execFile)(
		process.execPath,
		[fileURLToPath(new URL('node_modules/astro/bin/astro.mjs', root)), 'build', '--outDir', outDir],
		{
			cwd: root,
			env: defined,
			maxBuffer: 16 * 1024 * 1024,
		}
	);
}
