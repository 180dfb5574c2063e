import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/chromium.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { writePolicyPdf } from '../../scripts/policy-pdf.ts';
import { policySections } from '../../src/sidebar';
import { allowedWarnings, buildSite, warningLines, writeRealSettings } from './support/build';
import { builtPages } from './support/dist';
import { openSearch, searchBox, searchFor } from '../../scripts/lib/search-box.ts';

// One build for the settings a school sets when it publishes: the site served under a path (BASE_PATH), at its
// public address (SITE_URL), with real contact details and (to see the warning) a review date that has passed.
const base = '/policies/social-media/';
const siteUrl = 'https://policy.school.test';

const dir = mkdtempSync(join(tmpdir(), 'sub-path-'));
const out = join(dir, 'dist');
let server: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;
let log = '';

beforeAll(async () => {
	writeRealSettings(join(dir, 'school.yaml'), '2020-01-31');
	const { stdout, stderr } = await buildSite(out, {
		BASE_PATH: base,
		SITE_URL: siteUrl,
		SCHOOL_SETTINGS: join(dir, 'school.yaml'),
	});
	log = `${stdout}\n${stderr}`;
	server = await serveStatic(out, base);
	browser = await launchBrowser();
	// A build, after waiting its turn for another file's (support/build.ts).
}, 300_000);
afterAll(async () => {
	await browser?.close();
	await server?.close();
});

describe(`the site built to be served from ${base}`, () => {
	it('links only to pages and files that exist under that path', () => {
		const broken: string[] = [];
		for (const { path, document } of builtPages(out)) {
			for (const element of document.querySelectorAll('a[href], link[href], script[src]')) {
				const value = element.getAttribute('href') ?? element.getAttribute('src')!;
				const url = new URL(value, `http://site${base}${path.slice(1)}`);
				if (url.host !== 'site' || /^(mailto|tel):/.test(value)) continue;
				if (!url.pathname.startsWith(base)) {
					broken.push(`${path} → ${value} (outside ${base})`);
					continue;
				}
				const file = join(out, url.pathname.slice(base.length));
				if (!existsSync(url.pathname.endsWith('/') ? join(file, 'index.html') : file))
					broken.push(`${path} → ${value}`);
			}
		}
		expect(broken).toEqual([]);
	});

	it('searches, and its widgets work, there', async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
		await page.goto(`${server.url}tools/age-checker/`);
		await page.locator('.age-checker__form[data-ready]').waitFor();
		await page.getByRole('combobox', { name: /app, site or game/i }).fill('tiktok');
		await page.getByLabel('Child’s age').fill('14');
		await page.getByRole('button', { name: 'Check' }).click();
		await expect(page.locator('.age-verdict__headline').innerText()).resolves.toMatch(
			/^Meets the minimum age/
		);
		await expect(page.locator('.age-verdict__guide a').getAttribute('href')).resolves.toBe(
			`${base}apps/tiktok/`
		);
		await openSearch(page);
		// searchFor gives each result within the site; its link is under the path the site is served from.
		expect((await searchFor(page, 'WhatsApp'))[0]).toBe('/apps/whatsapp/');
		const href = (await searchBox.results(page).first().getAttribute('href')) ?? '';
		expect(new URL(href, page.url()).pathname).toBe(`${base}apps/whatsapp/`);
		expect((await searchFor(page, 'how do I complain about my child’s teacher'))[0]).toBe(
			'/policy/raising-a-concern/'
		);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('prints the whole policy as a PDF from there', async () => {
		const pdf = await writePolicyPdf(out, join(out, '..', 'policy.pdf'), base);
		expect(
			pdf.sections.map(({ page }) => page).every((page) => page > 2 && page <= pdf.pageCount)
		).toBe(true);
		expect(pdf.sections).toHaveLength(policySections.length);
	});
});

describe('a build with SITE_URL, and a review date that has passed', () => {
	it('warns once that the review date has passed, and not about placeholders', () => {
		const warnings = warningLines(log);
		expect(
			warnings.filter((line) => line.includes('review date (2020-01-31) has passed'))
		).toHaveLength(1);
		expect(warnings.filter((line) => line.includes('placeholder'))).toEqual([]);
		expect(
			warnings.filter((line) => !allowedWarnings.some(({ line: allowed }) => allowed.test(line)))
		).toEqual([]);
	});

	it('uses the address (with the path) for canonical links, the sitemap and the whole policy’s cover', () => {
		expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain(
			`<link rel="canonical" href="${siteUrl}${base}"`
		);
		expect(readFileSync(join(out, 'sitemap-0.xml'), 'utf8')).toContain(
			`${siteUrl}${base}policy/age-limits/`
		);
		expect(readFileSync(join(out, 'policy/in-full/index.html'), 'utf8')).toContain(
			`>${siteUrl}${base}</a>`
		);
	});
});
