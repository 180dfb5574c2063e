import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { builtPages } from './support/dist';
import { useBuiltSite } from './support/site';
import { sampleGuides } from './support/guides';
import { reach, typedText, widgets } from './support/widgets';

const site = useBuiltSite();
const allPaths = builtPages()
	.map(({ path }) => path)
	.filter((path) => !path.startsWith('/pagefind/'));
// The app guides (/apps/<id>/) are all built from one template: one with every section filled and one with the least stand for them all.
const guides = allPaths.filter((path) => path.startsWith('/apps/'));
const guideSample = [sampleGuides().full, sampleGuides().sparse].map((id) => `/apps/${id}/`);
const paths = allPaths.filter((path) => !guides.includes(path) || guideSample.includes(path));
const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const themes = ['light', 'dark'] as const;
const widths = [1280, 320] as const;

/** Opens a page in a theme, as Starlight's theme picker would leave it. */
async function open(path: string, theme: 'light' | 'dark', width: number) {
	const visit = await site.open({ viewport: { width, height: 900 } });
	await visit.page.addInitScript(
		(chosen) => localStorage.setItem('starlight-theme', chosen),
		theme
	);
	await visit.page.goto(site.url(path));
	return visit;
}

async function violations(page: Page) {
	const { violations } = await new AxeBuilder({ page }).withTags(wcag).analyze();
	return violations.map(
		(violation) =>
			`${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`
	);
}

describe('axe-core finds no WCAG 2.2 AA violation', () => {
	for (const theme of themes) {
		for (const width of widths) {
			it.each(paths)(`%s, ${theme} theme, ${width} px wide`, async (path) => {
				const { page, close } = await open(path, theme, width);
				// Load every island on the page, so that axe checks them as people see them.
				for (const island of await page.locator('astro-island').all())
					await island.scrollIntoViewIfNeeded();
				await page.evaluate(() => window.scrollTo(0, 0));
				expect(await violations(page)).toEqual([]);
				await close();
			});
		}
	}

	for (const theme of themes) {
		it.each(widgets.map((widget) => [widget.name, widget] as const))(
			`%s, ${theme} theme`,
			async (_name, widget) => {
				const { page, close } = await open(widget.path, theme, 1280);
				await widget.use(page, typedText);
				expect(await violations(page)).toEqual([]);
				await close();
			}
		);
	}
});

describe('reflow, zoom and motion', () => {
	it.each(paths)('%s reflows at 320 px with no horizontal scrolling', async (path) => {
		const { page, close } = await open(path, 'light', 320);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - window.innerWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
		await close();
	});

	it.each(paths)(
		'%s can have its text zoomed to 200% without horizontal scrolling at 640 px',
		async (path) => {
			const { page, close } = await open(path, 'light', 1280);
			await page.setViewportSize({ width: 640, height: 900 });
			await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - window.innerWidth
			);
			expect(overflow).toBeLessThanOrEqual(0);
			await close();
		}
	);

	it('turns animations and transitions off for people who ask for reduced motion', async () => {
		const { page, close } = await site.open({ reducedMotion: 'reduce' });
		await page.goto(site.url('/tools/should-i-post-this/'));
		const durations = await page.evaluate(() =>
			[...document.querySelectorAll('a, button, summary')].map((element) =>
				parseFloat(getComputedStyle(element).transitionDuration)
			)
		);
		expect(Math.max(...durations)).toBeLessThanOrEqual(0.001);
		await close();
	});
});

/** Tabs through everything on the page, checking focus is always on something visible with a visible outline. */
async function tabThrough(page: Page, presses: number) {
	const problems: string[] = [];
	for (let press = 0; press < presses; press++) {
		await page.keyboard.press('Tab');
		const focus = await page.evaluate(() => {
			const element = document.activeElement as HTMLElement | null;
			if (!element || element === document.body)
				return { lost: true, name: 'body', visible: false, outlined: false };
			const style = getComputedStyle(element);
			const box = element.getBoundingClientRect();
			return {
				lost: false,
				name: `${element.tagName.toLowerCase()} ${element.textContent?.trim().slice(0, 30) ?? ''}`,
				visible: box.width > 0 && box.height > 0,
				outlined:
					(style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) ||
					style.boxShadow !== 'none' ||
					element.tagName === 'INPUT' ||
					element.tagName === 'SELECT',
			};
		});
		// Past the last control, focus leaves the page for the browser: the walk is complete.
		if (focus.lost && press > 0) break;
		if (focus.lost) problems.push(`press ${press + 1}: focus lost to the page`);
		else if (!focus.visible || !focus.outlined)
			problems.push(`press ${press + 1}: ${focus.name} has no visible focus`);
	}
	return problems;
}

describe('keyboard', () => {
	it.each([...new Set(widgets.map((widget) => widget.path))])(
		'every control on %s can be reached with Tab, with focus always visible',
		async (path) => {
			const { page, close } = await open(path, 'light', 1280);
			await page.locator('astro-island').first().scrollIntoViewIfNeeded();
			await page.evaluate(() => window.scrollTo(0, 0));
			expect(await tabThrough(page, 40)).toEqual([]);
			await close();
		}
	);

	it('Escape closes the age checker’s list of suggestions and keeps what was typed', async () => {
		const { page, close } = await open('/tools/age-checker/', 'light', 1280);
		await reach(page, '.age-checker');
		const input = page.getByRole('combobox', { name: /app, site or game/i });
		await input.fill('sna');
		await expect(input.getAttribute('aria-expanded')).resolves.toBe('true');
		await page.keyboard.press('Escape');
		await expect.poll(() => input.getAttribute('aria-expanded')).toBe('false');
		await expect(input.inputValue()).resolves.toBe('sna');
		await close();
	});

	it('Escape leaves classroom mode', async () => {
		const { page, close } = await open('/tools/should-i-post-this/', 'light', 1280);
		await reach(page, '.quiz');
		// Classroom mode asks for full screen, which the browser grants or refuses a moment later.
		const fullScreenSettled = page.evaluate(
			() =>
				new Promise<void>((settled) => {
					for (const event of ['fullscreenchange', 'fullscreenerror'])
						document.addEventListener(event, () => settled(), { once: true });
					setTimeout(settled, 3000);
				})
		);
		await page.getByRole('button', { name: /Classroom mode/ }).click();
		await page.locator('.classroom').waitFor();
		await fullScreenSettled;
		// Where there is full screen, a browser's first Escape leaves it (headless Chromium's does not, so the test does
		// it the same way), and the second Escape leaves classroom mode.
		if (await page.evaluate(() => Boolean(document.fullscreenElement)))
			await page.evaluate(() => document.exitFullscreen());
		await page.keyboard.press('Escape');
		await page.locator('.classroom').waitFor({ state: 'detached', timeout: 5000 });
		await expect(page.locator('.classroom').count()).resolves.toBe(0);
		await close();
	});
});
