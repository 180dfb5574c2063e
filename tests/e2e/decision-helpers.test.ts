import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBuiltSite } from './support/site';
import { decisionHelpers } from '../../src/lib/decision-helpers';
import { wordedHelper } from '../../src/decision-helpers';
import { school } from '../../src/school';

const site = useBuiltSite();
const worried = wordedHelper('worried-about-a-post');
const step = (id: string) => worried.steps[id]!.title;

/** Waits until the widget's script has run and its form is ready for keys. */
async function ready(page: Page) {
	await page.locator('.decision-helper').scrollIntoViewIfNeeded();
	await page.locator('.decision-helper form[data-ready]').waitFor();
}

describe('“I’m worried about a post” on the built site, by keyboard alone', () => {
	it('a member of staff reporting a parent’s abusive post about a teacher gets evidence, the head, POSH and the police, and nothing for parents', async () => {
		const { page, offsiteRequests, consoleErrors, close } = await site.visit(
			'/tools/worried-about-a-post/'
		);
		await ready(page);
		await page
			.getByRole('group', { name: 'Who are you?' })
			.getByRole('radio', { name: 'A member of staff' })
			.focus();
		await page.keyboard.press('Space'); // a member of staff
		await page.keyboard.press('Tab'); // into "Who or what is the post about?"
		await page.keyboard.press('ArrowDown'); // a member of staff
		await page.keyboard.press('Tab'); // into "Who posted it?"
		await page.keyboard.press('ArrowDown'); // a parent or carer
		await page.keyboard.press('Tab'); // into "What is it?"
		for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowDown'); // abuse, threats or harassment
		await expect(
			page.getByRole('radio', { name: 'Abuse, threats or harassment' }).isChecked()
		).resolves.toBe(true);
		await page.keyboard.press('Tab'); // the button
		await page.keyboard.press('Enter');
		const result = page.locator('.decision-helper__result');
		await expect(result.getAttribute('aria-live')).resolves.toBe('polite');
		await result.locator('ol').waitFor();
		const titles = await result.locator('.decision-helper__step-title').allInnerTexts();
		expect(titles.slice(0, 4)).toEqual(
			[
				'staff-keep-evidence',
				'staff-do-not-reply',
				'staff-tell-head',
				'staff-request-deletion',
			].map(step)
		);
		expect(titles).toEqual(expect.arrayContaining([step('staff-posh'), step('staff-police')]));
		const text = await result.innerText();
		expect(text).not.toMatch(/a child may be at risk/i);
		expect(text).not.toMatch(/Parents:/);
		expect(text).toContain(school.roles.headteacher.short);
		await expect(
			result.getByRole('link', { name: '0344 381 4772' }).getAttribute('href')
		).resolves.toBe('tel:03443814772');
		await page.getByRole('button', { name: 'Start over' }).click();
		await expect.poll(() => result.innerText()).toBe('');
		await expect
			.poll(() => page.evaluate(() => document.activeElement?.getAttribute('type')))
			.toBe('radio');
		expect(offsiteRequests).toEqual([]);
		expect(consoleErrors).toEqual([]);
		await close();
	});

	it('a pupil who is being bullied is told to tell an adult, block and report, and about Childline', async () => {
		const { page, close } = await site.visit('/tools/worried-about-a-post/', {
			viewport: { width: 390, height: 844 },
		});
		await ready(page);
		await page
			.getByRole('group', { name: 'Who are you?' })
			.getByRole('radio', { name: 'A member of staff' })
			.focus();
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowDown'); // a pupil
		await page.keyboard.press('Tab');
		await page.keyboard.press('Space'); // about a pupil, or me
		await page.keyboard.press('Tab');
		await page.keyboard.press('Space'); // posted by a pupil
		await page.keyboard.press('Tab');
		for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowDown'); // bullying
		await expect(page.getByRole('radio', { name: 'Bullying' }).isChecked()).resolves.toBe(true);
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		const result = page.locator('.decision-helper__result');
		await result.locator('ol').waitFor();
		const titles = await result.locator('.decision-helper__step-title').allInnerTexts();
		expect(titles).toEqual(
			['pupil-tell-adult', 'pupil-block-and-report', 'pupil-childline'].map(step)
		);
		await expect(
			result.getByRole('link', { name: '0800 1111' }).getAttribute('href')
		).resolves.toBe('tel:08001111');
		await close();
	});
});

