import { readFileSync } from 'node:fs';
import { docId, school } from '../../src/school';
import { policySourcePath } from '../../src/school-settings-path.mjs';
import { policySections } from '../../src/sidebar';
import { normaliseText } from './support/dist';
import { frontmatterOf } from './support/pages';
import { policySentences } from './support/policy-sentences';
import { describe, expect, it } from 'vitest';
import { openSearch, searchBox, searchFor } from '../../scripts/lib/search-box.ts';
import { loadedAndIdle } from './support/page-visit';
import { useBuiltSite } from './support/site';

const site = useBuiltSite();
/** The policy's sentences that the site shows as they are. */
const sentences = policySentences(readFileSync(policySourcePath(), 'utf8')).filter(
	({ changed }) => !changed
);

describe('the built site in a browser', () => {
	it('loads the home page with its title, the school’s principle and verse', async () => {
		const { page, close } = await site.visit('/');
		await expect(page.locator('h1').textContent()).resolves.toContain(frontmatterOf('').title);
		const text = normaliseText(await page.locator('main').innerText());
		// The policy's first sentence that names the school: its principle.
		expect(text).toContain(
			sentences.find(({ sentence }) => sentence.includes(normaliseText(school.name)))!.sentence
		);
		expect(text).toContain(normaliseText(school.verse.text));
		await close();
	});

	it('navigates with the sidebar', async () => {
		const [from, to] = policySections;
		const title = frontmatterOf(to).title;
		const { page, close } = await site.visit(`/${docId(from)}/`);
		await page.locator('nav[aria-label="Main"] a', { hasText: title }).first().click();
		await page.waitForURL((url) => url.pathname === `/${docId(to)}/`);
		await expect(page.locator('h1').textContent()).resolves.toBe(title);
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
		'searching “%s” shows %s first (at the school’s own address), and choosing it opens that page',
		async (query, templatePath) => {
			const expectedPath = `/${docId(templatePath.slice(1, -1))}/`;
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
		const section = policySections[2];
		const { page, close } = await site.visit(`/${docId(section)}/`, { javaScriptEnabled: false });
		await expect(page.locator('h1').textContent()).resolves.toBe(frontmatterOf(section).title);
		// The policy's own words are there without JavaScript.
		const text = normaliseText(await page.locator('main').innerText());
		expect(sentences.filter(({ sentence }) => text.includes(sentence)).length).toBeGreaterThan(0);
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
