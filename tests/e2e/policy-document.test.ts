import { execFile } from 'node:child_process';
import { mkdtempSync, statSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractText, getDocumentProxy } from 'unpdf';
import { parse } from 'yaml';
import { formatDate } from '../../src/lib/dates';
import { docId, school } from '../../src/school';
import { policySections } from '../../src/sidebar';
import { writePolicyPdf, type PolicyPdf } from '../../scripts/policy-pdf.ts';
import { builtPages, normaliseText } from './support/dist';
import { policySourcePath } from '../../src/school-settings-path.mjs';
import { distDir, useBuiltSite } from './support/site';

const site = useBuiltSite();
const pages = builtPages();
const wholePage = pages.find(({ path }) => path === '/policy/in-full/')!.document;

/** A section page's approved words and the notes beside them: its <PolicyText> blocks (without their label) and editorial notes. */
function sectionText(slug: string): string {
	const document = pages.find(({ path }) => path === `/${docId(slug)}/`)!.document;
	return approvedText(document.querySelector('.sl-markdown-content')!);
}

/** The text of the approved words and the notes beside them, inside `root`, without the labels the section pages add. */
function approvedText(root: Element): string {
	return [...root.querySelectorAll('[data-layer="policy"], [data-layer="note"]')]
		.map((block) => {
			const copy = block.cloneNode(true) as Element;
			copy.querySelectorAll('[data-layer-label]').forEach((label) => label.remove());
			return normaliseText(copy.textContent ?? '');
		})
		.join(' ');
}

/** The dated notes beside sentences of the approved text, and the words that label the layers. */
const editorialNotes = parse(readFileSync('content/deliberate-changes.yaml', 'utf8')) as {
	original: string;
	note: string;
}[];
const layers = parse(readFileSync('content/data/layers.yaml', 'utf8')) as {
	editorialNote: { label: string };
	guidance: { label: string };
};

/** The lines of the approved text, for telling its own headings ("Extremism") from the site's. */
const sourceLines = new Set(
	readFileSync(policySourcePath(), 'utf8')
		.split('\n')
		.map((line) => normaliseText(line))
);

describe('the whole policy on one page', () => {
	const sections = [...wholePage.querySelectorAll('.policy-document__section')];

	it('has every section of the policy, in the sidebar’s order', () => {
		const titles = sections.map((section) => section.querySelector('h2')!.textContent!.trim());
		const expected = policySections.map((slug, index) => {
			const title = pages
				.find(({ path }) => path === `/${docId(slug)}/`)!
				.document.querySelector('h1')!
				.textContent!.trim();
			return `${index + 1}. ${title}`;
		});
		expect(titles.map(normaliseText)).toEqual(expected.map(normaliseText));
	});

	// Deliberately changed (issue 27): the whole policy carries only the approved words and the notes beside them,
	// not the guidance its sections' pages add around them (summaries, tools, contacts, the headings the site added).
	it.each(policySections.map((slug, index) => [slug, index] as const))(
		'gives the approved words of %s word for word as its own page does, and nothing else',
		(slug, index) => {
			const section = sections[index]!.cloneNode(true) as Element;
			section.querySelector('h2')!.remove();
			section.querySelector('.policy-document__section-link')!.remove();
			expect(approvedText(section)).toBe(sectionText(slug));
			expect(approvedText(section).length).toBeGreaterThan(40);
			const other = [...section.children].filter(
				(child) =>
					!child.matches('[data-layer="policy"], [data-layer="note"]') &&
					!(
						/^H[3-6]$/.test(child.tagName) &&
						sourceLines.has(normaliseText(child.textContent ?? ''))
					)
			);
			expect(other.map((child) => child.outerHTML.slice(0, 80))).toEqual([]);
		}
	);

	it('keeps the heading levels in order: sections at level 2, the approved text’s own headings at 3, and no heading the site added', () => {
		const ownHeadings = sections.flatMap((section) => {
			expect(section.querySelectorAll('h2')).toHaveLength(1);
			return [...section.querySelectorAll('h3, h4, h5, h6')].map((heading) =>
				normaliseText(heading.textContent ?? '')
			);
		});
		expect(ownHeadings.length).toBeGreaterThan(0);
		for (const heading of ownHeadings) expect(sourceLines, heading).toContain(heading);
	});

	it('holds no guidance: no tool, no guidance label, no summary', () => {
		const document = wholePage.querySelector('.policy-document')!;
		expect(document.querySelectorAll('[data-layer="guidance"], .age-checker, aside')).toHaveLength(
			0
		);
		expect(document.querySelectorAll('[data-layer-label]')).toHaveLength(0);
	});

	it('has no two elements with the same id', () => {
		const ids = [...wholePage.querySelectorAll('[id]')].map((element) => element.id);
		expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
	});

	it('opens with the policy’s version, approval and review dates', () => {
		const cover = wholePage.querySelector('.policy-document__cover')!;
		expect(normaliseText(cover.textContent ?? '')).toContain(
			normaliseText(`${school.name} ${school.policy.title}`)
		);
		const facts = Object.fromEntries(
			[...cover.querySelectorAll('dl > div')].map((pair) => [
				pair.querySelector('dt')!.textContent,
				pair.querySelector('dd')!.textContent,
			])
		);
		expect(facts).toEqual({
			Version: school.policy.version,
			'Approved by': school.policy.approvedBy,
			Adopted: formatDate(school.policy.adopted),
			'Next review': formatDate(school.policy.nextReview),
		});
	});

	it('leaves the sections out of search, so that searches find each section’s own page', () => {
		expect(wholePage.querySelector('.policy-document')!.getAttribute('data-pagefind-ignore')).toBe(
			'all'
		);
	});
});

