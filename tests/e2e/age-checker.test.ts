import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fill } from '../../src/lib/age-verdict';
import { guideAnchors } from '../../src/lib/app-guide';
import { ageCheckerWording as words, pegiWording } from '../../src/wording';
import { distDir, useBuiltSite } from './support/site';
import { guideEntries, sampleGuides } from './support/guides';

const site = useBuiltSite();
const apps = parse(readFileSync('content/data/apps.yaml', 'utf8')) as {
	id: string;
	name: string;
}[];
const entries = guideEntries();

/** Scrolls the checker into view and waits until it has hydrated and attached its listeners. */
async function ready(page: Page) {
	await page.locator('.age-checker').scrollIntoViewIfNeeded();
	await page.locator('.age-checker__form[data-ready]').waitFor();
}

describe('the age checker on the built site', () => {
	it('a parent types “insta”, picks Instagram, types 12 and reads the verdict, by keyboard alone', async () => {
		const { page, offsiteRequests, consoleErrors, close } = await site.visit('/tools/age-checker/');
		await ready(page);
		const input = page.getByRole('combobox', { name: words.form.app.label });
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
		const expected = fill(words.headlines['not-yet-terms'], {
			minimum: 13,
			wait: fill(words.waits.years, { time: fill(words.units.year, { count: 1 }) }),
		});
		await expect(result.locator('.age-verdict__headline').innerText()).resolves.toContain(expected);
		await expect(result.getAttribute('aria-live')).resolves.toBe('polite');
		expect(offsiteRequests).toEqual([]);
		expect(consoleErrors).toEqual([]);
		await close();
	});

	it('leads with “not suitable” for a PEGI 18 game and a child of 11, and links to its guide', async () => {
		const game = entries.find((entry) => entry.pegi?.rating === 18 && !entry.minimumAge)!;
		const { page, close } = await site.visit('/tools/age-checker/');
		await ready(page);
		await page.getByRole('combobox', { name: words.form.app.label }).fill(game.name);
		await page.getByLabel(words.form.years.label).fill('11');
		await page.getByRole('button', { name: words.form.check }).click();
		const headline = await page.locator('.age-verdict__headline').innerText();
		expect(headline.trim()).toMatch(/^Not suitable yet/);
		expect(headline).toContain(
			fill(words.headlines['not-yet-pegi'], { rating: 18, ratingName: pegiWording.names[18] })
		);
		await expect(page.locator('.age-verdict__guide a').getAttribute('href')).resolves.toBe(
			`/apps/${game.id}/`
		);
		await close();
	});

	it('works inside the policy’s age-limits page too', async () => {
		const { page, close } = await site.visit('/policy/age-limits/');
		await ready(page);
		await page.getByRole('combobox', { name: words.form.app.label }).fill('whatsapp');
		await page.getByLabel(words.form.years.label).fill('13');
		await page.getByRole('button', { name: words.form.check }).click();
		await expect(page.locator('.age-verdict__headline').innerText()).resolves.toContain(
			fill(words.headlines['meets-terms'], { minimum: 13 })
		);
		await close();
	});

	it('offers “Did you mean …?” for a misspelt name', async () => {
		const { page, close } = await site.visit('/tools/age-checker/');
		await ready(page);
		await page.getByRole('combobox', { name: words.form.app.label }).fill('instagramm');
		await page.getByLabel(words.form.years.label).fill('12');
		await page.getByRole('button', { name: words.form.check }).click();
		await expect(page.locator('.age-verdict').innerText()).resolves.toContain(words.didYouMean);
		await page.locator('.age-verdict').getByRole('button', { name: 'Instagram' }).click();
		await expect(page.locator('.age-verdict__headline').innerText()).resolves.toContain(
			fill(words.headlines['not-yet-terms'], {
				minimum: 13,
				wait: fill(words.waits.years, { time: fill(words.units.year, { count: 1 }) }),
			})
		);
		await close();
	});

	it('without JavaScript, shows guidance and the table of every app with its sources, and never “Loading”', async () => {
		const { page, close } = await site.visit('/tools/age-checker/', { javaScriptEnabled: false });
		const box = page.locator('.age-checker');
		await expect(box.innerText()).resolves.not.toMatch(/loading/i);
		await expect(box.locator('.age-checker__no-script').isVisible()).resolves.toBe(true);
		await expect(box.locator('.age-checker__form').isVisible()).resolves.toBe(false);
		await expect(box.locator('.age-checker__no-script').innerText()).resolves.toContain(
			words.noScript.table.split('{link}')[0]!.trim()
		);
		await expect(box.locator('.age-checker__no-script a').innerText()).resolves.toBe(
			words.noScript.link
		);
		const rows = page.locator('.age-table tbody tr');
		await expect(rows.count()).resolves.toBe(apps.length);
		const table = await page.locator('.age-table').innerText();
		for (const app of apps) expect(table).toContain(app.name);
		// Each row links to its guide's list of sources (the table used to carry every source's address itself,
		// which made up most of the page's weight; the guide lists each with its kind and dates).
		for (const app of apps)
			await expect(
				page.locator(`.age-table tbody tr a[href="/apps/${app.id}/#sources"]`).count(),
				app.id
			).resolves.toBe(1);
		await close();
	});

	it('at 320 px the table scrolls nowhere sideways, and each app’s name heads its own row', async () => {
		const { page, close } = await site.visit('/tools/age-checker/', {
			viewport: { width: 320, height: 800 },
		});
		await page.locator('.age-table').scrollIntoViewIfNeeded();
		const overflow = await page.evaluate(() => ({
			page: document.documentElement.scrollWidth - window.innerWidth,
			table: [...document.querySelectorAll('.age-table, .age-table table')].map(
				(element) => element.scrollWidth - element.clientWidth
			),
		}));
		expect(overflow.page).toBeLessThanOrEqual(0);
		for (const extra of overflow.table) expect(extra).toBeLessThanOrEqual(0);
		const firstRow = page.locator('.age-table tbody tr').first();
		const name = await firstRow.locator('th').boundingBox();
		const cells = await firstRow
			.locator('td')
			.evaluateAll((tds) => tds.map((td) => td.getBoundingClientRect().top));
		// Stacked: the name comes first, and every fact of the row sits below it, inside the screen.
		for (const top of cells) expect(top).toBeGreaterThan(name!.y);
		expect(name!.x + name!.width).toBeLessThanOrEqual(320);
		await close();
	});

	it('prints every column of the table', async () => {
		const { page, close } = await site.visit('/tools/age-checker/', {
			viewport: { width: 794, height: 1123 },
		});
		await page.emulateMedia({ media: 'print' });
		const columns = await page
			.locator('.age-table thead th')
			.evaluateAll((ths) => ths.map((th) => th.getBoundingClientRect()));
		expect(columns.length).toBe(Object.keys(words.table.columns).length);
		await expect(page.locator('.age-table thead th').allInnerTexts()).resolves.toEqual(
			Object.values(words.table.columns)
		);
		for (const column of columns) {
			expect(column.width).toBeGreaterThan(0);
			expect(column.right).toBeLessThanOrEqual(794);
		}
		await close();
	});

	it('does not move the page as it wakes up (no layout shift)', async () => {
		const { page, close } = await site.visit('/tools/age-checker/');
		await page.evaluate(() => {
			(window as unknown as { shifts: number }).shifts = 0;
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries() as (PerformanceEntry & {
					value: number;
					hadRecentInput: boolean;
					sources?: { node?: Node | null }[];
				})[]) {
					// The page's own content, where the checker wakes: a browser on a busy machine may paint the header or
					// the sidebar before it has read all of them, which is not the checker moving anything.
					const main = document.querySelector('main');
					const inMain = entry.sources?.some(
						(source) => source.node && main?.contains(source.node)
					);
					if (!entry.hadRecentInput && inMain)
						(window as unknown as { shifts: number }).shifts += entry.value;
				}
			}).observe({ type: 'layout-shift', buffered: true });
		});
		await ready(page);
		await page.evaluate(
			() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
		);
		await expect(
			page.evaluate(() => (window as unknown as { shifts: number }).shifts)
		).resolves.toBe(0);
		await close();
	});

	it('stores nothing and puts nothing typed in the address', async () => {
		const { page, close } = await site.visit('/tools/age-checker/');
		await ready(page);
		await page.getByRole('combobox', { name: words.form.app.label }).fill('Roblox');
		await page.getByLabel(words.form.years.label).fill('9');
		await page.getByRole('button', { name: words.form.check }).click();
		await page.locator('.age-verdict').waitFor();
		const { pathname, search, hash } = new URL(page.url());
		expect(pathname + search + hash).toBe('/tools/age-checker/');
		const stored = await page.evaluate(() => ({
			local: { ...localStorage },
			session: { ...sessionStorage },
			cookies: document.cookie,
		}));
		expect(JSON.stringify(stored)).not.toMatch(/roblox/i);
		expect(stored.cookies).toBe('');
		await close();
	});
});

