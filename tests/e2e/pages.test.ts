import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtPages, normaliseText } from './support/dist';
import { formatDate } from '../../src/lib/dates';
import { school } from '../../src/school';
import { builtBase, distDir, inDist } from './support/site';

const pages = builtPages();
const byPath = new Map(pages.map((page) => [page.path, page]));
// Pages that are not content: Pagefind's own files are not pages.
const contentPages = pages.filter(({ path }) => !path.startsWith('/pagefind/'));

describe('every built page', () => {
	it('exists: the site has all its pages', () => {
		expect(contentPages.length).toBeGreaterThanOrEqual(19);
	});

	it.each(contentPages.map(({ path, document }) => [path, document] as const))(
		'%s has one h1, a title and a description',
		(_path, document) => {
			expect(document.querySelectorAll('h1')).toHaveLength(1);
			expect(document.title.trim()).not.toBe('');
			expect(
				document.querySelector('meta[name="description"]')?.getAttribute('content')?.trim()
			).toBeTruthy();
			// Deliberately changed (issue 27): the approval line is in the footer of the policy's pages only;
			// every other page's footer says it is guidance (tests/e2e/layers.test.ts checks the words).
			const { policy } = school;
			const footer = normaliseText(document.querySelector('.policy-footer')?.textContent ?? '');
			const approval = `version ${policy.version}. Approved by ${policy.approvedBy} on ${formatDate(policy.adopted)}. Next review: ${formatDate(policy.nextReview)}.`;
			if (_path.startsWith('/policy/')) expect(footer).toContain(approval);
			else {
				expect(footer).not.toContain(approval);
				expect(
					document.querySelector('.policy-footer [data-layer-label="guidance"]')
				).not.toBeNull();
			}
		}
	);

	it('says who it is for, under its title', () => {
		const withoutAudiences = contentPages
			.filter(({ document }) => !document.querySelector('[data-has-hero]'))
			.filter(({ document }) => document.querySelectorAll('.audiences .sl-badge').length === 0)
			.map(({ path }) => path);
		expect(withoutAudiences).toEqual([]);
		const parents = byPath
			.get('/policy/raising-a-concern/')!
			.document.querySelector('.audiences')!.textContent;
		expect(parents).toMatch(/For:\s*Parents/);
	});

	it('has no space before a full stop, comma, semicolon, colon or closing bracket in its text', () => {
		// "(Source: hwb.gov.wales )" or "pegi.info , vodafone.co.uk": a line break in a template printed as a space.
		const slips = contentPages.flatMap(({ path, document }) => {
			const main = document.querySelector('main');
			main?.querySelectorAll('script, style').forEach((element) => element.remove());
			const text = normaliseText(main?.textContent ?? '');
			return (text.match(/.{0,30}[\p{L}\d)’] [.,;:)](?![.\d]).{0,10}/gu) ?? []).map(
				(slip) => `${path}: ${slip}`
			);
		});
		expect(slips).toEqual([]);
	});

	it('never skips a heading level in its content (an h3 needs an h2 above it)', () => {
		const skips = contentPages.flatMap(({ path, document }) => {
			const levels = [
				...(document.querySelector('main')?.querySelectorAll('h1, h2, h3, h4, h5, h6') ?? []),
			].map((heading) => Number(heading.tagName[1]));
			return levels.flatMap((level, at) =>
				at > 0 && level > levels[at - 1]! + 1 ? [`${path}: h${levels[at - 1]} then h${level}`] : []
			);
		});
		expect(skips).toEqual([]);
	});

	it('keeps a space between audience labels, so they are read and indexed as words', () => {
		const lists = contentPages.flatMap(({ path, document }) =>
			[...document.querySelectorAll('.audiences, .contact-card__audiences')].map((list) => ({
				path,
				badges: list.querySelectorAll('.sl-badge').length,
				words: normaliseText(list.textContent ?? '').split(' ').length,
			}))
		);
		expect(lists.some(({ badges }) => badges > 1)).toBe(true);
		// "For:" and one word a label.
		expect(lists.filter(({ badges, words }) => words !== badges + 1)).toEqual([]);
	});

	it('is reachable from the sidebar', () => {
		const sidebarLinks = new Set(
			[
				...byPath.get('/policy/age-limits/')!.document.querySelectorAll('nav[aria-label="Main"] a'),
			].map((a) => inDist(a.getAttribute('href')!))
		);
		const unreachable = contentPages
			.map(({ path }) => path)
			.filter((path) => path !== '/' && path !== '/404.html' && !sidebarLinks.has(path));
		expect(unreachable).toEqual([]);
	});

	it('has no broken internal link or anchor', () => {
		const base = builtBase();
		const broken: string[] = [];
		let checked = 0;
		for (const { path, document } of contentPages) {
			for (const anchor of document.querySelectorAll('a[href]')) {
				const href = anchor.getAttribute('href')!;
				const url = new URL(href, `http://site${path}`);
				if (url.host !== 'site' || href.startsWith('mailto:') || href.startsWith('tel:')) continue;
				checked += 1;
				const pathname = inDist(url.pathname, base);
				const target = pathname.endsWith('/') ? `${pathname}index.html` : pathname;
				if (!existsSync(`${distDir}${target}`)) {
					broken.push(`${path} → ${href}`);
					continue;
				}
				const id = decodeURIComponent(url.hash.slice(1));
				const targetPage = byPath.get(pathname);
				if (id && targetPage && !targetPage.document.getElementById(id))
					broken.push(`${path} → ${href} (no #${id})`);
			}
		}
		expect(checked).toBeGreaterThan(200);
		expect(broken).toEqual([]);
	});
});
