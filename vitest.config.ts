/// <reference types="vitest/config" />
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { schoolAliases } from './src/school-settings-path.mjs';
import { testsIndependentOfSettings } from './scripts/lib/settings-readers.ts';

/**
 * The tests need only the aliases that point the code at the school's files (the same as the build's), not Astro's
 * whole Vite configuration: loading that (getViteConfig) ran every integration and put Astro's plugins in front of
 * every module, and was most of the unit suite's time. Preact's JSX is compiled as tsconfig.json says.
 *
 * `unit` (rules and content) and `components` import the same modules file after file: they run without isolating
 * each file (`isolate: false`), so a module is imported once per worker, not once per test file (no test here mocks
 * a module or changes shared state, and the component tests clean up after each test).
 *
 * `dist` (the files that only read the built site and start no browser) and `e2e` (the browser files, and the files
 * that build the site with other settings) run their files side by side, `browserWorkers` at a time: one at a time, a
 * browser file left a core idle while it waited on Chromium. Two, one a core: a third was tried, and on a loaded
 * machine it only slowed the others past their time limits. No file depends on another: each starts its own server
 * and browser on the built site, and the builds of other configurations go to folders of their own, one at a time
 * (tests/e2e/support/build.ts).
 */
const browserWorkers = 2;

/**
 * `npm run test:adopter` (ONLY_SETTINGS_READERS=1) runs the unit and component files again under another school's
 * settings, but only those whose imports can reach the settings or content (scripts/lib/settings-readers.ts scans
 * them): a file of pure rules on fixtures gives the same result under any settings, and `npm run test:unit` runs it.
 */
const sameUnderAnySettings = process.env.ONLY_SETTINGS_READERS
	? testsIndependentOfSettings(import.meta.dirname)
	: [];

/** The browser-test files that only read the built site (dist/) and start no browser. */
const readDistOnly = [
	'tests/e2e/pages.test.ts',
	'tests/e2e/contact-links.test.ts',
	'tests/e2e/policy-text.test.ts',
];

/**
 * The longest browser files, longest first (their time in `npm run test:timing`), with the files that build another
 * configuration between them (their builds take turns, so two of them side by side would leave a worker waiting):
 * started first, so that the suite does not end waiting on one of them while the other workers are idle. Vitest's
 * own order uses the times of the last run where it has them, and otherwise the files' sizes, which on a fresh
 * clone put these late.
 */
const longestFirst = [
	'tests/e2e/accessibility.test.ts',
	'tests/e2e/other-school.test.ts',
	'tests/e2e/search.test.ts',
	'tests/e2e/sub-path.test.ts',
	'tests/e2e/parents.test.ts',
	'tests/e2e/settings-build.test.ts',
	'tests/e2e/every-page.test.ts',
];

class LongestFirst extends BaseSequencer {
	override async sort(files: TestSpecification[]) {
		const sorted = await super.sort(files);
		const rank = (spec: TestSpecification) => {
			const at = longestFirst.findIndex((file) => spec.moduleId.endsWith(file));
			return at < 0 ? longestFirst.length : at;
		};
		// A stable sort: the listed files first, in the list's order; the rest as Vitest ordered them.
		return sorted
			.map((spec, index) => ({ spec, index }))
			.sort((a, b) => rank(a.spec) - rank(b.spec) || a.index - b.index)
			.map(({ spec }) => spec);
	}
}

export default defineConfig({
	resolve: { alias: schoolAliases() },
	test: {
		sequence: { sequencer: LongestFirst },
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
					exclude: sameUnderAnySettings,
					environment: 'node',
					isolate: false,
				},
			},
			{
				extends: true,
				test: {
					name: 'components',
					include: ['tests/components/**/*.test.tsx'],
					exclude: sameUnderAnySettings,
					environment: 'happy-dom',
					isolate: false,
				},
			},
			{
				extends: true,
				test: {
					name: 'dist',
					include: readDistOnly,
					environment: 'node',
					testTimeout: 60_000,
					maxWorkers: browserWorkers,
					// After unit and components when every project runs at once (their workers are fewer).
					sequence: { groupOrder: 1 },
				},
			},
			{
				extends: true,
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					exclude: readDistOnly,
					environment: 'node',
					// AxeBuilder checks in the page itself (tests/e2e/support/setup-axe.ts says why).
					setupFiles: ['tests/e2e/support/setup-axe.ts'],
					testTimeout: 60_000,
					hookTimeout: 120_000,
					maxWorkers: browserWorkers,
					sequence: { groupOrder: 1 },
					// Tests marked concurrent (axe's, which run in the browser) run two at a time.
					maxConcurrency: 2,
				},
			},
		],
	},
});
