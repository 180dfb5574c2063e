/// <reference types="vitest/config" />
import { defineConfig } from 'vitest/config';
import { schoolAliases } from './src/school-settings-path.mjs';

/**
 * The tests need only the aliases that point the code at the school's files (the same as the build's), not Astro's
 * whole Vite configuration: loading that (getViteConfig) ran every integration and put Astro's plugins in front of
 * every module, and was most of the unit suite's time. Preact's JSX is compiled as tsconfig.json says.
 *
 * `unit` (rules and content) and `components` import the same modules file after file: they run without isolating
 * each file (`isolate: false`), so a module is imported once per worker, not once per test file (no test here mocks
 * a module or changes shared state, and the component tests clean up after each test). `e2e` runs the browser files
 * one at a time (each starts its own browser, and some build the site); `dist` runs the files that only read the
 * built site and start no browser, in parallel where there are workers for it.
 */
/** The browser-test files that only read the built site (dist/) and start no browser: files in parallel, as Vitest allows. */
const readDistOnly = [
	'tests/e2e/pages.test.ts',
	'tests/e2e/contact-links.test.ts',
	'tests/e2e/policy-text.test.ts',
];

export default defineConfig({
	resolve: { alias: schoolAliases() },
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
					environment: 'node',
					isolate: false,
				},
			},
			{
				extends: true,
				test: {
					name: 'components',
					include: ['tests/components/**/*.test.tsx'],
					environment: 'happy-dom',
					isolate: false,
				},
			},
			{
				extends: true,
				test: { name: 'dist', include: readDistOnly, environment: 'node', testTimeout: 60_000 },
			},
			{
				extends: true,
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					exclude: readDistOnly,
					environment: 'node',
					testTimeout: 60_000,
					hookTimeout: 120_000,
					fileParallelism: false,
					// Tests marked concurrent (axe's, which run in the browser) run two at a time.
					maxConcurrency: 2,
				},
			},
		],
	},
});
