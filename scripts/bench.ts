// npm run bench: what each kind of page costs a visitor, and Lighthouse's view of it.
//
// Builds the site (and times the build), serves dist/, and opens each page in the same Chromium as the browser
// tests: HTML, CSS and JavaScript loaded (raw and gzipped), requests, JavaScript before and after its widgets
// are in view, and the layout shift while it loads and is scrolled on a phone. Then Lighthouse's mobile scores.
// It prints a report rather than asserting: the budgets themselves are asserted in `npm test`
// (tests/e2e/budgets.test.ts and the layout-shift tests).
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './lib/chromium.ts';
import { recordLoads, scripts, settled, sum, type Loaded } from './lib/load.ts';
import { serveStatic } from './lib/static-server.ts';
import { searchLatency, watchKeystrokes } from './lib/search-box.ts';

export const benchPages = [
	{ name: 'Home page', path: '/' },
	{ name: 'Long policy page (no widget)', path: '/policy/breaches-and-offending-posts/' },
	{ name: 'The whole policy', path: '/policy/in-full/' },
	{ name: 'Age checker', path: '/tools/age-checker/' },
	{ name: 'Quiz', path: '/tools/should-i-post-this/' },
	{ name: 'Before you post', path: '/tools/before-you-post/' },
	{ name: 'Helper: worried about a post', path: '/tools/worried-about-a-post/' },
	{ name: 'App guide (Roblox)', path: '/apps/roblox/' },
];

/** Searches typed in the latency measurement: keywords, questions and a misspelling. */
const searchQueries = [
	'complaint',
	'friend request',
	'my son wants snapchat is he old enough',
	'a student started following me on tiktok what do I do',
	'complane',
	'can I put a photo of my daughter’s sports day online',
];

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const byType = (loads: Loaded[], type: string) => loads.filter((load) => load.type === type);
const table = (header: string[], rows: string[][]) =>
	[header, header.map(() => '---'), ...rows].map((row) => `| ${row.join(' | ')} |`).join('\n');

/** What one page costs: sizes at first load, and JavaScript once every widget has been scrolled into view. */
async function measureLoad(browser: Browser, url: string) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	const loads = recordLoads(page);
	await page.goto(url, { waitUntil: 'networkidle' });
	await settled(loads);
	const first = [...loads];
	for (const island of await page.locator('astro-island').all())
		await island.scrollIntoViewIfNeeded();
	await page.waitForLoadState('networkidle');
	await settled(loads);
	await context.close();
	return { first, all: loads };
}

/** Cumulative layout shift while a page loads and is scrolled to the bottom at 390 px, as a phone would. */
async function measureLayoutShift(browser: Browser, url: string): Promise<number> {
	const context = await browser.newContext({
		viewport: { width: 390, height: 844 },
		deviceScaleFactor: 2,
		isMobile: true,
	});
	const page = await context.newPage();
	await page.addInitScript(() => {
		const shifts: number[] = [];
		(window as unknown as { __shifts: number[] }).__shifts = shifts;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as (PerformanceEntry & {
				value: number;
				hadRecentInput: boolean;
			})[]) {
				if (!entry.hadRecentInput) shifts.push(entry.value);
			}
		}).observe({ type: 'layout-shift', buffered: true });
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	const height = await page.evaluate(() => document.documentElement.scrollHeight);
	for (let y = 0; y <= height; y += 400) {
		await page.mouse.wheel(0, 400);
		await page.evaluate(() => new Promise(requestAnimationFrame));
	}
	await page.waitForLoadState('networkidle');
	const cls = await page.evaluate(() =>
		(window as unknown as { __shifts: number[] }).__shifts.reduce((a, b) => a + b, 0)
	);
	await context.close();
	return cls;
}

