import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { parseListFile } from '../../src/lib/data-file';
import { devicesFor } from '../../src/lib/device';
import { deviceSchema } from '../../src/schemas/devices';
import { sidebar } from '../../src/sidebar';
import { useBuiltSite } from './support/site';
import { docId, school } from '../../src/school';

const site = useBuiltSite();
const phone = { viewport: { width: 390, height: 844 } };
const devicesFile = 'content/data/devices.yaml';
const devices = parseListFile(readFileSync(devicesFile, 'utf8'), deviceSchema, devicesFile);

/** The parents' routes for the bad moments: the pages under /parents/ listed in the sidebar's group for them. */
const routes = (sidebar as { items?: unknown[] }[])
	.flatMap((group) => group.items ?? [])
	.find(
		(item): item is { items: string[] } =>
			typeof item === 'object' &&
			item !== null &&
			'items' in item &&
			(item as { items: unknown[] }).items.includes('parents')
	)!
	.items.filter((slug) => slug !== 'parents')
	.map((slug) => `/${docId(slug)}/`);
/** The helpers parents should see beside them on the home page. */
const alsoForParents = ['/tools/worried-about-a-post/', '/help/something-upset-me/'];

describe('a parent’s route from the home page, at 390 px', () => {
	it('lists five situations', () => {
		expect(routes).toHaveLength(5);
	});

	it.each([...routes, ...alsoForParents])('reaches %s in one tap', async (path) => {
		const { page, consoleErrors, close } = await site.visit('/', phone);
		const link = page.locator(`.audience-paths section:first-child a[href$="${path}"]`).first();
		await link.click();
		await page.waitForURL((url) => url.pathname.endsWith(path));
		await expect(page.locator('h1').isVisible()).resolves.toBe(true);
		expect(consoleErrors).toEqual([]);
		await close();
	});

	it.each(routes)('%s is one tap from For parents too', async (path) => {
		const { page, close } = await site.visit('/for-parents/', phone);
		await page.locator(`[data-parent-routes] a[href$="${path}"]`).first().click();
		await page.waitForURL((url) => url.pathname.endsWith(path));
		await close();
	});

	it.each(routes)(
		'%s gives its steps, the danger line first, and links to the DSL’s route and outside help',
		async (path) => {
			const { page, close } = await site.visit(path, phone);
			const content = page.locator('.sl-markdown-content');
			// The emergency line comes before the steps.
			const order = await content.evaluate((root) => {
				const danger = root.querySelector('aside.starlight-aside--danger');
				const steps = root.querySelector('.sl-steps');
				return (
					!!danger &&
					!!steps &&
					!!(danger.compareDocumentPosition(steps) & Node.DOCUMENT_POSITION_FOLLOWING)
				);
			});
			expect(order).toBe(true);
			expect(await content.locator('.sl-steps > li').count()).toBeGreaterThanOrEqual(3);
			// Telephone links for help, and the app guides' reporting steps.
			expect(await content.locator('a[href^="tel:"]').count()).toBeGreaterThan(0);
			expect(
				await content.locator('[data-report-links] a[href*="/apps/"][href$="#report"]').count()
			).toBeGreaterThan(0);
			await close();
		}
	);
});

