import { it } from 'vitest';
import { findChromium } from '../../scripts/lib/chromium.ts';
import { recordLoads, scripts, sum, type Loaded } from '../e2e/support/load';
import { searchLatency, watchKeystrokes } from '../e2e/support/search-box';
import { useBuiltSite } from '../e2e/support/site';

/**
 * `npm run bench`: what each kind of page costs a visitor, and Lighthouse's view of it. It prints a report
 * rather than asserting: the budgets themselves are asserted in tests/e2e/budgets.test.ts, in `npm test`.
 */

const site = useBuiltSite();
const pages = [
	{ name: 'Home page', path: '/' },
	{ name: 'Long policy page (no widget)', path: '/policy/breaches-and-offending-posts/' },
	{ name: 'The whole policy', path: '/policy/in-full/' },
	{ name: 'Age checker', path: '/tools/age-checker/' },
	{ name: 'Quiz', path: '/tools/should-i-post-this/' },
	{ name: 'Helper: worried about a post', path: '/tools/worried-about-a-post/' },
];
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
/** Searches typed in the bench's latency measurement: keywords, questions and a misspelling. */
const searchBenchQueries = ['complaint', 'friend request', 'my son wants snapchat is he old enough', 'a student started following me on tiktok what do I do', 'complane', 'can I put a photo of my daughter\'s sports day online'];
const byType = (loads: Loaded[], type: string) => loads.filter((load) => load.type === type);

it('reports what each page costs', { timeout: 600_000 }, async () => {
	const rows: string[][] = [];
	let baselineJs = 0;
	for (const { name, path } of pages) {
		const visit = await site.open({ viewport: { width: 1280, height: 800 } });
		const loads = recordLoads(visit.page);
		await visit.page.goto(site.url(path));
		await visit.page.waitForLoadState('networkidle');
		const first = [...loads];
		for (const island of await visit.page.locator('astro-island').all()) await island.scrollIntoViewIfNeeded();
		await visit.page.waitForLoadState('networkidle');
		await visit.page.waitForTimeout(300);
		const jsBefore = sum(scripts(first));
		const jsAfter = sum(scripts(loads));
		if (path === '/policy/breaches-and-offending-posts/') baselineJs = jsAfter;
		rows.push([
			name,
			`${kb(sum(byType(first, 'document'), 'bytes'))} / ${kb(sum(byType(first, 'document')))}`,
			`${kb(sum(byType(first, 'stylesheet'), 'bytes'))} / ${kb(sum(byType(first, 'stylesheet')))}`,
			`${kb(sum(scripts(first), 'bytes'))} / ${kb(jsBefore)}`,
			String(first.length),
			kb(jsBefore),
			kb(jsAfter),
			baselineJs > 0 && jsAfter > baselineJs ? `+${kb(jsAfter - baselineJs)}` : '–',
			kb(sum(first)),
		]);
		await visit.close();
	}
	// Search: JavaScript before and after the reader opens it, and how long results take under a slow phone's CPU.
	{
		const visit = await site.open({ viewport: { width: 390, height: 844 } });
		await watchKeystrokes(visit.page);
		const loads = recordLoads(visit.page);
		await visit.page.goto(site.url('/policy/breaches-and-offending-posts/'));
		await visit.page.waitForLoadState('networkidle');
		const before = sum(scripts(loads));
		const timings = await searchLatency(visit.page, searchBenchQueries, 4);
		await visit.page.waitForLoadState('networkidle');
		const after = sum(scripts(loads));
		const sorted = [...timings].sort((a, b) => a - b);
		const at = (share: number) => sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))]!;
		console.log(
			`\nSearch, on a page with no widget: JavaScript ${kb(before)} KB gzip before search is touched, ${kb(after)} KB once it has searched ` +
				`(search words ${kb(sum(loads.filter((load) => /search-words/.test(load.url))))} KB gzip).\n` +
				`Results after the last keystroke, CPU slowed 4x, ${timings.length} queries: median ${at(0.5).toFixed(0)} ms, slowest ${sorted.at(-1)!.toFixed(0)} ms ` +
				`(budget 300 ms).\n`,
		);
		await visit.close();
	}

	const header = ['Page', 'HTML KB raw/gzip', 'CSS KB raw/gzip', 'JS KB raw/gzip', 'Requests', 'JS gzip before view', 'JS gzip after view', 'Widget JS vs no-widget page', 'First load KB gzip'];
	console.log(`\n${[header, header.map(() => '---'), ...rows].map((row) => `| ${row.join(' | ')} |`).join('\n')}\n`);

	// Lighthouse, mobile settings, with the same Chromium as the browser tests.
	const { path: chromePath } = await findChromium();
	const { default: lighthouse } = await import('lighthouse');
	const chromeLauncher = await import('chrome-launcher');
	const chrome = await chromeLauncher.launch({
		chromePath,
		chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
	});
	const scores: string[][] = [];
	try {
		for (const { name, path } of pages) {
			const result = await lighthouse(site.url(path), { port: chrome.port, output: 'json', logLevel: 'error' });
			const lhr = result?.lhr;
			if (!lhr) continue;
			const category = (id: string) => String(Math.round((lhr.categories[id]?.score ?? 0) * 100));
			const audit = (id: string) => lhr.audits[id]?.displayValue ?? '–';
			scores.push([name, category('performance'), category('accessibility'), category('best-practices'), category('seo'), audit('first-contentful-paint'), audit('largest-contentful-paint'), audit('total-blocking-time'), audit('cumulative-layout-shift')]);
		}
	} finally {
		chrome.kill();
	}
	const lhHeader = ['Page', 'Performance', 'Accessibility', 'Best practices', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS'];
	console.log(`Lighthouse (mobile, simulated slow 4G):\n${[lhHeader, lhHeader.map(() => '---'), ...scores].map((row) => `| ${row.join(' | ')} |`).join('\n')}\n`);
});
