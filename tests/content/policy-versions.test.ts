import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseListFile } from '../../src/lib/data-file';
import { policyVersionSchema } from '../../src/schemas/policy-version';
import { school } from '../../src/school';

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