describe('the device guides', () => {
	it('lists every guide on /devices/', async () => {
		const { page, close } = await site.visit('/devices/', phone);
		for (const device of devices)
			await expect(
				page.locator(`[data-device-list] a[href$="/devices/${device.id}/"]`).count()
			).resolves.toBe(1);
		await close();
	});

	it.each(devices.map((device) => [device.id, device] as const))(
		'%s renders each group of steps, what it stops and doesn’t, how a child gets round it, and its sources',
		async (id, device) => {
			const { page, consoleErrors, close } = await site.visit(`/devices/${id}/`, phone);
			for (const part of device.parts) {
				const section = page.locator(`[data-part="${part.id}"]`);
				await expect(section.locator(`h2#${part.id}`).isVisible()).resolves.toBe(true);
				await expect(section.locator('.sl-steps > li').count()).resolves.toBe(part.steps.length);
			}
			for (const [anchor, list] of [
				['stops', device.stops],
				['does-not-stop', device.doesNotStop],
				['get-round', device.getRound],
			] as const)
				await expect(page.locator(`h2#${anchor} + ul > li`).count()).resolves.toBe(list.length);
			const sources = page.locator('[data-sources] > li > a');
			await expect(sources.count()).resolves.toBe(device.sources.length);
			await expect(
				sources.evaluateAll((links) => links.map((link) => link.getAttribute('href')))
			).resolves.toEqual(device.sources.map((source) => source.url));
			expect(consoleErrors).toEqual([]);
			await close();
		}
	);

	it('are linked from the guide of an app they apply to, and not from one they don’t', async () => {
		const named = devices.find(
			(device) => device.appliesTo !== 'all' && device.appliesTo.length > 0
		)!;
		const appId = (named.appliesTo as string[])[0]!;
		const { page, close } = await site.visit(`/apps/${appId}/`, phone);
		const links = page.locator('[data-device-links] a');
		const expected = devicesFor(devices, appId).map((device) => `/devices/${device.id}/`);
		const hrefs = await links.evaluateAll((all) =>
			all.map((link) => new URL((link as HTMLAnchorElement).href).pathname)
		);
		expect(hrefs.map((href) => href.replace(/^.*(\/devices\/)/, '$1'))).toEqual(expected);
		await close();
	});
});

describe('printing a guide', () => {
	// The public address the site was built for (SITE_URL, else the settings' siteUrl), which prints before each path.
	const published = process.env['SITE_URL'] ?? school.siteUrl;
	const origin = published ? new URL(published).origin : '';
	const guides = [`/devices/${devices[0]!.id}/`, routes[0]!, '/parents/helping-your-child-online/'];

	it.each(guides)('%s has a print button that calls the browser’s print', async (path) => {
		const { page, close } = await site.open(phone);
		await page.addInitScript(() => {
			(window as unknown as { printed: number }).printed = 0;
			window.print = () => {
				(window as unknown as { printed: number }).printed += 1;
			};
		});
		await page.goto(site.url(path));
		const button = page.locator('button[data-print][data-ready]');
		await button.click();
		await expect(
			page.evaluate(() => (window as unknown as { printed: number }).printed)
		).resolves.toBe(1);
		await close();
	});

	it.each(guides)(
		'%s prints without the navigation or the button, with every link’s address',
		async (path) => {
			const { page, close } = await site.visit(path, phone);
			await page.emulateMedia({ media: 'print' });
			for (const hidden of ['header.header', '#starlight__sidebar', '.print-button'])
				await expect(page.locator(hidden).first().isVisible(), hidden).resolves.toBe(false);
			const after = (selector: string) =>
				page
					.locator(selector)
					.first()
					.evaluate((link) => [
						link.getAttribute('href'),
						getComputedStyle(link, '::after').content,
					]);
			const [external, externalAfter] = await after('.sl-markdown-content a[href^="https://"]');
			expect(externalAfter).toBe(`" (${external})"`);
			const [own, ownAfter] = await after('.sl-markdown-content a[href^="/"]');
			expect(ownAfter).toBe(`" (${origin}${own})"`);
			await close();
		}
	);

	it('hides the print button without JavaScript, where the browser’s own Print still works', async () => {
		const { page, close } = await site.visit(guides[0]!, { ...phone, javaScriptEnabled: false });
		await expect(page.locator('.print-button').isVisible()).resolves.toBe(false);
		await close();
	});
});

async function violations(page: Page) {
	const { violations } = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze();
	return violations.map(
		(violation) =>
			`${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`
	);
}

describe('axe-core finds no WCAG 2.2 AA violation on the parents’ pages', () => {
	const paths = [
		'/devices/',
		...devices.map((device) => `/devices/${device.id}/`),
		'/parents/',
		...routes,
		'/parents/helping-your-child-online/',
		'/policy/supporting-your-child/',
	];
	for (const theme of ['light', 'dark'] as const) {
		it.each(paths)(`%s, ${theme} theme, 390 px`, async (path) => {
			const { page, close } = await site.open(phone);
			await page.addInitScript((chosen) => localStorage.setItem('starlight-theme', chosen), theme);
			await page.goto(site.url(path));
			expect(await violations(page)).toEqual([]);
			await close();
		});
	}
});