describe('the whole policy, printed', () => {
	it('leaves out the navigation and starts each section on a new page, with link addresses after links', async () => {
		const { page, close } = await site.visit('/policy/in-full/');
		await page.emulateMedia({ media: 'print' });
		for (const hidden of [
			'header.header',
			'#starlight__sidebar',
			'h1#_top',
			'.pagination-links',
			'.policy-footer',
			'aside[aria-label="Summary in plain English"]',
		]) {
			await expect(page.locator(hidden).first().isVisible(), hidden).resolves.toBe(false);
		}
		await expect(page.locator('.policy-document__cover').isVisible()).resolves.toBe(true);
		const breaks = await page
			.locator('.policy-document__section')
			.evaluateAll((sections) => sections.map((section) => getComputedStyle(section).breakBefore));
		expect(breaks).toEqual(policySections.map(() => 'page'));
		const size = (selector: string) =>
			page
				.locator(selector)
				.first()
				.evaluate((heading) => parseFloat(getComputedStyle(heading).fontSize));
		await expect(size('.policy-document__section > h2')).resolves.toBeGreaterThan(
			await size('.policy-document__section h3')
		);

		const after = (selector: string) =>
			page
				.locator(selector)
				.first()
				.evaluate((link) => getComputedStyle(link, '::after').content);
		await expect(after('.policy-document__section a[href^="https://"]')).resolves.toMatch(
			/^" \(https:\/\/.+\)"$/
		);
		// The site's own pages print with the site's address in front, so that they can be typed in from paper;
		// a build without SITE_URL has no address to give, so they print as paths on the site. (Deliberately changed,
		// issue 27: the approved text links to none of the site's pages since the age checker left it; the closing
		// note's link to the governors' pack is the site's own link now.)
		const origin = process.env['SITE_URL'] ? new URL(process.env['SITE_URL']).origin : '';
		await expect(after('.policy-document a[href="/about/governors-pack/"]')).resolves.toBe(
			`" (${origin}/about/governors-pack/)"`
		);
		await expect(
			page.locator('.policy-document .editorial-note').first().isVisible()
		).resolves.toBe(true);
		// Every section is laid out on paper, though the browser may skip those off screen (content-visibility).
		const visibility = await page
			.locator('.policy-document__section')
			.evaluateAll((sections) =>
				sections.map((section) => getComputedStyle(section).contentVisibility)
			);
		expect(visibility).toEqual(policySections.map(() => 'visible'));
		await close();
	});

	// Deliberately changed (issue 27): the age checker is guidance, on its section's page, not in the whole policy.
	it('shows on screen as an ordinary page, with the approved text and no tool in it', async () => {
		const { page, consoleErrors, close } = await site.visit('/policy/in-full/');
		await expect(page.locator('#starlight__sidebar').isVisible()).resolves.toBe(true);
		await expect(page.locator('.policy-document .age-checker').count()).resolves.toBe(0);
		const size = (selector: string) =>
			page
				.locator(selector)
				.first()
				.evaluate((heading) => parseFloat(getComputedStyle(heading).fontSize));
		await expect(size('.policy-document__section > h2')).resolves.toBeGreaterThan(
			await size('.policy-document__section h3')
		);
		await expect(page.locator('.policy-document .policy-text').first().isVisible()).resolves.toBe(
			true
		);
		await expect(page.locator('astro-island').count()).resolves.toBe(0);
		// The print button, which the page's own text names.
		await page.locator('button[data-print][data-ready]').waitFor();
		expect(consoleErrors).toEqual([]);
		await close();
	});
});

