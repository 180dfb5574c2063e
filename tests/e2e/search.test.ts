import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBuiltSite } from './support/site';

const site = useBuiltSite();

/** Words people actually type, and the page that must come first. */
const queries: [query: string, page: string][] = [
	// An app's name finds its guide (/apps/<id>/), which has its minimum age and links to the policy and the checker.
	['WhatsApp', '/apps/whatsapp/'],
	['WhatsApp age', '/apps/whatsapp/'],
	['underage use', '/policy/age-limits/'],
	['complaint', '/policy/raising-a-concern/'],
	['complain', '/policy/raising-a-concern/'],
	['photographs', '/policy/photographs-and-information/'],
	['photos', '/policy/photographs-and-information/'],
	['photo without consent', '/policy/photographs-and-information/'],
	['friend request', '/policy/contact-between-pupils-and-staff/'],
	['follow a teacher', '/policy/contact-between-pupils-and-staff/'],
	['pupil added me', '/policy/contact-between-pupils-and-staff/'],
	['can we connect online', '/tools/connect-online/'],
	['extremism', '/policy/extremism/'],
	['radicalisation', '/policy/extremism/'],
	['extremist meme', '/policy/extremism/'],
	['Prevent duty', '/policy/extremism/'],
	['nasty comment', '/policy/breaches-and-offending-posts/'],
	['delete the post', '/policy/breaches-and-offending-posts/'],
	['abusive post', '/policy/breaches-and-offending-posts/'],
	['worried about a post', '/tools/worried-about-a-post/'],
	['safeguarding lead', '/policy/further-questions/'],
	['NSPCC helpline', '/policy/further-questions/'],
	['POSH', '/policy/breaches-and-offending-posts/'],
	['helpline phone number', '/contacts/'],
	['Mumsnet', '/policy/why-reputation-matters/'],
	['Ofsted', '/policy/why-reputation-matters/'],
	['Roblox age', '/apps/roblox/'],
	['can my child use this app', '/tools/age-checker/'],
	['screen time', '/policy/supporting-your-child/'],
	['bedtime', '/policy/supporting-your-child/'],
	['Google Classroom', '/policy/communication-channels/'],
	['oversharing', '/policy/staff-conduct/'],
	['teacher Facebook', '/policy/staff-conduct/'],
	['cookies', '/about/privacy/'],
	['data protection', '/policy/acceptable-use-and-data-protection/'],
	['quiz', '/tools/should-i-post-this/'],
	['worksheet', '/tools/quiz-worksheet/'],
	['before you post', '/tools/before-you-post/'],
	['print the policy', '/policy/in-full/'],
	['policy PDF', '/policy/in-full/'],
];

/** Runs a query through the site's own Pagefind index, in the page, as its search box does. */
async function search(page: Page, query: string, filters: Record<string, string> = {}): Promise<string[]> {
	// A string, so that the test runner does not rewrite the page's own dynamic import.
	return page.evaluate(`(async () => {
		const pagefind = await import('/pagefind/pagefind.js');
		const { results } = await pagefind.search(${JSON.stringify(query)}, { filters: ${JSON.stringify(filters)} });
		const data = await Promise.all(results.slice(0, 5).map((result) => result.data()));
		return data.map((entry) => new URL(entry.url, location.href).pathname);
	})()`);
}

describe('search', () => {
	it.each(queries)('“%s” gives %s first', async (query, expected) => {
		const { page, close } = await site.visit('/');
		const urls = await search(page, query);
		expect(urls[0], `results: ${urls.join(', ')}`).toBe(expected);
		await close();
	});

	it('can be narrowed to one audience', async () => {
		const { page, close } = await site.visit('/');
		const all = await search(page, 'posting');
		const forStaff = await search(page, 'complaint', { audience: 'Staff' });
		expect(forStaff).not.toContain('/policy/raising-a-concern/');
		const forParents = await search(page, 'complaint', { audience: 'Parents' });
		expect(forParents[0]).toBe('/policy/raising-a-concern/');
		expect(all).toBeDefined();
		await close();
	});

	it('offers the audience filter in the search dialog', async () => {
		const { page, close } = await site.visit('/');
		await page.getByRole('button', { name: /search/i }).first().click();
		await page.locator('.pagefind-ui__search-input').fill('photos');
		await page.locator('.pagefind-ui__result').first().waitFor();
		const filters = page.locator('.pagefind-ui__filter-panel');
		await expect(filters.innerText()).resolves.toMatch(/audience/i);
		await expect(filters.innerText()).resolves.toMatch(/Staff/);
		await close();
	});

	it('does not index the widgets’ button labels', async () => {
		const { page, close } = await site.visit('/');
		const labels: Record<string, string[]> = {
			'/tools/should-i-post-this/': ['Start the quiz', 'Classroom mode (for teachers)', 'Check my answer'],
			'/tools/age-checker/': ['Show everything for this age', 'App, site or game'],
			'/tools/worried-about-a-post/': ['Show what to do', 'Start over'],
			'/tools/before-you-post/': ['Start over'],
		};
		const indexed: Record<string, string> = await page.evaluate(`(async () => {
			const pagefind = await import('/pagefind/pagefind.js');
			const { results } = await pagefind.search(null, { filters: {} });
			const data = await Promise.all(results.map((result) => result.data()));
			return Object.fromEntries(data.map((entry) => [new URL(entry.url, location.href).pathname, entry.content]));
		})()`);
		for (const [path, words] of Object.entries(labels)) {
			expect(indexed[path], path).toBeDefined();
			for (const label of words) expect(indexed[path], `${path}: ${label}`).not.toContain(label);
		}
		await close();
	});
});
