import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * Content is written once, with the school's word for its learners as a placeholder ({learners}, {Learners}, {learner},
 * {Learner}; README, "The school's words"), so that a school that sets `learners: students` gets it everywhere. This
 * finds "pupil" or "student" written as a word in content/, where it is not:
 * - an id or an address (for-pupils, pupil-tell-adult, audiences: [pupils], a key "pupils:");
 * - a search keyword (frontmatter `keywords`, the search's synonyms), a comment or code (import lines);
 * - a quotation of the policy (inside <PolicyText>, a `> ` quotation, a `quote:` field), which keeps the policy's own words;
 * - the policy's own text or the records of its approved and proposed wording.
 */
// site-words.yaml: its English label for the audience "pupils" is replaced by the school's word (src/site-words.ts).
const skipped = new Set([
	'data/site-words.yaml','policy-source.txt', 'deliberate-changes.yaml', 'data/policy-versions.yaml', 'data/search.yaml']);
const files = readdirSync('content', { recursive: true, encoding: 'utf8' }).filter(
	(file) => /\.(mdx|ya?ml)$/.test(file) && !skipped.has(file) && file !== 'school.yaml'
);
const word = /(?<![\p{L}\p{N}_/.\-{[])(?:pupil|student)s?(?![\p{L}\p{N}_/\-}])/giu;

/** The lines of a file that say the word literally where a reader would see it, with their numbers. */
function literalWords(file: string): string[] {
	const found: string[] = [];
	let inPolicyText = false;
	let inFrontmatter = false;
	readFileSync(`content/${file}`, 'utf8')
		.split('\n')
		.forEach((line, index) => {
			if (/<PolicyText>/.test(line)) inPolicyText = true;
			if (line === '---') inFrontmatter = !inFrontmatter;
			const quoted =
				inPolicyText ||
				/^\s*>\s/.test(line) ||
				/^\s*(?:-\s+)?(?:quote|original):/.test(line) ||
				/^\s*#/.test(line) ||
				/^(?:import|export)\s/.test(line) ||
				(inFrontmatter && /^(?:keywords|keyTerms|audiences):/.test(line));
			if (/<\/PolicyText>/.test(line)) inPolicyText = false;
			if (quoted) return;
			// A value that is only an id ("pupils"), a key ("pupils:"), or a list of ids ([parents, pupils]).
			const text = line
				.replace(/^\s*(?:-\s+)?[\w.-]+:(?=\s|$)/, '')
				.replace(/^\s*(?:-\s+)?[a-z][\w-]*\s*$/, '')
				.replace(/\[[\w\s,'"/-]*\]/g, '')
				.replace(/(["'`])[a-z][\w/-]*\1/g, '');
			if (word.test(text)) found.push(`${file}:${index + 1}: ${line.trim().slice(0, 120)}`);
			word.lastIndex = 0;
		});
	return found;
}

describe('the learners’ word in content/', () => {
	it('is written as a placeholder, never as “pupil” or “student”, outside quotations of the policy', () => {
		expect(files.length).toBeGreaterThan(20);
		expect(files.flatMap(literalWords)).toEqual([]);
	});

	it('catches the word written literally (so that it can fail)', () => {
		const found = (text: string) => {
			word.lastIndex = 0;
			return word.test(text);
		};
		expect(found('Ask a pupil first.')).toBe(true);
		expect(found('Students can ask.')).toBe(true);
		expect(found('Ask a {learner} first, at for-pupils/.')).toBe(false);
	});
});
