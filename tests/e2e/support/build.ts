import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const root = new URL('../../../', import.meta.url);

/** The environment without what the test runner adds (NODE_ENV=test, BASE_URL…), which would change the build. */
function buildEnv(): NodeJS.ProcessEnv {
	const runnerKeys = /^(VITEST.*|NODE_ENV|TEST|MODE|BASE_URL|PROD|DEV|SSR)$/;
	return Object.fromEntries(Object.entries(process.env).filter(([key]) => !runnerKeys.test(key)));
}

/** Builds the site into `outDir` as `astro build` would outside the test runner, with `env` added (BASE_PATH, SCHOOL_SETTINGS…). */
export function buildSite(outDir: string, env: Record<string, string>) {
	return promisify(execFile)('npx', ['astro', 'build', '--outDir', outDir], {
		cwd: root,
		env: { ...buildEnv(), ASTRO_TELEMETRY_DISABLED: '1', ...env },
	});
}
