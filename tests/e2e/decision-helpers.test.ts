import { describe, expect, it } from 'vitest';
import { useBuiltSite } from './support/site';
import { reach } from './support/widgets';

const site = useBuiltSite();

describe('the decision helpers on the built site', () => {
	it('a member of staff works through “I’m worried about a post” by keyboard alone', async () => {
		const { page, offsiteRequests, consoleErrors, close } = await site.visit('/tools/worried-about-a-post/');
		await reach(page, '.decision-helper');
		const first = page.getByRole('group', { name: 'Are you a member of staff or a parent?' }).getByRole('radio', { name: 'A member of staff' });
		await first.focus();
		await page.keyboard.press('Space'); // staff
		await page.keyboard.press('Tab'); // into "Who posted it?"
		await page.keyboard.press('ArrowDown'); // a parent
		await page.keyboard.press('Tab'); // into "What is it?"
		await page.keyboard.press('ArrowDown'); // upsetting
		await page.keyboard.press('ArrowDown'); // bullying
		await page.keyboard.press('Tab'); // the button
		await page.keyboard.press('Enter');
		const result = page.locator('.decision-helper__result');
		await expect(result.getAttribute('aria-live')).resolves.toBe('polite');
		await expect(result.innerText()).resolves.toContain('The school asks for the post to be deleted');
		await page.getByRole('button', { name: 'Start over' }).click();
		await expect.poll(() => result.innerText()).toBe('');
		expect(offsiteRequests).toEqual([]);
		expect(consoleErrors).toEqual([]);
		await close();
	});

	it('“Can we connect online?” answers a pupil’s friend request to a teacher', async () => {
		const { page, close } = await site.visit('/tools/connect-online/');
		await reach(page, '.decision-helper');
		await page.getByRole('group', { name: 'Who wants to connect?' }).getByRole('radio', { name: 'A pupil' }).check();
		await page.getByRole('radio', { name: 'A member of staff, governor, volunteer or contractor' }).check();
		await page.getByRole('radio', { name: 'A friend request' }).check();
		await page.getByRole('group', { name: /already family/ }).getByRole('radio', { name: 'No' }).check();
		await page.getByRole('button', { name: 'Show what to do' }).click();
		await expect.poll(() => page.locator('.decision-helper__result').innerText()).toMatch(/Not allowed[\s\S]*Tell the DSL/);
		await close();
	});

	it.each(['/tools/worried-about-a-post/', '/tools/connect-online/', '/tools/concern-about-the-school/'])(
		'%s shows its guidance as a readable list without JavaScript',
		async (path) => {
			const { page, close } = await site.visit(path, { javaScriptEnabled: false });
			await expect(page.locator('.decision-helper__all li').count()).resolves.toBeGreaterThanOrEqual(5);
			await expect(page.locator('.decision-helper__all blockquote').count()).resolves.toBeGreaterThanOrEqual(3);
			await close();
		},
	);
});

describe('the contacts page', () => {
	it('lists every contact the policy names, from the settings and the data', async () => {
		const { page, close } = await site.visit('/contacts/');
		const text = await page.locator('main').innerText();
		for (const name of ['school office', 'Designated Safeguarding Lead', 'Headteacher', 'Sandwell Advisers', 'Professionals Online Safety Helpline', 'NSPCC', 'CEOP', '999', '101']) {
			expect(text).toContain(name);
		}
		await close();
	});
});
