import { execFile } from 'node:child_process';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { defaultBuildOf } from '../../scripts/lib/build-record.ts';
import { recordLoads, scripts, settled, sum } from '../../scripts/lib/load.ts';
import { loadedAndIdle } from './support/page-visit';
import { distDir, useBuiltSite } from './support/site';
import { starlightScripts } from './support/starlight';

// Every page's own budgets (150 KB at first, no JavaScript beyond Starlight's without a widget, 15 KB per widget) are
// checked in every-page.test.ts, from one visit to each page; these are the budgets that need a visit of their own.
const site = useBuiltSite();
const KB = 1024;

/** A page of plain Markdown: the JavaScript it loads is Starlight's own (search, table of contents, theme). */
const starlightPage = '/policy/extremism/';

async function firstLoad(path: string) {
	const visit = await site.open({ viewport: { width: 1280, height: 800 } });
	const loads = recordLoads(visit.page);
	await visit.page.goto(site.url(path));
	await loadedAndIdle(visit.page);
	await settled(loads);
	return { ...visit, loads };
}

describe('performance budgets', () => {
	it('Starlight’s own JavaScript is all a page of plain Markdown loads', async () => {
		const { loads, close } = await firstLoad(starlightPage);
		expect(scripts(loads).length).toBeGreaterThan(0);
		expect(
			scripts(loads)
				.filter((load) => !starlightScripts.test(load.url))
				.map((load) => load.url)
		).toEqual([]);
		await close();
	});

	it.each(['/', starlightPage])(
		'%s, which has no widget, loads at most 5 KB of gzipped JavaScript before search is touched',
		async (path) => {
			const { loads, close } = await firstLoad(path);
			expect(sum(scripts(loads))).toBeLessThanOrEqual(5 * KB);
			expect(
				loads
					.filter((load) => /pagefind|search-dialog|search-words/.test(load.url))
					.map((load) => load.url)
			).toEqual([]);
			await close();
		}
	);

	it('search’s code and Pagefind’s load when the reader shows intent: hovering on the search button', async () => {
		const { loads, page, close } = await firstLoad(starlightPage);
		await page.locator('site-search[data-ready]').waitFor({ state: 'attached' });
		await page.locator('site-search [data-search-open]').hover();
		await page.locator('site-search[data-search-ready]').waitFor({ state: 'attached' });
		// A response is recorded once its body is read, which can finish after the dialog says it is ready.
		await settled(loads);
		const urls = scripts(loads).map((load) => load.url);
		expect(urls.some((url) => /search-dialog/.test(url))).toBe(true);
		expect(urls.some((url) => /pagefind\.js$/.test(url))).toBe(true);
		await close();
	});

	it('a widget’s JavaScript loads only when it scrolls into view', async () => {
		const { loads, page, close } = await firstLoad('/policy/age-limits/');
		expect(scripts(loads).filter((load) => !starlightScripts.test(load.url))).toEqual([]);
		await page.locator('astro-island').first().scrollIntoViewIfNeeded();
		// The form is in the built page from the start; `data-ready` says the island has woken.
		await page.locator('.age-checker__form[data-ready]').waitFor();
		await settled(loads);
		expect(scripts(loads).filter((load) => /AgeChecker/.test(load.url)).length).toBe(1);
		await close();
	});

	it('the age checker’s own page is at most 90 KB of HTML: its island gets only what a verdict needs', () => {
		expect(statSync(`${distDir}tools/age-checker/index.html`).size).toBeLessThanOrEqual(90 * KB);
	});

	it('the whole site builds in under 60 seconds', async () => {
		// `npm run build` (scripts/build.ts) times the build that made dist/; without a record of it, build again.
		const recorded = defaultBuildOf(distDir);
		let seconds = recorded?.seconds;
		if (seconds === undefined) {
			const started = performance.now();
			await promisify(execFile)(
				'npx',
				['astro', 'build', '--outDir', join(mkdtempSync(join(tmpdir(), 'build-')), 'dist')],
				{
					cwd: new URL('../../', import.meta.url),
					env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
				}
			);
			seconds = (performance.now() - started) / 1000;
		}
		expect(seconds).toBeLessThan(60);
	}, 180_000);
});
