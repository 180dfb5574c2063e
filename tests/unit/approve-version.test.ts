import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { approveVersion } from '../../scripts/adopt.ts';
import { parseListFile, parseObjectFile } from '../../src/lib/data-file';
import { policyVersionSchema } from '../../src/schemas/policy-version';
import { schoolSchema } from '../../src/schemas/school';

/** The copies made by this file's tests, removed after each test. */
const copies: string[] = [];
afterEach(() => {
	for (const root of copies.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A copy of content/ with a proposed version 9.9 that changes one phrase of the approved text, noted beside it. */
function contentWithProposal(): string {
	const root = mkdtempSync(join(tmpdir(), 'approve-'));
	copies.push(root);
	cpSync('content', join(root, 'content'), { recursive: true });
	const versions = readFileSync(join(root, 'content/data/policy-versions.yaml'), 'utf8').replace(
		/^- id: '1\.1'[\s\S]*?(?=^- id:)/m,
		''
	);
	writeFileSync(
		join(root, 'content/data/policy-versions.yaml'),
		`- id: '9.9'
  status: proposed
  date: 2027-06-01
  changes: [For the test.]
  proposals:
    - id: posh-name
      change: The helpline named the same way throughout.
      reason: A fixture's reason.
      original: or Professionals’ Online-Safety Helpline.
      proposed: or the Professionals Online Safety Helpline.
${versions}`
	);
	writeFileSync(
		join(root, 'content/deliberate-changes.yaml'),
		`- id: posh-note
  original: Staff should speak to DSL in the first instance, who may then call on the expertise of Sandwell Advisers, or Professionals’ Online-Safety Helpline.
  note: A fixture's note.
  reason: A fixture's reason.
  source: https://example.org/
  date: 2027-06-01
  page: policy/further-questions
  proposal: '9.9'
`
	);
	const page = join(root, 'content/docs/policy/further-questions.mdx');
	writeFileSync(
		page,
		readFileSync(page, 'utf8').replace(
			'</PolicyText>',
			'</PolicyText>\n\n<EditorialNote id="posh-note" />\n'
		)
	);
	return root;
}

const read = (root: string, file: string) => readFileSync(join(root, file), 'utf8');
const quiet = () => {};

describe('npm run adopt -- --approve, once the governing body approves a proposed version', () => {
	it('applies the proposed wording to the approved text and the policy’s pages, and records the approval', async () => {
		const root = contentWithProposal();
		const result = await approveVersion({
			root,
			version: '9.9',
			date: '2027-07-01',
			confirm: async () => true,
			log: quiet,
		});
		expect(result.problems).toEqual([]);
		expect(result.written).toContain('content/docs/policy/further-questions.mdx');

		expect(read(root, 'content/policy-source.txt')).toContain(
			'or the Professionals Online Safety Helpline.'
		);
		expect(read(root, 'content/policy-source.txt')).not.toContain('Online-Safety');
		const page = read(root, 'content/docs/policy/further-questions.mdx');
		expect(page).toContain('or the Professionals Online Safety Helpline.');
		expect(page).not.toContain('<EditorialNote id="posh-note" />');
		expect(parse(read(root, 'content/deliberate-changes.yaml')) ?? []).toEqual([]);
		// Quotes of the policy elsewhere stay word for word with the newly approved text.
		const helpers = read(root, 'content/data/worried-about-a-post.yaml');
		if (read('.', 'content/data/worried-about-a-post.yaml').includes('Online-Safety Helpline.')) {
			expect(result.written).toContain('content/data/worried-about-a-post.yaml');
			expect(helpers).not.toContain('Online-Safety Helpline.');
		}
		expect(read(root, 'content/data/policy-versions.yaml')).not.toContain('Online-Safety');

		const versions = parseListFile(
			read(root, 'content/data/policy-versions.yaml'),
			policyVersionSchema,
			'policy-versions.yaml'
		);
		expect(versions.find(({ id }) => id === '9.9')).toMatchObject({
			status: 'approved',
			date: '2027-07-01',
			changes: ['The helpline named the same way throughout.'],
		});
		const settings = parseObjectFile(
			read(root, 'content/school.yaml'),
			schoolSchema,
			'school.yaml'
		);
		expect(settings.policy).toMatchObject({ version: '9.9', adopted: '2027-07-01' });
	});

	it('changes nothing for a version that is not proposed, or without a yes', async () => {
		const root = contentWithProposal();
		const before = read(root, 'content/policy-source.txt');
		const wrong = await approveVersion({
			root,
			version: '1.0',
			date: '2027-07-01',
			confirm: async () => true,
			log: quiet,
		});
		expect(wrong.problems[0]).toMatch(/no proposed version "1.0": the proposed one is "9.9"/);
		const declined = await approveVersion({
			root,
			version: '9.9',
			date: '2027-07-01',
			confirm: async () => false,
			log: quiet,
		});
		expect(declined.written).toEqual([]);
		expect(read(root, 'content/policy-source.txt')).toBe(before);
	});

	it('refuses a proposal whose original words are not in the approved text', async () => {
		const root = contentWithProposal();
		const file = join(root, 'content/data/policy-versions.yaml');
		writeFileSync(
			file,
			readFileSync(file, 'utf8').replace('Online-Safety Helpline.', 'Online Safety Helpline!')
		);
		const result = await approveVersion({
			root,
			version: '9.9',
			date: '2027-07-01',
			confirm: async () => true,
			log: quiet,
		});
		expect(result.problems[0]).toMatch(
			/proposal "posh-name": "original" is not in content\/policy-source.txt word for word/
		);
	});
});
