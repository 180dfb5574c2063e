import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { audienceLabels, docId, school } from '../../src/school';
import { builtPages } from './support/dist';
import { useBuiltSite } from './support/site';
import { reach } from './support/widgets';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { audiences, type Audience } from '../../src/lib/audience';
import { schoolContactIds } from '../../src/schemas/school-contacts';
import { policySections, sidebar } from '../../src/sidebar';
import { withGuidesSampled } from './support/guides';
import { hydrateAll } from './support/page-visit';

const site = useBuiltSite();
const phone = { viewport: { width: 390, height: 844 } };
const contentPages = builtPages().filter(({ path }) => !path.startsWith('/pagefind/'));
const byPath = new Map(contentPages.map((page) => [page.path, page]));

// Everything this file expects is read from the content (the built pages, the sidebar, content/data/, the school's
// settings), never written out here, so that a school that renames a page, a tool or a contact keeps a green suite.

/** Who a built page says it is for: its audience badges (in the school's words: "Students"), by the audiences' ids. */
const audiencesOf = (path: string): Audience[] => {
	const badges = [
		...(byPath.get(path)?.document.querySelectorAll('.audiences .sl-badge') ?? []),
	].map((badge) => badge.textContent?.trim());
	return audiences.filter((audience) => badges.includes(audienceLabels[audience]));
};
/** Pages with a widget (an island) on them: the tools. */
const isTool = (path: string) => Boolean(byPath.get(path)?.document.querySelector('astro-island'));
/** The first page that has a match for `selector`. */
const pageWith = (selector: string) =>
	contentPages.find(({ document }) => document.querySelector(selector))!.path;
/** The links in a part of a built page, as paths with their anchors. */
const linksIn = (element: Element | null | undefined) => [
	...new Set(
		[...(element?.querySelectorAll('a[href]') ?? [])]
			.map((link) => link.getAttribute('href')!)
			.filter((href) => href.startsWith('/'))
	),
];
const policyPages = policySections.map((slug) => `/${docId(slug)}/`);

/** The home page's section for each reader (the one whose heading starts with their name), and the tasks it links to. */
const homeTasks = Object.fromEntries(
	audiences.map((audience) => {
		const section = [...byPath.get('/')!.document.querySelectorAll('.audience-paths section')].find(
			(candidate) =>
				candidate.querySelector('h2')?.textContent?.trim().startsWith(audienceLabels[audience])
		);
		return [audience, linksIn(section?.querySelector('.task-list'))];
	})
) as Record<Audience, string[]>;

/** Each reader's own page: in the sidebar's first group, for that reader alone. */
const startHere = ((sidebar[0] as { items: string[] }).items ?? []).map(
	(slug) => `/${docId(slug)}/`
);
const audiencePages = Object.fromEntries(
	audiences.map((audience) => {
		const path = startHere.find((candidate) => audiencesOf(candidate).join() === audience)!;
		const content = byPath.get(path)?.document.querySelector('.sl-markdown-content');
		return [
			path,
			{
				audience,
				// The tools it links to, and the contacts it lists (from its <ContactList ids={…} />).
				tools: linksIn(content).filter((href) => isTool(href) && !policyPages.includes(href)),
				contacts: [...(content?.querySelectorAll('.contact-card [id^="contact-"]') ?? [])].map(
					(card) => card.id.replace(/^contact-/, '')
				),
			},
		];
	})
) as Record<string, { audience: Audience; tools: string[]; contacts: string[] }>;
const contactsPage = pageWith('.sl-markdown-content .contact-card');
/** A contact whose card lists at least two audiences. */
const withTwoBadges = [...byPath.get(contactsPage)!.document.querySelectorAll('.contact-card')]
	.find((card) => card.querySelectorAll('.contact-card__audiences .sl-badge').length >= 2)!
	.querySelector('[id^="contact-"]')!
	.id.replace(/^contact-/, '');
