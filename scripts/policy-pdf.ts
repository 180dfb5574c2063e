// npm run pdf: the whole policy as a PDF, for governors' packs and the school's own website.
//
// Prints the built site's "The whole policy" page (/policy/in-full/) with the same Chromium as the browser
// tests: its cover, contents and sections come from the page's print styles; this adds the running footer with
// page numbers, and fills in each section's page number in the contents from where the PDF put it.
// With --pack it prints the governors' pack (/about/governors-pack/) the same way:
//
//   npm run pdf                              the whole policy, to social-media-policy.pdf
//   npm run pdf -- --pack governors-pack.pdf the governors' pack
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getDocumentProxy } from 'unpdf';
import type { Page } from 'playwright-core';
import { launchBrowser } from './lib/chromium.ts';
import { serveStatic } from './lib/static-server.ts';

export interface PolicyPdf {
	file: string;
	pageCount: number;
	/** Each section's id on the page and the PDF page it starts on. */
	sections: { id: string; page: number }[];
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** Chromium's running footer: the policy's name and version on the left, the page number on the right. */
function footerTemplate(runningTitle: string): string {
	return `<div style="width:100%;margin:0 16mm;display:flex;justify-content:space-between;gap:8mm;font:8pt sans-serif;color:#333">
		<span>${escapeHtml(runningTitle)}</span>
		<span style="white-space:nowrap">Page <span class="pageNumber"></span> of <span class="totalPages"></span></span>
	</div>`;
}

function print(page: Page, runningTitle: string): Promise<Buffer> {
	return page.pdf({
		preferCSSPageSize: true,
		printBackground: false,
		outline: true,
		tagged: true,
		displayHeaderFooter: true,
		headerTemplate: '<span></span>',
		footerTemplate: footerTemplate(runningTitle),
	});
}

/** The PDF page (from 1) that each section's heading landed on, from the named destinations Chromium writes for in-page links. */
async function sectionPages(
	pdf: Buffer,
	ids: string[]
): Promise<{ pageCount: number; sections: { id: string; page: number }[] }> {
	const document = await getDocumentProxy(new Uint8Array(pdf));
	const sections = await Promise.all(
		ids.map(async (id) => {
			const destination = await document.getDestination(id);
			const target = destination?.[0];
			if (!target || typeof target !== 'object')
				throw new Error(`The PDF has no link target for the section "${id}".`);
			return { id, page: (await document.getPageIndex(target)) + 1 };
		})
	);
	return { pageCount: document.numPages, sections };
}

/**
 * Writes the whole policy as a PDF from a built site in `distDir` (served under `base`, as it was built).
 * Prints twice, or more if the numbers still move: the first print finds where each section starts.
 */
export async function writePolicyPdf(
	distDir: string,
	file: string,
	base = '/',
	path = 'policy/in-full/'
): Promise<PolicyPdf> {
	const server = await serveStatic(distDir, base);
	const browser = await launchBrowser();
	try {
		const page = await browser.newPage();
		const response = await page.goto(`${server.url}${path}`);
		if (!response?.ok())
			throw new Error(
				`The built site has no page to print at ${server.url}${path} (${response?.status()}).`
			);
		await page.emulateMedia({ media: 'print' });
		await page.evaluate(() => document.fonts.ready);
		const runningTitle =
			(await page.locator('.policy-document').getAttribute('data-running-title')) ?? '';
		// Chromium gives the PDF the page's title as its own.
		await page.evaluate((title) => (document.title = title), runningTitle);
		const ids = await page
			.locator('[data-page-of]')
			.evaluateAll((spans) => spans.map((span) => span.getAttribute('data-page-of') ?? ''));

		let pdf = await print(page, runningTitle);
		let layout = await sectionPages(pdf, ids);
		for (let attempt = 0; attempt < 3; attempt++) {
			const changed = await page.evaluate((sections) => {
				let changed = false;
				for (const { id, page } of sections) {
					const span = document.querySelector(`[data-page-of="${id}"]`);
					if (span && span.textContent !== String(page)) {
						span.textContent = String(page);
						changed = true;
					}
				}
				return changed;
			}, layout.sections);
			if (!changed) break;
			pdf = await print(page, runningTitle);
			layout = await sectionPages(pdf, ids);
		}
		await writeFile(file, pdf);
		return { file, ...layout };
	} finally {
		await browser.close();
		await server.close();
	}
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const root = fileURLToPath(new URL('../', import.meta.url));
	const args = process.argv.slice(2);
	const pack = args.includes('--pack');
	const named = args.find((arg) => !arg.startsWith('--'));
	const file = resolve(named ?? `${root}${pack ? 'governors-pack' : 'social-media-policy'}.pdf`);
	const { pageCount, sections } = await writePolicyPdf(
		`${root}dist`,
		file,
		process.env['BASE_PATH'] ?? '/',
		pack ? 'about/governors-pack/' : 'policy/in-full/'
	);
	console.log(`Wrote ${file}: ${pageCount} pages, ${sections.length} sections.`);
	if (!process.env['SITE_URL']) {
		console.log(
			'The PDF names no web address: its cover has none and the site’s own links print as paths (/tools/age-checker/).\n' +
				'To print full addresses, build with the site’s public address: SITE_URL=https://www.your-school.sch.uk npm run pdf'
		);
	}
}
