import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseListFile } from '../../src/lib/data-file';
import { policyVersionSchema } from '../../src/schemas/policy-version';
import { school, schoolNames } from '../../src/school';
import { withLearnerPlaceholders } from '../../src/lib/audience';
import { fillNames } from '../../src/lib/school-names';
import { policySourcePath } from '../../src/school-settings-path.mjs';

const versions = parseListFile(readFileSync('content/data/policy-versions.yaml', 'utf8'), policyVersionSchema, 'policy-versions.yaml');

describe('the policy’s versions', () => {
	it('include the current version from the school’s settings, with its date', () => {
		const current = versions.find((version) => version.id === school.policy.version);
		expect(current?.date).toBe(school.policy.adopted);
	});

	it('reject a version with no changes listed, naming it', () => {
		expect(() => parseListFile('- id: "2.0"\n  date: 2027-09-01\n  approvedBy: x\n  changes: []\n', policyVersionSchema, 'v.yaml')).toThrow(/entry "2.0": "changes": list at least one change/);
	});
});

describe('the version proposed for the next review', () => {
	const source = readFileSync(policySourcePath(), 'utf8');
	const proposed = versions.filter((version) => version.status === 'proposed');

	it('is not the version the school’s settings name as approved', () => {
		expect(proposed.map(({ id }) => id)).not.toContain(school.policy.version);
		expect(versions.find(({ id }) => id === school.policy.version)?.status).toBe('approved');
	});

	it('changes words the approved text has, word for word, each with a reason', () => {
		for (const version of proposed) {
			expect(version.proposals?.length, version.id).toBeGreaterThan(0);
			for (const proposal of version.proposals ?? []) {
				// In the school's own word for its learners: a school that says students has "the student" where the template has "the pupil".
				const original = fillNames(withLearnerPlaceholders(proposal.original), schoolNames(school));
				expect(source, `${version.id} ${proposal.id}`).toContain(original);
				expect(proposal.proposed).not.toBe(proposal.original);
				expect(proposal.reason.length).toBeGreaterThan(20);
			}
		}
	});

	it('is rejected without its proposals, and an approved version without who approved it', () => {
		expect(() =>
			parseListFile('- id: "2.0"\n  status: proposed\n  date: 2027-09-01\n  changes: [x]\n', policyVersionSchema, 'v.yaml')
		).toThrow(/entry "2.0": "proposals": a proposed version lists its changes/);
		expect(() =>
			parseListFile('- id: "2.0"\n  date: 2027-09-01\n  changes: [x]\n', policyVersionSchema, 'v.yaml')
		).toThrow(/entry "2.0": "approvedBy": an approved version needs who approved it/);
	});
});