describe('the pupils’ page, “Something online has upset or worried me”', () => {
	it('is reached from “For pupils”, and its help is reachable by keyboard at 390 px', async () => {
		const { page, consoleErrors, close } = await site.visit('/for-pupils/', {
			viewport: { width: 390, height: 844 },
		});
		await page
			.getByRole('link', { name: /Something online has upset or worried me/ })
			.first()
			.click();
		await page.waitForURL(/\/help\/something-upset-me\/$/);
		const main = page.locator('main');
		await expect(main.getByRole('heading', { level: 2 }).first().innerText()).resolves.toBe(
			'Tell an adult you trust'
		);
		const childline = main.getByRole('link', { name: '0800 1111' });
		await expect(childline.getAttribute('href')).resolves.toBe('tel:08001111');
		// Every link in the page's text can be reached with the Tab key.
		const links = await main.locator('.sl-markdown-content a').count();
		const reached = new Set<string>();
		await main.locator('h1').click();
		for (let i = 0; i < 60 && reached.size < links; i++) {
			await page.keyboard.press('Tab');
			const inContent = await page.evaluate(() =>
				Boolean(document.activeElement?.closest('.sl-markdown-content'))
			);
			if (inContent)
				reached.add(await page.evaluate(() => document.activeElement!.getAttribute('href')!));
		}
		expect(reached.size).toBe(links);
		expect(reached).toContain('tel:08001111');
		expect(consoleErrors).toEqual([]);
		await close();
	});
});

describe('the decision helpers without JavaScript', () => {
	// Every step of the helper's wording is listed, each with its quote of the policy if it has one. (This replaces
	// "at least 5 steps and 3 quotes", a number written nowhere else: a helper may have as few steps as it needs.)
	it.each(decisionHelpers.map(({ id, page }) => [`/${page}/`, id] as const))(
		'%s shows its guidance as a readable list',
		async (path, id) => {
			const steps = Object.values(wordedHelper(id).steps);
			const { page, close } = await site.visit(path, { javaScriptEnabled: false });
			await expect(page.locator('.decision-helper__all li').count()).resolves.toBe(steps.length);
			await expect(page.locator('.decision-helper__all blockquote').count()).resolves.toBe(
				steps.filter((step) => step.quote).length
			);
			// The island's form is in the page too (so nothing moves when it loads), but cannot work: it is hidden.
			await expect(page.locator('.decision-helper form').isVisible()).resolves.toBe(false);
			await close();
		}
	);

	it('“I’m worried about a post” lists each reader’s steps under their own heading', async () => {
		const { page, close } = await site.visit('/tools/worried-about-a-post/', {
			javaScriptEnabled: false,
		});
		const headings = await page.locator('.decision-helper__group-title').allInnerTexts();
		expect(headings).toEqual(worried.groups.map((group) => group.heading));
		for (const group of worried.groups) {
			const section = page
				.locator('.decision-helper__groups > section')
				.filter({ has: page.getByRole('heading', { name: group.heading }) });
			await expect(section.locator('li').count()).resolves.toBe(group.steps.length);
		}
		await close();
	});
});

describe('“Can we connect online?” on the built site', () => {
	it('answers a pupil’s friend request to a teacher', async () => {
		const { page, close } = await site.visit('/tools/connect-online/');
		await ready(page);
		await page
			.getByRole('group', { name: 'Who wants to connect?' })
			.getByRole('radio', { name: 'A pupil' })
			.check();
		await page
			.getByRole('radio', { name: 'A member of staff, governor, volunteer or contractor' })
			.check();
		await page.getByRole('radio', { name: 'A friend request' }).check();
		await page
			.getByRole('group', { name: /already family/ })
			.getByRole('radio', { name: 'No' })
			.check();
		await page.getByRole('button', { name: 'Show what to do' }).click();
		await expect
			.poll(() => page.locator('.decision-helper__result').innerText())
			.toMatch(/Not allowed[\s\S]*Tell the DSL/);
		await close();
	});
});

describe('the contacts page', () => {
	it('lists every contact the policy names, from the settings and the data', async () => {
		const { page, close } = await site.visit('/contacts/');
		const text = await page.locator('main').innerText();
		const fromSettings = [
			`${school.shortName} school office`,
			school.roles.dsl.long,
			school.roles.headteacher.long,
			school.localAdvisers.name,
		];
		for (const name of [
			...fromSettings,
			'Professionals Online Safety Helpline',
			'NSPCC',
			'CEOP',
			'999',
			'101',
		]) {
			expect(text).toContain(name);
		}
		for (const name of [
			'Childline',
			'Report Remove',
			'Report Harmful Content',
			'Action Counters Terrorism',
		])
			expect(text).toContain(name);
		await close();
	});
});

describe('the staff page on the school’s online reputation', () => {
	it('shows the example replies with the school’s names, the complaints procedure as a named link, and links to the routes', async () => {
		const { page, close } = await site.visit('/staff/online-reputation/');
		const main = page.locator('main');
		await expect(main.locator('.reputation-reply').count()).resolves.toBeGreaterThanOrEqual(5);
		await expect(
			main.getByRole('link', { name: school.office.email }).first().getAttribute('href')
		).resolves.toBe(`mailto:${school.office.email}`);
		await expect(
			main.getByRole('link', { name: 'complaints procedure' }).first().getAttribute('href')
		).resolves.toBe(school.complaintsProcedure.url);
		await expect(main.innerText()).resolves.not.toContain(school.complaintsProcedure.url);
		await main
			.getByRole('link', { name: /I’m worried about a post/ })
			.last()
			.click();
		await page.waitForURL(/\/tools\/worried-about-a-post\/$/);
		await close();
	});
});