describe('the checker’s page for a parent on a phone (390 px)', () => {
	const phone = { viewport: { width: 390, height: 844 } };

	it('weighs at most 90 KB of HTML, the apps’ facts loaded apart from the page', () => {
		const html = readFileSync(`${distDir}tools/age-checker/index.html`);
		expect(html.byteLength).toBeLessThanOrEqual(90 * 1024);
		const data = JSON.parse(readFileSync(`${distDir}apps/verdicts.json`, 'utf8')) as {
			apps: object[];
		};
		expect(data.apps).toHaveLength(apps.length);
	});

	it('draws the header’s language and theme pickers’ icons (from the stylesheet, not inline SVG), in both themes', async () => {
		for (const colorScheme of ['dark', 'light'] as const) {
			const { page, close } = await site.visit('/tools/age-checker/', {
				viewport: { width: 1280, height: 800 },
				colorScheme,
			});
			const icons = page.locator(
				'header :is(starlight-lang-select, starlight-theme-select) [aria-hidden="true"].icon'
			);
			await expect(icons.count()).resolves.toBe(4);
			const drawn = await icons.evaluateAll((elements) =>
				elements.map((element) => {
					const style = getComputedStyle(element);
					const box = element.getBoundingClientRect();
					return {
						tag: element.tagName,
						width: box.width,
						mask: style.maskImage || style.webkitMaskImage,
						color: style.backgroundColor,
					};
				})
			);
			for (const icon of drawn) {
				expect(icon.tag).toBe('SPAN');
				expect(icon.width).toBeGreaterThan(8);
				expect(icon.mask).toMatch(/^url\("data:image\/svg\+xml/);
				expect(icon.color).not.toBe('rgba(0, 0, 0, 0)');
			}
			await close();
		}
	});

	it('shows the form’s first field above the fold', async () => {
		const { page, close } = await site.visit('/tools/age-checker/', phone);
		const box = await page.getByRole('combobox', { name: words.form.app.label }).boundingBox();
		expect(box!.y + box!.height).toBeLessThanOrEqual(844);
		await close();
	});

	it('after Check, scrolls the answer into view and moves focus to it (Roblox at 11: no minimum age)', async () => {
		const { page, close } = await site.visit('/tools/age-checker/', phone);
		await ready(page);
		await page.getByRole('combobox', { name: words.form.app.label }).fill('Roblox');
		await page.getByLabel(words.form.years.label).fill('11');
		await page.getByRole('button', { name: words.form.check }).click();
		const answer = page.locator('[data-answer]');
		await answer.waitFor();
		await expect(answer.getAttribute('class')).resolves.toContain('age-verdict--depends');
		await expect
			.poll(() => page.evaluate(() => document.activeElement?.hasAttribute('data-answer')))
			.toBe(true);
		await expect
			.poll(() => answer.evaluate((element) => element.getBoundingClientRect().top))
			.toBeLessThan(844);
		const top = await answer.evaluate((element) => element.getBoundingClientRect().top);
		expect(top).toBeGreaterThanOrEqual(0);
		await expect(answer.innerText()).resolves.toContain(
			fill(words.headlines['no-minimum-settings'], { app: 'Roblox' })
		);
		await close();
	});

	it.each([
		['snap chat', 'Snapchat'],
		['gta5', 'Grand Theft Auto V'],
		['yt shorts', 'YouTube'],
	])('offers close matches while typing “%s”: %s first', async (typed, name) => {
		const { page, close } = await site.visit('/tools/age-checker/', phone);
		await ready(page);
		const input = page.getByRole('combobox', { name: words.form.app.label });
		await input.pressSequentially(typed);
		await expect(input.getAttribute('aria-expanded')).resolves.toBe('true');
		await expect(page.getByRole('option').first().innerText()).resolves.toMatch(
			new RegExp(`^${name}`)
		);
		await close();
	});

	it('gives the table’s caption the table’s width, not a column’s', async () => {
		const { page, close } = await site.visit('/tools/age-checker/', phone);
		await page.locator('.age-table').scrollIntoViewIfNeeded();
		const [caption, table] = await Promise.all([
			page.locator('.age-table caption').boundingBox(),
			page.locator('.age-table table').boundingBox(),
		]);
		expect(caption!.width).toBeGreaterThanOrEqual(table!.width * 0.9);
		await close();
	});
});

describe('an app’s guide page', () => {
	const { full, sparse } = sampleGuides();
	const app = entries.find((entry) => entry.id === full)!;

	it('has its sections at stable anchors, with the platform’s own settings and reporting links', async () => {
		const { page, offsiteRequests, close } = await site.visit(`/apps/${app.id}/`);
		await expect(page.locator('h1').innerText()).resolves.toContain(app.name);
		for (const anchor of guideAnchors) {
			await expect(page.locator(`h2#${anchor}`).count(), anchor).resolves.toBe(1);
		}
		await expect(
			page.locator('#settings ~ p a.guide__controls').first().getAttribute('href')
		).resolves.toBe(app.controls!.url);
		await expect(
			page.locator('#report ~ p a.guide__report').first().getAttribute('href')
		).resolves.toBe(app.reporting!.url);
		expect(offsiteRequests).toEqual([]);
		await close();
	});

	it.each([
		['a full guide', full],
		['a guide without reporting steps', sparse],
	])(
		'in %s, says first under “Report and block” what to do when a child may be at risk',
		async (_, id) => {
			const { page, close } = await site.visit(`/apps/${id}/`);
			const first = page.locator('h2#report + [data-pagefind-ignore] > aside');
			await expect(first.count()).resolves.toBe(1);
			const hrefs = await first
				.locator('a')
				.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
			expect(hrefs).toContain('/contacts/');
			expect(hrefs.some((href) => href?.startsWith('https://www.ceop.police.uk/'))).toBe(true);
			await close();
		}
	);

	it('numbers the settings as steps, naming a step’s own source beside it and the guide’s once under them', async () => {
		const mixed = entries.find((entry) =>
			(entry.controls?.settings ?? []).some(
				(setting) => typeof setting !== 'string' && setting.source !== entry.controls!.source
			)
		)!;
		const { page, close } = await site.visit(`/apps/${mixed.id}/`);
		const items = page.locator('#settings ~ ol.sl-steps').first().locator(':scope > li');
		await expect(items.count()).resolves.toBe(mixed.controls!.settings.length);
		const links = await items.evaluateAll((elements) =>
			elements.map(
				(element) => element.querySelector('.guide__source a')?.getAttribute('href') ?? null
			)
		);
		expect(links).toEqual(
			mixed.controls!.settings.map((setting) =>
				typeof setting === 'string' || setting.source === mixed.controls!.source
					? null
					: setting.source
			)
		);
		const under = page.locator('#settings ~ ol.sl-steps + p').first();
		await expect(under.innerText()).resolves.toContain(words.guide.settingsOthers);
		await expect(under.locator('.guide__source a').getAttribute('href')).resolves.toBe(
			mixed.controls!.source
		);
		await close();
	});

	it('names the source once under the settings where every step rests on it', async () => {
		const shared = entries.find(
			(entry) =>
				entry.controls &&
				entry.controls.settings.length > 1 &&
				entry.controls.settings.every((setting) => typeof setting === 'string')
		)!;
		const { page, close } = await site.visit(`/apps/${shared.id}/`);
		const list = page.locator('#settings ~ ol.sl-steps').first();
		await expect(list.locator(':scope > li').count()).resolves.toBe(
			shared.controls!.settings.length
		);
		await expect(list.locator('.guide__source').count()).resolves.toBe(0);
		const under = page.locator('#settings ~ ol.sl-steps + p').first();
		await expect(under.locator('.guide__source a').getAttribute('href')).resolves.toBe(
			shared.controls!.source
		);
		await expect(under.innerText()).resolves.not.toContain(words.guide.settingsOthers);
		await close();
	});

	it('puts what is not yet confirmed in a note of its own before the sources, and tells the sources apart', async () => {
		const unsure = (entries as { id: string; unconfirmed?: string }[]).find(
			(entry) => entry.unconfirmed
		)!;
		const { page, close } = await site.visit(`/apps/${unsure.id}/`, {
			viewport: { width: 320, height: 800 },
		});
		const note = page.locator('aside', { hasText: words.guide.unconfirmed });
		await expect(note.count()).resolves.toBe(1);
		const [noteBox, sourcesBox, reportBox] = await Promise.all([
			note.boundingBox(),
			page.locator('h2#sources').boundingBox(),
			page.locator('h2#report').boundingBox(),
		]);
		expect(noteBox!.y).toBeGreaterThan(reportBox!.y);
		expect(noteBox!.y).toBeLessThan(sourcesBox!.y);
		const names = await page
			.locator('.guide__sources > li > a')
			.evaluateAll((links) => links.map((link) => link.textContent));
		expect(new Set(names).size).toBe(names.length);
		// Nothing in the guide runs off a phone's screen.
		await expect(
			page.evaluate(
				() => document.documentElement.scrollWidth <= document.documentElement.clientWidth
			)
		).resolves.toBe(true);
		await close();
	});

	it('has the checker ready for that app, asking only for the age', async () => {
		const { page, close } = await site.visit(`/apps/${app.id}/`);
		await ready(page);
		await expect(page.locator('.age-checker').getByRole('combobox').count()).resolves.toBe(0);
		await page.getByLabel(words.form.years.label).fill('16');
		await page.getByRole('button', { name: words.form.check }).click();
		await expect(page.locator('.age-verdict h3').innerText()).resolves.toBe(app.name);
		await close();
	});

	it('says so where the settings and reporting pages are not yet confirmed', async () => {
		const { page, close } = await site.visit(`/apps/${sparse}/`);
		await expect(page.locator('a.guide__controls, a.guide__report').count()).resolves.toBe(0);
		await expect(page.locator('main').innerText()).resolves.toMatch(/not yet confirmed/);
		await close();
	});

	it('gives each store’s rating with its source, or says it is not confirmed and why, and where to look', async () => {
		type StoreEntry = {
			id: string;
			stores?: Record<string, { rating?: string; unconfirmed?: string }>;
		};
		const withStores = (entries as StoreEntry[]).filter((entry) => entry.stores);
		const rated = withStores.find((entry) =>
			Object.values(entry.stores!).some((fact) => fact.rating)
		)!;
		const unrated = withStores.find((entry) =>
			Object.values(entry.stores!).every((fact) => fact.unconfirmed)
		)!;
		for (const entry of [rated, unrated]) {
			const { page, close } = await site.visit(`/apps/${entry.id}/`);
			const items = page.locator('#stores + ul > li');
			await expect(items.count(), entry.id).resolves.toBe(Object.keys(entry.stores!).length);
			for (const [store, fact] of Object.entries(entry.stores!)) {
				const item = items.filter({
					hasText: new RegExp(`^\\s*${words.guide.stores[store as 'appStore' | 'googlePlay']}:`),
				});
				const text = await item.innerText();
				if (fact.rating) {
					expect(text, `${entry.id} ${store}`).toContain(fact.rating);
					await expect(
						item.locator('a').count(),
						`${entry.id} ${store}: its source`
					).resolves.toBeGreaterThan(0);
				} else expect(text, `${entry.id} ${store}`).toContain(words.guide.storeNotConfirmed);
			}
			const advice = page.locator('#stores ~ p', { hasText: words.guide.storeAdvice });
			const anyUnconfirmed = Object.values(entry.stores!).some((fact) => fact.unconfirmed);
			await expect(advice.count(), entry.id).resolves.toBe(anyUnconfirmed ? 1 : 0);
			await close();
		}
	});

	it('is listed in the sidebar under the age checker', async () => {
		const { page, close } = await site.visit('/tools/age-checker/', {
			viewport: { width: 1280, height: 900 },
		});
		await expect(
			page.locator(`nav[aria-label] a[href="/apps/${app.id}/"]`).count()
		).resolves.toBeGreaterThan(0);
		await close();
	});
});
