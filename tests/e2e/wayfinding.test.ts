import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { school } from '../../src/school';
import { builtPages } from './support/dist';
import { useBuiltSite } from './support/site';
import { reach } from './support/widgets';

const site = useBuiltSite();
const phone = { viewport: { width: 390, height: 844 } };
const contentPages = builtPages().filter(({ path }) => !path.startsWith('/pagefind/'));

/** What each reader comes for, by the address it is at, as the home page and their own page offer it. */
const homeTasks: Record<string, string[]> = {
	parents: [
		'/tools/age-checker/',
		'/policy/raising-a-concern/',
		'/policy/supporting-your-child/',
		'/contacts/',
	],
	pupils: ['/tools/should-i-post-this/', '/help/something-upset-me/', '/tools/before-you-post/'],
	staff: ['/tools/worried-about-a-post/', '/tools/connect-online/', '/for-staff/', '/contacts/'],
};
const audiencePages: Record<string, { tools: string[]; contacts: string[] }> = {
	'/for-parents/': {
		tools: [
			'/tools/age-checker/',
			'/tools/concern-about-the-school/',
			'/tools/worried-about-a-post/',
			'/tools/before-you-post/',
		],
		contacts: ['school-office', 'nspcc'],
	},
	'/for-pupils/': {
		tools: ['/tools/should-i-post-this/', '/tools/before-you-post/', '/tools/connect-online/'],
		contacts: ['dsl', 'police-emergency'],
	},
	'/for-staff/': {
		tools: ['/tools/worried-about-a-post/', '/tools/connect-online/', '/tools/should-i-post-this/'],
		contacts: ['dsl', 'posh'],
	},
};

/** A link in the page's content to `href`, seen on a phone without opening any menu, and where following it leads. */
async function followLink(page: Page, href: string) {
	const link = page.locator(`main a[href="${href}"]`).first();
	await link.scrollIntoViewIfNeeded();
	expect(await link.isVisible(), href).toBe(true);
	await link.click();
	await page.waitForURL((url) => url.pathname + url.hash === href);
	const [, hash] = href.split('#');
	if (hash) await expect(page.locator(`[id="${hash}"]`).count(), href).resolves.toBe(1);
	await expect(page.locator('h1').count()).resolves.toBe(1);
	await page.goBack();
}

describe('every reader finds their way on a phone', () => {
	it.each(Object.entries(homeTasks))(
		'the home page takes %s to each thing they come for in one tap',
		async (_audience, hrefs) => {
			const { page, close } = await site.visit('/', phone);
			for (const href of hrefs) await followLink(page, href);
			await close();
		}
	);

	it.each(Object.entries(audiencePages))(
		'%s starts with its tools and contacts, before the policy’s sections',
		async (path, { tools, contacts }) => {
			const { page, close } = await site.visit(path, phone);
			for (const href of [...tools, '/contacts/']) await followLink(page, href);
			for (const id of contacts)
				await expect(page.locator(`main #contact-${id}`).isVisible(), id).resolves.toBe(true);
			// The school's own number is a tap away wherever the school office is a contact.
			if (contacts.includes('school-office')) {
				await expect(
					page
						.locator(`main a[href="tel:${school.office.phone.replace(/\s/g, '')}"]`)
						.first()
						.isVisible()
				).resolves.toBe(true);
			}
			const order = await page
				.locator('main .sl-markdown-content a[href]')
				.evaluateAll((links) =>
					links.map((link) => new URL((link as HTMLAnchorElement).href).pathname)
				);
			const firstPolicy = order.findIndex((href) => href.startsWith('/policy/'));
			for (const href of tools) expect(order.indexOf(href), href).toBeLessThan(firstPolicy);
			await close();
		}
	);
});

describe('the school’s own site', () => {
	it.each(contentPages.map(({ path, document }) => [path, document] as const))(
		'%s names the school in its header',
		(_path, document) => {
			expect(document.querySelector('header .site-title')?.textContent?.trim()).toBe(school.name);
		}
	);

	it('shows the school’s name in the header on a phone and on a wide screen', async () => {
		for (const width of [390, 1280]) {
			const { page, close } = await site.visit('/policy/age-limits/', {
				viewport: { width, height: 844 },
			});
			const title = page.locator('header .site-title');
			await expect(title.innerText()).resolves.toBe(school.name);
			// Not cut short: the whole name fits.
			await expect(
				title.locator('span').evaluate((span) => span.scrollWidth <= span.clientWidth)
			).resolves.toBe(true);
			await close();
		}
	});
});

