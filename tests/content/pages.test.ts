import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { gradeLevel } from '../support/readability';
import { readingChecks } from '../../src/integrations/content-contract';
import { describeProblems, readingProblems } from '../../src/lib/content-contract';
import { names } from '../../src/school';

const docs = new URL('../../content/docs/', import.meta.url);
const pages = readdirSync(docs, { recursive: true, encoding: 'utf8' })
	.filter((file) => /\.mdx?$/.test(file))
	.map((file) => {
		const frontmatter = readFileSync(new URL(file, docs), 'utf8').split(/^---$/m)[1] ?? '';
		return { file, data: parse(frontmatter) as { audiences: string[]; summary?: string; pupilSummary?: string } };
	});
const policyPages = pages.filter(({ file }) => file.startsWith('policy/'));

describe('page summaries', () => {
	it.each(policyPages.map(({ file, data }) => [file, data] as const))('%s opens with a plain-English summary', (_file, data) => {
		expect(data.summary?.length).toBeGreaterThan(80);
	});

	it.each(policyPages.filter(({ data }) => data.audiences.includes('pupils')).map(({ file, data }) => [file, data] as const))(
		'%s concerns pupils, so has a summary a 10-year-old can read',
		(_file, data) => {
			expect(data.pupilSummary).toBeTruthy();
			// The content contract's rule, which the build checks too.
			const checks = readingChecks(process.cwd(), names).filter(({ file }) => file === `content/docs/${_file}`);
			expect(checks.map(({ field }) => field)).toEqual(['pupilSummary']);
			expect(describeProblems(readingProblems(checks))).toBe('');
		},
	);
});

describe('the readability measure', () => {
	it('tells a child’s sentence from a policy’s', () => {
		expect(gradeLevel('Be kind online. Ask before you post a photo of a friend.')).toBeLessThan(4);
		expect(
			gradeLevel('Online Reputation Management is about understanding and managing our digital footprint, including everything that can be seen.'),
		).toBeGreaterThan(12);
	});
});
