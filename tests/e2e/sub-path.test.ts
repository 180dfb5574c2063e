import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/chromium.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { writePolicyPdf } from '../../scripts/policy-pdf.ts';
import { policySections } from '../../src/sidebar';
import { buildSite } from './support/build';
import { builtPages } from './support/dist';
import { openSearch, searchFor } from '../../scripts/lib/search-box.ts';

const base = '/policies/social-media/';

const out = join(mkdtempSync(join(tmpdir(), 'sub-path-')), 'dist');
let server: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;

beforeAll(async () => {
	await buildSite(out, { BASE_PATH: base });
	server = await serveStatic(out, base);
	browser = await launchBrowser();
}, 180_000);
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
			/^Old enough/
		);
		await expect(page.locator('.age-verdict__guide a').getAttribute('href')).resolves.toBe(
			`${base}apps/tiktok/`
		);
		await openSearch(page);
		expect((await searchFor(page, 'WhatsApp'))[0]).toBe(`${base}apps/whatsapp/`);
		expect((await searchFor(page, 'how do I complain about my child’s teacher'))[0]).toBe(
			`${base}policy/raising-a-concern/`
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