/** JavaScript on a page with no widget before and after the reader searches, and how long results take after the last keystroke with the CPU slowed 4x. */
async function measureSearch(browser: Browser, url: string): Promise<string> {
	const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
	const page = await context.newPage();
	await watchKeystrokes(page);
	const loads = recordLoads(page);
	await page.goto(url, { waitUntil: 'networkidle' });
	const before = sum(scripts(loads));
	const timings = await searchLatency(page, searchQueries, 4);
	await page.waitForLoadState('networkidle');
	const after = sum(scripts(loads));
	await context.close();
	const sorted = [...timings].sort((a, b) => a - b);
	const median = sorted[Math.floor(sorted.length / 2)]!;
	return (
		`Search, on a page with no widget: JavaScript ${kb(before)} KB gzip before search is touched, ${kb(after)} KB once it has searched.\n` +
		`Results after the last keystroke, CPU slowed 4x, ${timings.length} queries: median ${median.toFixed(0)} ms, slowest ${sorted.at(-1)!.toFixed(0)} ms (budget 300 ms).`
	);
}

async function lighthouseScores(url: string, port: number): Promise<string[]> {
	const { default: lighthouse } = await import('lighthouse');
	const result = await lighthouse(url, { port, output: 'json', logLevel: 'error' });
	const lhr = result?.lhr;
	if (!lhr) return ['–', '–', '–', '–', '–', '–', '–', '–'];
	const category = (id: string) => String(Math.round((lhr.categories[id]?.score ?? 0) * 100));
	const audit = (id: string) => lhr.audits[id]?.displayValue ?? '–';
	// Which accessibility checks failed, so that a score under 100 can be mended.
	const failed = (lhr.categories.accessibility?.auditRefs ?? [])
		.filter(({ id, weight }) => weight > 0 && lhr.audits[id]?.score === 0)
		.map(({ id }) => id);
	if (failed.length > 0)
		console.warn(`Lighthouse accessibility, ${url}: failed ${failed.join(', ')}`);
	return [
		category('performance'),
		category('accessibility'),
		category('best-practices'),
		category('seo'),
		audit('first-contentful-paint'),
		audit('largest-contentful-paint'),
		audit('total-blocking-time'),
		audit('cumulative-layout-shift'),
	];
}

export async function bench(root: string): Promise<string> {
	const started = Date.now();
	execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
	const buildSeconds = (Date.now() - started) / 1000;

	const server = await serveStatic(`${root}dist`);
	const port = 9300 + Math.floor(Math.random() * 500);
	const browser = await launchBrowser([`--remote-debugging-port=${port}`]);
	const costs: string[][] = [];
	const scores: string[][] = [];
	let search = '';
	try {
		search = await measureSearch(browser, `${server.url}policy/breaches-and-offending-posts/`);
		let baselineJs = 0;
		for (const { name, path } of benchPages) {
			const url = `${server.url}${path.replace(/^\//, '')}`;
			const { first, all } = await measureLoad(browser, url);
			const jsBefore = sum(scripts(first));
			const jsAfter = sum(scripts(all));
			if (path === '/policy/breaches-and-offending-posts/') baselineJs = jsAfter;
			const cls = await measureLayoutShift(browser, url);
			costs.push([
				name,
				`${kb(sum(byType(first, 'document'), 'bytes'))} / ${kb(sum(byType(first, 'document')))}`,
				`${kb(sum(byType(first, 'stylesheet'), 'bytes'))} / ${kb(sum(byType(first, 'stylesheet')))}`,
				`${kb(sum(scripts(first), 'bytes'))} / ${kb(jsBefore)}`,
				String(first.length),
				kb(jsBefore),
				kb(jsAfter),
				baselineJs > 0 && jsAfter > baselineJs ? `+${kb(jsAfter - baselineJs)}` : '–',
				kb(sum(first)),
				cls.toFixed(3),
			]);
			scores.push([name, ...(await lighthouseScores(url, port))]);
		}
	} finally {
		await browser.close();
		await server.close();
	}
	return [
		`Build: ${buildSeconds.toFixed(1)} s`,
		'',
		table(
			[
				'Page',
				'HTML KB raw/gzip',
				'CSS KB raw/gzip',
				'JS KB raw/gzip',
				'Requests',
				'JS gzip before view',
				'JS gzip after view',
				'Widget JS vs no-widget page',
				'First load KB gzip',
				'CLS at 390 px, loading and scrolling',
			],
			costs
		),
		'',
		search,
		'',
		'Lighthouse (mobile, simulated slow 4G and 4x slower CPU):',
		table(
			['Page', 'Performance', 'Accessibility', 'Best practices', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS'],
			scores
		),
	].join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	console.log(await bench(fileURLToPath(new URL('../', import.meta.url))));
}
