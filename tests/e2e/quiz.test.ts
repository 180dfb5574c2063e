import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from './support/site';
import { reach } from './support/widgets';

const site = useBuiltSite();
const scenarios = parse(readFileSync('content/data/scenarios.yaml', 'utf8')) as { id: string; title: string; band: string }[];

describe('the quiz on the built site', () => {
	it('a pupil completes the quiz by keyboard alone and sees the summary', async () => {
		const { page, offsiteRequests, consoleErrors, close } = await site.visit('/tools/should-i-post-this/');
		await reach(page, '.quiz');
		const start = page.getByRole('button', { name: 'Start the quiz' });
		await start.focus();
		await page.keyboard.press('Enter');
		const total = scenarios.filter((s) => s.band === '9-11').length;
		for (let question = 1; question <= total; question++) {
			await expect(page.locator('.quiz__progress').innerText()).resolves.toBe(`Question ${question} of ${total}`);
			// Focus is on the question's heading: Tab to the first choice, pick it with Space, Tab to the button.
			await page.waitForFunction(() => document.activeElement?.id === 'quiz-question');
			await page.keyboard.press('Tab');
			await page.keyboard.press('Space');
			await page.keyboard.press('Tab');
			await page.keyboard.press('Enter');
			await page.locator('.quiz__feedback').waitFor();
			await page.keyboard.press('Tab'); // to the policy link
			await page.keyboard.press('Tab'); // to Next
			await page.keyboard.press('Enter');
		}
		const summary = page.getByRole('heading', { name: /^You got \d+ out of \d+$/ });
		await summary.waitFor();
		await page.waitForFunction(() => document.activeElement?.textContent?.startsWith('You got'));
		expect(offsiteRequests).toEqual([]);
		expect(consoleErrors).toEqual([]);
		await close();
	});

	it('a teacher reveals an answer in classroom mode with the keyboard', async () => {
		const { page, close } = await site.visit('/tools/should-i-post-this/');
		await reach(page, '.quiz');
		await page.getByRole('button', { name: /Classroom mode/ }).click();
		const board = page.getByRole('region', { name: 'Classroom quiz' });
		await expect(board.locator('.classroom__choice--best').count()).resolves.toBe(0);
		await page.keyboard.press('r');
		await expect.poll(() => board.locator('.classroom__choice--best').count()).toBe(1);
		await page.keyboard.press('ArrowRight');
		await expect.poll(() => board.locator('.classroom__progress').innerText()).toMatch(/^Scenario 2 of/);
		await expect(board.locator('.classroom__choice--best').count()).resolves.toBe(0);
		const fontSize = await board.locator('.classroom__prompt').evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
		expect(fontSize).toBeGreaterThanOrEqual(28);
		await close();
	});

	it('without JavaScript, lists every scenario with its answer in <details>', async () => {
		const { page, close } = await site.visit('/tools/should-i-post-this/', { javaScriptEnabled: false });
		await expect(page.locator('.scenario-list__item').count()).resolves.toBe(scenarios.length);
		await expect(page.locator('.scenario-list__item details').count()).resolves.toBe(scenarios.length);
		await close();
	});

	it('prints every scenario, then the answer key on a page of its own', async () => {
		const { page, close } = await site.visit('/tools/quiz-worksheet/');
		await page.emulateMedia({ media: 'print' });
		const text = await page.locator('.worksheet').innerText();
		for (const scenario of scenarios) expect(text).toContain(scenario.title);
		await expect(page.locator('.worksheet__key li').count()).resolves.toBe(scenarios.length);
		await expect(page.locator('.worksheet__key').evaluate((element) => getComputedStyle(element).breakBefore)).resolves.toBe('page');
		await expect(page.locator('header.header').isVisible()).resolves.toBe(false);
		await expect(page.locator('nav.sidebar').isVisible()).resolves.toBe(false);
		await close();
	});
});

describe('Before you post on the built site', () => {
	it('answers by keyboard, and without JavaScript lists every question', async () => {
		const { page, close } = await site.visit('/tools/before-you-post/');
		await reach(page, '.before-you-post');
		await page.getByRole('button', { name: 'Yes' }).focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => page.getByRole('heading', { name: /Don’t post it/ }).isVisible()).toBe(true);
		await close();

		const noScript = await site.visit('/tools/before-you-post/', { javaScriptEnabled: false });
		await expect(noScript.page.locator('.before-you-post__static li').count()).resolves.toBeGreaterThanOrEqual(10);
		await noScript.close();
	});
});
