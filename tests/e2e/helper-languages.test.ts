import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { decisionHelper } from '../../src/lib/decision-helpers';
import { plainText } from '../../src/lib/rich-text';
import { pageUrl } from '../../src/lib/url';
import { translatedHelper } from '../../src/decision-helper-translations';
import { axeViolations } from './support/axe';
import { useBuiltSite } from './support/site';

/**
 * The decision helpers in other languages (issue 22): "I'm worried about a post" in Arabic, right to left at 390 px,
 * gives a parent's route by keyboard alone in the reader's words, with the English rules' steps in the English order
 * (the "do not" step first), links staff and pupils to the full English helper, and axe finds nothing in either theme.
 */
const site = useBuiltSite();

/** A parent's answers: a nude image of a pupil, posted by someone outside the school. */
const answers = { about: 'pupil', poster: 'outsider', kind: ['indecent-image'] };

/** Tabs forward until the focused element matches `selector` (at most `limit` presses). */
async function tabTo(page: Page, selector: string, limit = 30) {
	for (let press = 0; press < limit; press++) {
		if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector))
			return;
		await page.keyboard.press('Tab');
	}
	throw new Error(`Tab never reached ${selector}`);
}

describe.each(['light', 'dark'] as const)(
	'“I’m worried about a post” in Arabic at 390 px, %s theme',
	(theme) => {
		it('gives a parent’s route, by keyboard, in Arabic and in the English order, and axe finds nothing', async () => {
			const { questions, steps } = translatedHelper('worried-about-a-post', 'ar');
			const expected = decisionHelper('worried-about-a-post').decide({
				reporter: 'parent',
				...answers,
			});
			const { page, offsiteRequests, consoleErrors, close } = await site.open({
				viewport: { width: 390, height: 844 },
			});
			await page.addInitScript((chosen) => localStorage.setItem('starlight-theme', chosen), theme);
			await page.goto(site.url('/ar/tools/worried-about-a-post/'));
			await expect(page.evaluate(() => document.documentElement.dir)).resolves.toBe('rtl');
			await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('ar');
			// Staff and pupils are sent to the full helper in English.
			await expect(
				page.locator(`main a[href="${pageUrl('tools/worried-about-a-post')}"]`).count()
			).resolves.toBeGreaterThan(0);
			await page.locator('.decision-helper').scrollIntoViewIfNeeded();
			const form = page.locator('.decision-helper form[data-ready]');
			await form.waitFor();
			// The parent is not asked who they are: the questions are those after "Who are you?", in Arabic.
			await expect(form.locator('legend').allInnerTexts()).resolves.toEqual(
				questions.map(({ legend }) => legend)
			);
			// Each answer chosen with the keyboard: Tab to its input, then Space.
			await form.locator('input').first().focus();
			for (const question of questions) {
				const chosen = answers[question.id as keyof typeof answers];
				for (const value of [chosen].flat()) {
					const index = question.options.findIndex((option) => option.value === value);
					const label = question.options[index]!.label;
					await tabTo(page, 'input');
					// Within a radio group the arrow keys move (and choose); checkboxes are tabbed through.
					const input = form
						.getByRole('group', { name: question.legend })
						.getByRole(question.multiple ? 'checkbox' : 'radio', { name: label, exact: true });
					if (question.multiple) {
						while (!(await input.evaluate((element) => element === document.activeElement)))
							await page.keyboard.press('Tab');
						await page.keyboard.press('Space');
					} else {
						await page.keyboard.press('Space');
						for (let step = 0; step < index; step++) await page.keyboard.press('ArrowDown');
					}
					await expect(input.isChecked()).resolves.toBe(true);
				}
				if (!question.multiple) await page.keyboard.press('Tab');
			}
			await tabTo(page, 'button[type="submit"]');
			await page.keyboard.press('Enter');
			// Focus moves to the result; its steps are the English rules' for a parent, in their order, in Arabic.
			const heading = page.locator('.decision-helper__result-title');
			await expect(heading.evaluate((element) => element === document.activeElement)).resolves.toBe(
				true
			);
			const titles = await page
				.locator('.decision-helper__result ol > li .decision-helper__step-title')
				.allInnerTexts();
			expect(titles.length).toBe(expected.length);
			expected.forEach((id, index) =>
				expect(titles[index], id).toContain(plainText(steps[id]!.title))
			);
			// The official "do not" step comes first, marked urgent.
			expect(expected[0]).toBe('parent-do-not-share');
			await expect(
				page.locator('.decision-helper__result ol > li').first().getAttribute('class')
			).resolves.toContain('decision-helper__step--urgent');
			// Nothing overflows sideways at 390 px, right to left.
			await expect(
				page.evaluate(
					() => document.documentElement.scrollWidth - document.documentElement.clientWidth
				)
			).resolves.toBeLessThanOrEqual(0);
			await expect(axeViolations(page)).resolves.toEqual([]);
			expect(offsiteRequests).toEqual([]);
			expect(consoleErrors).toEqual([]);
			await close();
		});
	}
);
