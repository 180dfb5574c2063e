import { describe, expect, it } from 'vitest';
import { openSearch, searchFor } from '../../scripts/lib/search-box.ts';
import { loadedAndIdle } from './support/page-visit';
import { frontmatterOf } from './support/pages';
import { policySections } from '../../src/sidebar';
import { useBuiltSite } from './support/site';
import { typedText, widgets } from './support/widgets';

const site = useBuiltSite();

/** Records every Content-Security-Policy violation the page reports. */
const watchViolations = `window.__cspViolations = []; document.addEventListener('securitypolicyviolation', (event) => window.__cspViolations.push(event.violatedDirective + ' ' + event.blockedURI));`;

// Every page's cookies, storage, requests to other sites and console errors are checked in every-page.test.ts,
// from one visit to each page.

describe('privacy and security: every widget in use', () => {
	it.each(widgets.map((widget) => [widget.name, widget] as const))(
		'%s: nothing typed is kept, sent or put in the address, and the CSP blocks nothing',
		async (_name, widget) => {
			const { page, offsiteRequests, consoleErrors, close } = await site.open();
			await page.addInitScript(watchViolations);
			const requests: string[] = [];
			page.on('request', (request) => requests.push(request.url()));
			const response = await page.goto(site.url(widget.path));
			expect(response?.headers()['content-security-policy']).toMatch(/script-src 'self'/);
			await expect(
				page.locator('meta[http-equiv="Content-Security-Policy"]').count()
			).resolves.toBe(1);
			await widget.use(page, typedText);
			await loadedAndIdle(page);
			const state = await page.evaluate(() => ({
				storage: JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }),
				cookie: document.cookie,
				violations: (window as unknown as { __cspViolations: string[] }).__cspViolations,
			}));
			expect(state.violations).toEqual([]);
			expect(state.cookie).toBe('');
			expect(state.storage).not.toContain('Zqxjv');
			expect(requests.filter((url) => url.includes('Zqxjv'))).toEqual([]);
			expect(page.url()).not.toContain('Zqxjv');
			expect(offsiteRequests).toEqual([]);
			expect(consoleErrors).toEqual([]);
			await close();
		}
	);

	it('search works under the policy', async () => {
		const { page, consoleErrors, close } = await site.open();
		await page.addInitScript(watchViolations);
		await page.goto(site.url('/'));
		await openSearch(page);
		expect(await searchFor(page, 'can I post photos of other children')).not.toEqual([]);
		await expect(
			page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)
		).resolves.toEqual([]);
		expect(consoleErrors).toEqual([]);
		await close();
	});

	it('the theme switch and the mobile menu work under the policy', async () => {
		const [first, second] = policySections;
		const { page, consoleErrors, close } = await site.visit(`/${first}/`, {
			viewport: { width: 360, height: 800 },
		});
		await page.locator('.sl-menu-button').click();
		await page.locator('#starlight__sidebar').waitFor({ state: 'visible' });
		await expect(
			page.locator('#starlight__sidebar a', { hasText: frontmatterOf(second).title }).isVisible()
		).resolves.toBe(true);
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.locator('starlight-theme-select select').first().selectOption('light');
		await expect(page.evaluate(() => document.documentElement.dataset['theme'])).resolves.toBe(
			'light'
		);
		expect(consoleErrors).toEqual([]);
		await close();
	});
});
