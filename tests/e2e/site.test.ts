import { school } from '../../src/school';
import { describe, expect, it } from 'vitest';
import { openSearch, searchBox, searchFor } from '../../scripts/lib/search-box.ts';
import { loadedAndIdle } from './support/page-visit';
import { useBuiltSite } from './support/site';

const site = useBuiltSite();

describe('the built site in a browser', () => {
	it('loads the home page with the school’s principle and verse', async () => {
		const { page, close } = await site.visit('/');
		await expect(page.locator('h1').textContent()).resolves.toContain(
			'Social media and online reputation'
		);
		const text = await page.locator('main').innerText();
		expect(text).toContain(
			'works on the principle that if we don’t manage our social media reputation, someone else will.'
		);
		expect(text).toContain(school.verse.text);
		await close();
	});

	it('navigates with the sidebar', async () => {
		const { page, close } = await site.visit('/policy/why-reputation-matters/');
		await page
			.locator('nav[aria-label="Main"] a', { hasText: 'Age limits and underage use' })
			.first()
			.click();
		await page.waitForURL(/\/policy\/age-limits\/$/);
		await expect(page.locator('h1').textContent()).resolves.toBe('Age limits and underage use');
		await close();
	});

	const searches: [query: string, expectedPath: string][] = [
		// An app's name finds its guide; the policy's words find the policy.
		['WhatsApp', '/apps/whatsapp/'],
		['underage use', '/policy/age-limits/'],
		['complaint', '/policy/raising-a-concern/'],
		['photographs', '/policy/photographs-and-information/'],
		['friend request', '/policy/contact-between-pupils-and-staff/'],
		['extremism', '/policy/extremism/'],
	];

	it.each(searches)(
		'searching “%s” shows %s first, and choosing it opens that page',
		async (query, expectedPath) => {
			const { page, close } = await site.visit('/');
			await openSearch(page);
			const urls = await searchFor(page, query);
			expect(urls[0]).toBe(expectedPath);
			await searchBox.results(page).first().click();
			await page.waitForURL((url) => url.pathname === expectedPath);
			await close();
		}
	);

	it('is readable with JavaScript disabled', async () => {
		const { page, close } = await site.visit('/policy/raising-a-concern/', {
			javaScriptEnabled: false,
		});
		await expect(page.locator('h1').textContent()).resolves.toBe('Raising a concern');
		const text = await page.locator('main').innerText();
		expect(text).toContain('we would urge them to contact us directly and in private');
		await close();
	});

	it('makes no request beyond localhost and writes no error to the console', async () => {
		for (const path of ['/', '/policy/age-limits/', '/for-parents/']) {
			const { page, offsiteRequests, consoleErrors, close } = await site.visit(path);
			await loadedAndIdle(page);
			expect(offsiteRequests, path).toEqual([]);
			expect(consoleErrors, path).toEqual([]);
			await close();
		}
	});
});
