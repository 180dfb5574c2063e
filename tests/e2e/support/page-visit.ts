import type { Page } from 'playwright-core';
import { recordLoads, settled, type Loaded } from '../../../scripts/lib/load.ts';
import type { useBuiltSite } from './site';

/**
 * Waits until a page has loaded and the browser has nothing left to do: its `load` event (every script, style and
 * image the HTML asks for), then an idle moment of the browser's own (requestIdleCallback), when whatever the
 * page's scripts start at load or on idle has started. A readiness signal, not a time; but a page that keeps the
 * browser busy has no idle moment, so the browser is told to call back within 2 seconds whatever happens (the
 * callback's `timeout`: "age checker on the policy page: everything for an age" keeps it busy, as of this writing).
 */
export async function loadedAndIdle(page: Page) {
	await page.waitForLoadState('load');
	await page.evaluate(
		() =>
			new Promise<void>((done) =>
				requestIdleCallback(() => requestAnimationFrame(() => setTimeout(done)), {
					timeout: 2000,
				})
			)
	);
}

/**
 * Scrolls every island on the page into view and waits until each has hydrated (Astro then drops its `ssr` attribute).
 * An island scrolled past before its visibility observer was set up (a loaded machine) would never wake: so, each
 * frame, the first island still asleep is brought into view again, until none is.
 */
export async function hydrateAll(page: Page) {
	for (const island of await page.locator('astro-island').all())
		await island.scrollIntoViewIfNeeded();
	await page.waitForFunction(
		() => {
			const asleep = document.querySelector('astro-island[ssr]');
			asleep?.scrollIntoView({ block: 'center' });
			return !asleep;
		},
		undefined,
		{ polling: 'raf' }
	);
}

/** Horizontal overflow of the page in pixels (0 or less: no horizontal scrolling). */
const overflow = (page: Page) =>
	page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** What one visit to a page finds, for the budget, privacy, console, reflow and zoom checks. */
export interface PageFacts {
	path: string;
	/** Everything loaded up to load and idle, before anything is scrolled or touched, with sizes raw and gzipped. */
	firstLoad: Loaded[];
	/** Everything loaded once every island was scrolled into view and hydrated (the same as firstLoad without islands). */
	hydrated: Loaded[];
	islands: number;
	cookies: string[];
	localStorage: string[];
	sessionStorage: string[];
	offsiteRequests: string[];
	consoleErrors: string[];
	/** Horizontal overflow at 320 px wide (WCAG 1.4.10 reflow). */
	overflowAt320: number;
	/** Horizontal overflow at 640 px wide with the text at 200% (WCAG 1.4.4, as 1280 px zoomed to 200%). */
	overflowZoomed: number;
}

/**
 * Visits a page once, in the light theme at 1280 px, and collects what the checks of every page need: what it
 * loads at first and once its widgets are in view, cookies and storage, requests to other sites, console
 * errors; then narrows the same page to 320 px for reflow, and to 640 px with its text at 200% for zoom.
 */
export async function visitOnce(
	site: ReturnType<typeof useBuiltSite>,
	path: string
): Promise<PageFacts> {
	const visit = await site.open({ viewport: { width: 1280, height: 800 } });
	const { page } = visit;
	try {
		await page.addInitScript(() => localStorage.setItem('starlight-theme', 'light'));
		const loads = recordLoads(page);
		await page.goto(site.url(path));
		await loadedAndIdle(page);
		await settled(loads);
		const firstLoad = [...loads];
		const islands = await page.locator('astro-island').count();
		if (islands > 0) {
			await hydrateAll(page);
			await loadedAndIdle(page);
			await settled(loads);
			await page.evaluate(() => window.scrollTo(0, 0));
		}
		const hydrated = [...loads];
		const stored = await page.evaluate(() => ({
			local: Object.keys(localStorage),
			session: Object.keys(sessionStorage),
		}));
		const cookies = (await page.context().cookies()).map(({ name }) => name);
		await page.setViewportSize({ width: 320, height: 900 });
		const overflowAt320 = await overflow(page);
		await page.setViewportSize({ width: 640, height: 900 });
		await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
		const overflowZoomed = await overflow(page);
		return {
			path,
			firstLoad,
			hydrated,
			islands,
			cookies,
			localStorage: stored.local,
			sessionStorage: stored.session,
			offsiteRequests: [...visit.offsiteRequests],
			consoleErrors: [...visit.consoleErrors],
			overflowAt320,
			overflowZoomed,
		};
	} finally {
		await visit.close();
	}
}
