import type { Page } from 'playwright-core';
import { decisionHelpers } from '../../../src/lib/decision-helpers';
import { guideEntries, sampleGuides } from './guides';
import { ageCheckerForm, classroomWords } from './words';
import { postingRulesWording } from '../../../src/wording';

/** The guide with settings and reporting, whose name the age checker is given. */
const fullGuide = guideEntries().find((entry) => entry.id === sampleGuides().full)!;

/** Every widget of the site, where it lives, and how a person uses it, for the quality gates to run over. */
export interface Widget {
	name: string;
	path: string;
	/** Uses the widget as a person would, leaving it showing a result; types `typed` where it takes text. */
	use: (page: Page, typed: string) => Promise<void>;
}

/**
 * Scrolls a widget into view and waits until it works. Its form is built into the page, so it is there before
 * its JavaScript: Astro takes the `ssr` attribute off the island once it has hydrated and its listeners are attached.
 */
export async function reach(page: Page, selector: string) {
	const widget = page.locator(selector).first();
	await widget.scrollIntoViewIfNeeded();
	await widget.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });
	// Then any effects, which Preact runs after the next frame.
	await page.evaluate(
		() => new Promise((done) => requestAnimationFrame(() => setTimeout(() => setTimeout(done))))
	);
}

export const typedText = 'Zqxjv Private 1234';

export const widgets: Widget[] = [
	{
		name: 'age checker: a verdict',
		path: '/tools/age-checker/',
		use: async (page) => {
			await reach(page, '.age-checker');
			await page
				.getByRole('combobox', { name: ageCheckerForm.app.label })
				.fill(fullGuide.name.slice(0, 5));
			await page.keyboard.press('ArrowDown');
			await page.keyboard.press('Enter');
			await page.getByLabel(ageCheckerForm.years.label).fill('12');
			await page.getByRole('button', { name: ageCheckerForm.check, exact: true }).click();
			await page.locator('.age-verdict').waitFor();
		},
	},
	{
		name: 'age checker: errors and an unknown app',
		path: '/tools/age-checker/',
		use: async (page, typed) => {
			await reach(page, '.age-checker');
			await page.getByRole('button', { name: ageCheckerForm.check, exact: true }).click();
			await page.locator('.widget__error').first().waitFor();
			await page.getByRole('combobox', { name: ageCheckerForm.app.label }).fill(typed);
			await page.getByLabel(ageCheckerForm.years.label).fill('12');
			await page.getByRole('button', { name: ageCheckerForm.check, exact: true }).click();
			await page.locator('.age-verdict').waitFor();
		},
	},
	{
		name: 'age checker on the policy page: everything for an age',
		path: '/policy/age-limits/',
		use: async (page) => {
			await reach(page, '.age-checker');
			await page.getByLabel(ageCheckerForm.years.label).fill('11');
			await page.getByRole('button', { name: ageCheckerForm.showAll }).click();
			await page.locator('.apps-for-age').waitFor();
		},
	},
	{
		name: 'age checker on an app’s guide page: a verdict',
		path: `/apps/${sampleGuides().full}/`,
		use: async (page) => {
			await reach(page, '.age-checker');
			await page.getByLabel(ageCheckerForm.years.label).fill('12');
			await page.getByRole('button', { name: ageCheckerForm.check, exact: true }).click();
			await page.locator('.age-verdict').waitFor();
		},
	},
	{
		name: 'quiz: the summary',
		path: '/tools/should-i-post-this/',
		use: async (page) => {
			await reach(page, '.quiz');
			await page.getByRole('button', { name: 'Start the quiz' }).click();
			for (;;) {
				await page.locator('.quiz__choice input').first().check();
				await page.getByRole('button', { name: 'Check my answer' }).click();
				const next = page.getByRole('button', { name: /Next question|See my results/ });
				const last = (await next.innerText()) === 'See my results';
				await next.click();
				if (last) break;
			}
			await page.locator('.quiz__summary').waitFor();
		},
	},
	{
		name: 'quiz: classroom mode',
		path: '/tools/should-i-post-this/',
		use: async (page) => {
			await reach(page, '.quiz');
			await page.getByRole('button', { name: /Classroom mode/ }).click();
			await page.getByRole('button', { name: classroomWords.countVotes }).click();
			await page.getByRole('button', { name: `${classroomWords.oneMore} A` }).click();
			await page.keyboard.press('r');
			await page.locator('.classroom__choice--best').waitFor();
		},
	},
	{
		name: 'before you post: a verdict',
		path: '/tools/before-you-post/',
		use: async (page) => {
			// A message about a teacher: what it is, nothing harmful, who it is about.
			const words = postingRulesWording.before;
			await reach(page, '.before-you-post');
			await page.getByRole('radio', { name: words.kind.choices['words']!.pupils }).check();
			await page.getByRole('button', { name: words.interface['next']! }).click();
			await page.getByRole('button', { name: words.interface['no']! }).click();
			await page.locator('.before-you-post__choices input[value="aboutStaff"]').check();
			await page.getByRole('button', { name: words.interface['next']! }).click();
			await page.locator('.before-you-post__verdict').waitFor();
		},
	},
	...decisionHelpers.map(({ id, page: slug }): Widget => ({
		name: `${id}: the steps`,
		path: `/${slug}/`,
		use: async (page) => {
			await reach(page, '.decision-helper');
			await page.locator('.decision-helper form[data-ready]').waitFor();
			for (const group of await page.locator('.decision-helper__question').all())
				await group.locator('input').first().check();
			await page.getByRole('button', { name: 'Show what to do' }).click();
			await page.locator('.decision-helper__result ol').waitFor();
		},
	})),
	{
		name: 'a decision helper: a missing answer',
		path: '/tools/worried-about-a-post/',
		use: async (page) => {
			await reach(page, '.decision-helper');
			await page.locator('.decision-helper form[data-ready]').waitFor();
			await page.getByRole('button', { name: 'Show what to do' }).click();
			await page.locator('.widget__error').first().waitFor();
		},
	},
];
