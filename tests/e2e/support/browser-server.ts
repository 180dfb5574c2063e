import type { TestProject } from 'vitest/node';
import { launchBrowserServer } from '../../../scripts/lib/chromium.ts';

declare module 'vitest' {
	interface ProvidedContext {
		/** The address of the Chromium the browser-test files share (support/site.ts connects to it). */
		chromiumEndpoint: string;
	}
}

/**
 * The e2e project's global setup (vitest.config.ts): one Chromium for every browser-test file of the run. Starting
 * Chromium cost each file a second or more of CPU before its first test; each file now connects to this one and
 * opens its own contexts (each a fresh profile: no cookies, storage or cache shared between tests), and closing its
 * connection closes them. Stopped when every file has finished.
 */
export default async function setup(project: TestProject) {
	const server = await launchBrowserServer();
	project.provide('chromiumEndpoint', server.wsEndpoint());
	return async () => {
		await server.close();
	};
}