describe('npm run pdf', () => {
	const file = join(mkdtempSync(join(tmpdir(), 'policy-pdf-')), 'policy.pdf');
	let pdf: PolicyPdf;
	let text: string[];
	let metadata: { title: string; bookmarks: string[] };

	beforeAll(async () => {
		pdf = await writePolicyPdf(distDir, file);
		const document = await getDocumentProxy(new Uint8Array(await readFile(file)));
		text = ((await extractText(document, { mergePages: false })).text as string[]).map(
			normaliseText
		);
		const { info } = (await document.getMetadata()) as { info: { Title?: string } };
		const outline = (await document.getOutline()) ?? [];
		const titles = (items: typeof outline): string[] =>
			items.flatMap((item) => [item.title, ...titles(item.items)]);
		metadata = { title: info.Title ?? '', bookmarks: titles(outline).map(normaliseText) };
	});

	it('is titled with the policy’s name and version, and has a bookmark for each section', () => {
		expect(normaliseText(metadata.title)).toBe(
			normaliseText(`${school.name}: ${school.policy.title}, version ${school.policy.version}`)
		);
		for (const heading of sectionHeadings())
			expect(metadata.bookmarks).toContain(normaliseText(heading));
	});

	it('has a title page with the policy’s version and dates', () => {
		expect(text[0]).toContain(normaliseText(school.name));
		expect(text[0]).toContain(school.policy.title);
		expect(text[0]).toContain(`Next review ${formatDate(school.policy.nextReview)}`);
		expect(text[0]).not.toContain('Contents');
	});

	it('has a table of contents whose page numbers are where each section starts', () => {
		expect(text[1]).toMatch(/^Contents/);
		expect(pdf.sections).toHaveLength(policySections.length);
		pdf.sections.forEach(({ page }, index) => {
			const heading = normaliseText(sectionHeadings()[index]!);
			expect(text[1]).toContain(`${heading} ${page}`);
			expect(text[page - 1]).toContain(heading);
		});
		const starts = pdf.sections.map(({ page }) => page);
		expect(starts).toEqual([...starts].sort((a, b) => a - b));
		expect(new Set(starts).size).toBe(starts.length);
	});

	it('numbers every page and names the policy on it', () => {
		expect(pdf.pageCount).toBe(text.length);
		expect(pdf.pageCount).toBeGreaterThanOrEqual(policySections.length + 2);
		text.forEach((page, index) => {
			expect(page).toContain(`Page ${index + 1} of ${pdf.pageCount}`);
			expect(page).toContain(`version ${school.policy.version}`);
		});
	});

	it('runs from the command line, as npm run pdf runs it after the build', async () => {
		const out = join(mkdtempSync(join(tmpdir(), 'policy-pdf-cli-')), 'governors.pdf');
		const { stdout } = await promisify(execFile)(process.execPath, ['scripts/policy-pdf.ts', out], {
			cwd: new URL('../../', import.meta.url),
		});
		const [wrote, ...advice] = stdout.trim().split('\n');
		expect(wrote).toBe(`Wrote ${out}: ${pdf.pageCount} pages, ${policySections.length} sections.`);
		// Without the site's public address, it says how to print full addresses.
		if (!process.env['SITE_URL']) expect(advice.join(' ')).toContain('SITE_URL=https://');
		expect(statSync(out).size).toBeGreaterThan(10_000);
	});

	it('prints the approved text with its notes marked as notes, and no guidance', () => {
		const all = normaliseText(text.join(' '));
		for (const { original, note } of editorialNotes) {
			expect(all).toContain(normaliseText(original));
			expect(all).toContain(normaliseText(note));
		}
		expect(all).toContain(normaliseText(layers.editorialNote.label));
		expect(all).not.toContain(normaliseText(layers.guidance.label));
	});

	it('prints no navigation, search or site footer', () => {
		const all = text.join('\n');
		for (const word of [
			'Skip to content',
			'Search',
			'Previous',
			'Next Page',
			'Privacy · Accessibility',
		])
			expect(all).not.toContain(word);
	});
});

/** The sections' headings as the page writes them: "1. Why our reputation online matters". */
function sectionHeadings(): string[] {
	return [...wholePage.querySelectorAll('.policy-document__section > h2')].map(
		(heading) => heading.textContent ?? ''
	);
}
