import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from './support/site';
import { reach } from './support/widgets';

const site = useBuiltSite();
const apps = parse(readFileSync('content/data/apps.yaml', 'utf8')) as { id: string; name: string }[];

describe('the age checker on the built site', () => {
	it('a parent types “insta”, picks Instagram, types 12 and reads the verdict, by keyboard alone', async () => {
		const { page, offsiteRequests, consoleErrors, close } = await site.visit('/tools/age-checker/');
		await reach(page, '.age-checker');
		const input = page.getByRole('combobox', { name: /app, site or game/i });
		await input.focus();
		await page.keyboard.type('insta');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Enter');
		await expect(input.inputValue()).resolves.toBe('Instagram');
		await page.keyboard.press('Tab'); // to the first age option
		await page.keyboard.press('Tab'); // to the age field
		await page.keyboard.type('12');
		await page.keyboard.press('Enter');
		const result = page.locator('.age-checker__result');
		await expect(result.innerText()).resolves.toContain('Not yet: Instagram’s minimum age is 13. A child of 12 has up to 1 year to go, until their 13th birthday.');
		await expect(result.getAttribute('aria-live')).resolves.toBe('polite');
		expect(offsiteRequests).toEqual([]);
		expect(consoleErrors).toEqual([]);
		await close();
	});

	it('works inside the policy’s age-limits page too', async () => {
		const { page, close } = await site.visit('/policy/age-limits/');
		// The checker loads when it scrolls into view.
		await reach(page, '.age-checker');
		await page.getByRole('combobox', { name: /app, site or game/i }).fill('whatsapp');
		await page.getByLabel('Child’s age').fill('13');
		await page.getByRole('button', { name: 'Check' }).click();
		await expect(page.locator('.age-verdict__headline').innerText()).resolves.toContain('Yes: a child of 13 meets WhatsApp’s minimum age of 13.');
		await close();
	});

	it('without JavaScript, shows the table of every app with its sources', async () => {
		const { page, close } = await site.visit('/tools/age-checker/', { javaScriptEnabled: false });
		const rows = page.locator('.age-table tbody tr');
		await expect(rows.count()).resolves.toBe(apps.length);
		const table = await page.locator('.age-table').innerText();
		for (const app of apps) expect(table).toContain(app.name);
		await expect(page.locator('.age-table tbody tr a[href^="https://"]').count()).resolves.toBeGreaterThanOrEqual(apps.length);
		await close();
	});

	it('stores nothing and puts nothing typed in the address', async () => {
		const { page, close } = await site.visit('/tools/age-checker/');
		await reach(page, '.age-checker');
		await page.getByRole('combobox', { name: /app, site or game/i }).fill('Roblox');
		await page.getByLabel('Child’s age').fill('9');
		await page.getByRole('button', { name: 'Check' }).click();
		await page.locator('.age-verdict').waitFor();
		const { pathname, search, hash } = new URL(page.url());
		expect(pathname + search + hash).toBe('/tools/age-checker/');
		const stored = await page.evaluate(() => ({ local: { ...localStorage }, session: { ...sessionStorage }, cookies: document.cookie }));
		expect(JSON.stringify(stored)).not.toMatch(/roblox/i);
		expect(stored.cookies).toBe('');
		await close();
	});
});