/** The age checker's words (its button's name), from content/data/age-checker.yaml. */
const ageCheckerWords = parse(readFileSync('content/data/age-checker.yaml', 'utf8')) as {
	form: { check: string };
};

describe('what this file reads from the content', () => {
	it('finds each reader’s section on the home page, their own page, its tools and its contacts', () => {
		for (const audience of audiences)
			expect(homeTasks[audience].length, audience).toBeGreaterThanOrEqual(2);
		expect(Object.keys(audiencePages)).toHaveLength(audiences.length);
		for (const [path, { tools, contacts }] of Object.entries(audiencePages)) {
			expect(tools.length, path).toBeGreaterThanOrEqual(2);
			expect(contacts.length, path).toBeGreaterThanOrEqual(1);
		}
	});

	it('each task and tool offered to a reader is a page for that reader', () => {
		const mismatched = [
			...Object.entries(homeTasks).flatMap(([audience, hrefs]) =>
				hrefs.map((href) => [audience, href] as const)
			),
			...Object.values(audiencePages).flatMap(({ audience, tools }) =>
				tools.map((href) => [audience, href] as const)
			),
		].filter(
			([audience, href]) => !audiencesOf(href.split('#')[0]!).includes(audience as Audience)
		);
		expect(mismatched).toEqual([]);
	});
});

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
		'the home page takes %s to each thing its section offers them in one tap',
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
			for (const href of [...tools, contactsPage]) await followLink(page, href);
			for (const id of contacts)
				await expect(page.locator(`main #contact-${id}`).isVisible(), id).resolves.toBe(true);
			// The school's own number is a tap away wherever the school office is a contact.
			if (contacts.includes(schoolContactIds[0])) {
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
			const firstPolicy = order.findIndex((href) => policyPages.includes(href));
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
			const { page, close } = await site.visit(policyPages[0]!, {
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
		const { page, close } = await site.visit(contactsPage, phone);
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
			.locator(`#contact-${withTwoBadges} ~ .contact-card__audiences .sl-badge`)
			.evaluateAll((badges) =>
				badges.slice(0, 2).map((badge) => badge.getBoundingClientRect().toJSON())
			);
		expect(second.left - first.right).toBeGreaterThanOrEqual(4);
		await close();
	});

	it.each(withGuidesSampled(contentPages.map(({ path }) => path)).filter(isTool))(
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

	it('keeps “On this page” on the policy’s sections that have headings to list', () => {
		const withHeadings = contentPages.filter(
			({ path, document }) =>
				policyPages.includes(path) &&
				document.querySelectorAll('.sl-markdown-content :is(h2, h3)').length >= 2
		);
		expect(withHeadings.length).toBeGreaterThan(0);
		expect(
			withHeadings
				.filter(({ document }) => !document.querySelector('starlight-toc'))
				.map(({ path }) => path)
		).toEqual([]);
	});

	it('keeps a field’s label in view below the header when an error moves focus to it', async () => {
		for (const width of [390, 1280]) {
			const { page, close } = await site.visit(pageWith('.age-checker'), {
				viewport: { width, height: 844 },
			});
			await reach(page, '.age-checker');
			await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
			await page.getByRole('button', { name: ageCheckerWords.form.check, exact: true }).click();
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
				const { page, close } = await site.visit(policyPages[0]!, {
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
	// Every page with a widget (the app guides, all from one template, by a sample).
	const toolPages = withGuidesSampled(contentPages.map(({ path }) => path)).filter(isTool);

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
		// Scroll down a screen at a time, as a reader would, letting each widget load as it comes into view: in the page,
		// two frames a step (one call to the browser, however long the page).
		await visit.page.evaluate(async () => {
			const frames = () =>
				new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
			for (let y = 0; y <= document.documentElement.scrollHeight; y += 400) {
				window.scrollTo(0, y);
				await frames();
			}
		});
		// Every island has been in view; one passed quickly may still be waking: bring each into view until it has.
		await hydrateAll(visit.page);
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
