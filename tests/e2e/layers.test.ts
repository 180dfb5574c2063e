import { mkdtempSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatDate } from '../../src/lib/dates';
import { school } from '../../src/school';
import { policySourcePath } from '../../src/school-settings-path.mjs';
import { builtPages, normaliseText } from './support/dist';
import { policySentences } from './support/policy-sentences';
import { distDir } from './support/site';
import { writePolicyPdf } from '../../scripts/policy-pdf.ts';

/** The words that label the two layers (content/data/layers.yaml), and the approval line they make with the school's settings. */
const wording = parse(readFileSync('content/data/layers.yaml', 'utf8')) as {
	policy: { approval: string };
	guidance: { label: string };
};
const approvalLine = normaliseText(
	wording.policy.approval
		.replace('{title}', school.policy.title)
		.replace('{version}', school.policy.version)
		.replace('{approvedBy}', school.policy.approvedBy)
		.replace('{adopted}', formatDate(school.policy.adopted))
		.replace('{nextReview}', formatDate(school.policy.nextReview))
);
const guidanceLabel = normaliseText(wording.guidance.label);
const source = normaliseText(readFileSync(policySourcePath(), 'utf8'));

const pages = builtPages().filter(({ path }) => !path.startsWith('/pagefind/'));
const isPolicy = (path: string) => path.startsWith('/policy/');
const policyPages = pages.filter(({ path }) => isPolicy(path));
const guidancePages = pages.filter(({ path }) => !isPolicy(path) && path !== '/404.html');
const textOf = (element: Element | null | undefined) => normaliseText(element?.textContent ?? '');

describe('the two layers', () => {
	it('found pages of both', () => {
		expect(policyPages.length).toBeGreaterThanOrEqual(13);
		expect(guidancePages.length).toBeGreaterThanOrEqual(20);
	});

	it.each(guidancePages.map(({ path, document }) => [path, document] as const))(
		'%s is labelled as guidance and carries no approval line',
		(_path, document) => {
			const body = textOf(document.body);
			expect(body).not.toContain(approvalLine);
			expect(document.querySelector('[data-layer-label="policy"]')).toBeNull();
			expect(document.querySelector('[data-layer="policy"]')).toBeNull();
			expect(textOf(document.querySelector('.policy-footer'))).toContain(guidanceLabel);
			if (!document.querySelector('[data-has-hero]'))
				expect(
					textOf(document.querySelector('.sl-container [data-layer-label="guidance"]'))
				).toContain(guidanceLabel);
		}
	);

	it.each(policyPages.map(({ path, document }) => [path, document] as const))(
		'%s carries its approval line under its title and in its footer, and labels its guidance',
		(_path, document) => {
			expect(textOf(document.querySelector('.sl-container [data-layer-label="policy"]'))).toBe(
				approvalLine
			);
			expect(textOf(document.querySelector('.policy-footer'))).toContain(approvalLine);
			for (const block of document.querySelectorAll(
				'.sl-markdown-content [data-layer="guidance"], .sl-markdown-content > aside'
			))
				expect(textOf(block)).toContain(guidanceLabel);
		}
	);

	it('shows as the policy only the approved words, word for word', () => {
		const blocks = policyPages.flatMap(({ path, document }) =>
			[
				...document.querySelectorAll('[data-layer="policy"] :is(p, li):not([data-layer-label])'),
			].map((paragraph) => ({ path, text: textOf(paragraph) }))
		);
		expect(blocks.length).toBeGreaterThanOrEqual(20);
		for (const { path, text } of blocks) {
			// A paragraph of the site may join lines that stand apart in the source: each sentence is there.
			for (const sentence of text.split(/(?<=[.?!)])\s+(?=[A-Z“"*(])/))
				expect(source, `${path}: ${sentence}`).toContain(sentence);
		}
	});
});

describe('the whole policy', () => {
	const whole = pages.find(({ path }) => path === '/policy/in-full/')!.document;
	const approved = textOf(whole.querySelector('.policy-document'));

	it.each(
		policySentences(readFileSync(policySourcePath(), 'utf8')).map(({ sentence }) => sentence)
	)('holds the approved sentence “%s”', (sentence) => {
		expect(approved).toContain(sentence);
	});

	it('holds each dated editorial note beside its sentence', () => {
		const notes = parse(readFileSync('content/deliberate-changes.yaml', 'utf8')) as {
			original: string;
			note: string;
		}[];
		for (const { original, note } of notes) {
			const block = [...whole.querySelectorAll('[data-layer="policy"]')].find((element) =>
				textOf(element).includes(normaliseText(original))
			);
			expect(block, original).toBeDefined();
			expect(block!.nextElementSibling?.getAttribute('data-layer')).toBe('note');
			expect(textOf(block!.nextElementSibling)).toContain(normaliseText(note));
		}
	});
});

describe('the governors’ pack', () => {
	const pack = pages.find(({ path }) => path === '/about/governors-pack/')!.document;
	const listed = new Set(
		[...pack.querySelectorAll('[data-governors-pack] a[href]')].map((link) =>
			link.getAttribute('href')!.replace(/#.*$/, '')
		)
	);

	it('lists every guidance page', () => {
		const missing = guidancePages.map(({ path }) => path).filter((path) => !listed.has(path));
		expect(missing).toEqual([]);
	});

	it('links to the whole policy and lists the proposed changes with a reason for each', () => {
		expect(listed.has('/policy/in-full/')).toBe(true);
		const versions = parse(readFileSync('content/data/policy-versions.yaml', 'utf8')) as {
			status?: string;
			proposals?: { id: string; reason: string }[];
		}[];
		const proposals = versions.flatMap((version) =>
			version.status === 'proposed' ? (version.proposals ?? []) : []
		);
		for (const { id, reason } of proposals) {
			const item = pack.querySelector(`[data-proposal="${id}"]`);
			expect(textOf(item), id).toContain(normaliseText(reason));
		}
	});
});

describe('a practice the guidance suggests', () => {
	it('is shown as the school’s setting says: a suggestion until the school adopts it', () => {
		const staff = pages.find(({ path }) => path === '/staff/online-reputation/')!.document;
		const marker = staff.querySelector('[data-practice="reputation-monitoring"]');
		expect(marker?.getAttribute('data-practice-status')).toBe(
			school.practices.reputationMonitoring
		);
	});
});

describe('the governors’ pack as a PDF (npm run pdf -- --pack)', () => {
	it('prints its four parts, each found from the contents, with the proposed changes', async () => {
		const file = join(mkdtempSync(join(tmpdir(), 'governors-pack-')), 'pack.pdf');
		const pdf = await writePolicyPdf(distDir, file, '/', 'about/governors-pack/');
		expect(pdf.sections.map(({ id }) => id)).toEqual([
			'pack-policy',
			'pack-guidance',
			'pack-policy-pages',
			'pack-proposed',
		]);
		const document = await getDocumentProxy(new Uint8Array(await readFile(file)));
		const text = normaliseText(
			((await extractText(document, { mergePages: true })).text as string) ?? ''
		);
		expect(text).toContain(normaliseText(wording.guidance.label));
		expect(text).not.toContain(approvalLine);
		expect(text).toContain(`Page 1 of ${pdf.pageCount}`);
	}, 120_000);
});
