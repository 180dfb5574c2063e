import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fillNames } from '../../src/lib/school-names';
import { names } from '../../src/school';
import { policySections } from '../../src/sidebar';
import { policySourcePath } from '../../src/school-settings-path.mjs';

/** Text compared for words, not typography: case, curly quotes, hyphens and spacing set aside. */
const plain = (text: string) =>
	text
		.toLowerCase()
		.replace(/[‘’]/g, "'")
		.replace(/[“”]/g, '"')
		.replace(/[-–]/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();

/** Each section of the policy's frontmatter: its summary and the key terms kept with it, with the school's names. */
const sections = policySections.map((slug) => {
	const file = `content/docs/${slug}.mdx`;
	const text = readFileSync(file, 'utf8');
	const frontmatter = parse(text.slice(4, text.indexOf('\n---', 4))) as {
		summary?: string;
		keyTerms?: string[];
	};
	return {
		file,
		summary: fillNames(frontmatter.summary ?? '', names),
		keyTerms: fillNames(frontmatter.keyTerms ?? [], names),
	};
});
const source = plain(readFileSync(policySourcePath(), 'utf8'));

describe('each section’s summary', () => {
	it.each(sections.map((section) => [section.file, section] as const))(
		'%s keeps a list of its key terms, each one words of the approved text',
		(_file, { keyTerms }) => {
			expect(keyTerms.length).toBeGreaterThanOrEqual(3);
			for (const term of keyTerms) expect(source, term).toContain(plain(term));
		}
	);

	it.each(sections.map((section) => [section.file, section] as const))(
		'%s names every one of its key terms, so that it keeps every duty and condition',
		(_file, { summary, keyTerms }) => {
			const missing = keyTerms.filter((term) => !plain(summary).includes(plain(term)));
			expect(missing, 'add these to the summary, or take them off keyTerms if the section does not turn on them').toEqual([]);
		}
	);
});
