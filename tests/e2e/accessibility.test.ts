import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import { builtPages } from './support/dist';
import { useBuiltSite } from './support/site';
import { withGuidesSampled } from './support/guides';
import { languageSample } from './support/languages';
import { reach, typedText, widgets } from './support/widgets';

const site = useBuiltSite();
// The app guides (/apps/<id>/) are all built from one template: a sample chosen by what differs between them stands
// for them all (support/guides.ts). Reflow and zoom are checked in every-page.test.ts, from one visit to each page.
// The pages in other languages by sample: one translated page and one fallback page (the English page with a notice)
// per language and kind of page: template and widgets (support/languages.ts).
const paths = [
	...withGuidesSampled(
		builtPages()
			.map(({ path }) => path)
			.filter((path) => !path.startsWith('/pagefind/'))
	),
	...languageSample(undefined, { everyTranslation: false }),
];
const widths = [1280, 320] as const;

/**
 * Switches the open page to the other theme, as Starlight's theme picker does: it sets `data-theme` on the root
 * element (and keeps the choice), and the styles follow. Then waits for the next frame, when they have.
 */
async function switchTheme(page: Page, theme: 'light' | 'dark') {
	await page.evaluate((chosen) => {
		localStorage.setItem('starlight-theme', chosen);
		document.documentElement.dataset['theme'] = chosen;
	}, theme);
	await page.evaluate(
		() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
	);
	await expect(page.evaluate(() => document.documentElement.dataset['theme'])).resolves.toBe(theme);
}

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

/**
 * axe's colour rules. A theme changes colours only: Starlight's theme switch sets `data-theme` on the root element,
 * and the page's elements, their names, roles and structure stay as they were (checked: `shownElements`). So the
 * first theme is checked with every rule, and the other with the rules whose result depends on colour.
 */
const colourRules = ['color-contrast', 'link-in-text-block'];

const violations = (page: Page, rules: 'all' | 'colour' = 'all') =>
	axeViolations(page, rules === 'colour' ? colourRules : undefined);

/** What is shown: every element's tag and whether it is rendered, to compare the page in two themes. */
const shownElements = (page: Page) =>
	page.evaluate(() =>
		[...document.body.querySelectorAll('*')]
			.map(
				(element) =>
					`${element.tagName}${(element as HTMLElement).offsetParent === null ? '' : '+'}`
			)
			.join(' ')
	);

/**
 * axe's violations in the open page, in each theme: the theme it is in with every rule, then switched to the other
 * with the colour rules, after checking that the switch showed and hid nothing.
 */
async function violationsInEachTheme(page: Page): Promise<Record<string, string[]>> {
	const first = (await page.evaluate(() => document.documentElement.dataset['theme'])) as
		'light' | 'dark';
	const other = first === 'dark' ? 'light' : 'dark';
	const found: Record<string, string[]> = { [first]: await violations(page) };
	const shown = await shownElements(page);
	await switchTheme(page, other);
	found[other] = [
		...(shown === (await shownElements(page)) ? [] : ['the other theme shows or hides elements']),
		...(await violations(page, 'colour')),
	];
	return found;
}

// axe takes a second or more a page, and runs in the browser: two pages are checked at a time (the e2e project's
// maxConcurrency), each opened once, checked at 1280 px in both themes, then narrowed to 320 px and checked again (in the
// dark theme first, then switched back to light).
describe.concurrent('axe-core finds no WCAG 2.2 AA violation', () => {
	it.for(paths)(
		'%s, in light and dark themes, at 1280 and 320 px wide',
		async (path, { expect }) => {
			const { page, close } = await open(path, 'light', widths[0]);
			const found: Record<string, Record<string, string[]>> = {};
			for (const width of widths) {
				if (width !== widths[0]) await page.setViewportSize({ width, height: 900 });
				// Load every island on the page, so that axe checks them as people see them.
				for (const island of await page.locator('astro-island').all())
					await island.scrollIntoViewIfNeeded();
				await page.evaluate(() => window.scrollTo(0, 0));
				found[`${width} px`] = await violationsInEachTheme(page);
			}
			expect(found).toEqual(
				Object.fromEntries(widths.map((width) => [`${width} px`, { light: [], dark: [] }]))
			);
			await close();
		}
	);

	it.for(widgets.map((widget) => [widget.name, widget] as const))(
		'%s, in light and dark themes',
		async ([, widget], { expect }) => {
			const { page, close } = await open(widget.path, 'light', 1280);
			await widget.use(page, typedText);
			expect(await violationsInEachTheme(page)).toEqual({ light: [], dark: [] });
			await close();
		}
	);
});

describe('the checker itself', () => {
	it('finds violations planted in a page, with every rule and with the colour rules alone', async () => {
		const { page, close } = await open('/', 'light', 1280);
		await page.evaluate(() => {
			const planted = document.createElement('div');
			planted.innerHTML =
				'<p style="color:#bbb;background:#fff">Faint words</p><img src="/favicon.svg" id="planted-image">';
			document.querySelector('main')!.prepend(planted);
		});
		const all = await axeViolations(page);
		expect(all.some((line) => line.startsWith('color-contrast:'))).toBe(true);
		expect(
			all.some((line) => line.startsWith('image-alt:') && line.includes('#planted-image'))
		).toBe(true);
		// Run again in the same document (axe-core is injected once): the colour rules only.
		const colour = await axeViolations(page, colourRules);
		expect(colour.map((line) => line.split(':')[0])).toEqual(['color-contrast']);
		await close();
	});
});

describe('motion', () => {
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