describe('a consistent look', () => {
	it('sets the audience badges in the body font, with space between them', async () => {
		const { page, close } = await site.visit('/contacts/', phone);
		const body = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
		for (const selector of ['.audiences .sl-badge', '.contact-card__audiences .sl-badge']) {
			await expect(
				page
					.locator(selector)
					.first()
					.evaluate((badge) => getComputedStyle(badge).fontFamily),
				selector
			).resolves.toBe(body);
		}
		const [first, second] = await page
			.locator('#contact-dsl ~ .contact-card__audiences .sl-badge')
			.evaluateAll((badges) =>
				badges.slice(0, 2).map((badge) => badge.getBoundingClientRect().toJSON())
			);
		expect(second.left - first.right).toBeGreaterThanOrEqual(4);
		await close();
	});

	it.each(contentPages.filter(({ path }) => path.startsWith('/tools/')).map(({ path }) => path))(
		'%s, with fewer than two headings, has no “On this page”',
		(path) => {
			const document = contentPages.find((page) => page.path === path)!.document;
			const headings = document.querySelectorAll('.sl-markdown-content :is(h2, h3)').length;
			if (headings < 2) {
				expect(document.querySelector('starlight-toc, mobile-starlight-toc')).toBeNull();
				expect(document.documentElement.hasAttribute('data-has-toc')).toBe(false);
			}
		}
	);

	it('keeps “On this page” where a page has headings to list', () => {
		const document = contentPages.find(
			(page) => page.path === '/policy/breaches-and-offending-posts/'
		)!.document;
		expect(document.querySelector('starlight-toc')).not.toBeNull();
	});

	it('keeps a field’s label in view below the header when an error moves focus to it', async () => {
		for (const width of [390, 1280]) {
			const { page, close } = await site.visit('/tools/age-checker/', {
				viewport: { width, height: 844 },
			});
			await reach(page, '.age-checker');
			await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
			await page.getByRole('button', { name: 'Check' }).click();
			await page.waitForFunction(() => document.activeElement instanceof HTMLInputElement);
			const { label, header } = await page.evaluate(() => ({
				label: (document.activeElement as HTMLInputElement).labels![0]!.getBoundingClientRect().top,
				header: document.querySelector('header.header')!.getBoundingClientRect().bottom,
			}));
			expect(label, `${width} px`).toBeGreaterThanOrEqual(header);
			await close();
		}
	});

	it.each(['light', 'dark'] as const)(
		'without JavaScript follows the system’s %s setting, as it does with JavaScript',
		async (colorScheme) => {
			const background = async (javaScriptEnabled: boolean) => {
				const { page, close } = await site.visit('/policy/raising-a-concern/', {
					colorScheme,
					javaScriptEnabled,
				});
				const colour = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
				await close();
				return colour;
			};
			const withScript = await background(true);
			expect(await background(false)).toBe(withScript);
			// Light is white, dark is not.
			expect(withScript === 'rgb(255, 255, 255)').toBe(colorScheme === 'light');
		}
	);

	it('is light without JavaScript when the system states no preference', async () => {
		const { page, close } = await site.visit('/', {
			colorScheme: 'no-preference',
			javaScriptEnabled: false,
		});
		await expect(
			page.evaluate(() => getComputedStyle(document.body).backgroundColor)
		).resolves.toBe('rgb(255, 255, 255)');
		await close();
	});
});

describe('no layout shift on a phone', () => {
	const toolPages = [
		...new Set([
			'/policy/age-limits/',
			...contentPages.filter(({ path }) => path.startsWith('/tools/')).map(({ path }) => path),
		]),
	];

	it.each(toolPages)('%s shifts less than 0.01 while it loads and scrolls', async (path) => {
		const visit = await site.open(phone);
		await visit.page.addInitScript(() => {
			const shifts: number[] = ((window as unknown as { shifts: number[] }).shifts = []);
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries() as (PerformanceEntry & {
					value: number;
					hadRecentInput: boolean;
				})[])
					if (!entry.hadRecentInput) shifts.push(entry.value);
			}).observe({ type: 'layout-shift', buffered: true });
		});
		await visit.page.goto(site.url(path));
		await visit.page.waitForLoadState('load');
		// Scroll down a screen at a time, as a reader would, letting each widget load as it comes into view.
		const height = await visit.page.evaluate(() => document.documentElement.scrollHeight);
		for (let y = 0; y <= height; y += 400) {
			await visit.page.evaluate((top) => window.scrollTo(0, top), y);
			await visit.page.evaluate(
				() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
			);
		}
		await visit.page.waitForFunction(() =>
			[...document.querySelectorAll('astro-island')].every((island) => !island.hasAttribute('ssr'))
		);
		await visit.page.evaluate(
			() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
		);
		const shifts = await visit.page.evaluate(
			() => (window as unknown as { shifts: number[] }).shifts
		);
		expect(shifts.reduce((total, shift) => total + shift, 0)).toBeLessThan(0.01);
		await visit.close();
	});
});
