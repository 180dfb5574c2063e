import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseObjectFile } from '../../src/lib/data-file';
import { schoolSchema } from '../../src/schemas/school';
import { orList } from '../../src/school';
import { andList } from '../../src/lib/or-list';
import { schoolSettingsPath } from '../../src/school-settings-path.mjs';

// The settings the site is built with: content/school.yaml, or another school's (SCHOOL_SETTINGS).
const settings = readFileSync(schoolSettingsPath(), 'utf8');

describe('the school’s settings', () => {
	it('are valid', () => {
		expect(parseObjectFile(settings, schoolSchema, 'content/school.yaml').name).not.toBe('');
	});

	it.each([
		'name',
		'verse.text',
		'office.email',
		'roles.dsl.short',
		'complaintsProcedure.url',
		'policy.nextReview',
	])('fail with a message naming "%s" when it is missing', (field) => {
		const path = field.split('.');
		const data = structuredClone(
			parseObjectFile(settings, schoolSchema, 'content/school.yaml')
		) as Record<string, unknown>;
		let parent = data;
		for (const key of path.slice(0, -1)) parent = parent[key] as Record<string, unknown>;
		delete parent[path.at(-1)!];
		const result = schoolSchema.safeParse(data);
		expect(result.success).toBe(false);
		expect(
			result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
		).toContain(`${field}: is missing`);
	});

	it('reject a date that is not YYYY-MM-DD, saying how to write it', () => {
		const data = {
			...parseObjectFile(settings, schoolSchema, 'x'),
			policy: {
				title: 't',
				version: '1',
				adopted: '1 Sept 2026',
				approvedBy: 'x',
				nextReview: '2027-09-01',
			},
		};
		expect(schoolSchema.safeParse(data).error?.issues[0]?.message).toBe(
			'must be a date written YYYY-MM-DD'
		);
	});
});

describe('orList', () => {
	it('joins platforms as the policy writes them', () => {
		expect(orList(['Google Classroom', 'Microsoft Teams'])).toBe(
			'Google Classroom or Microsoft Teams'
		);
		expect(orList(['A', 'B', 'C'])).toBe('A, B or C');
		expect(orList(['Teams'])).toBe('Teams');
		expect(orList([])).toBe('');
	});
});

describe('andList', () => {
	it('joins the lessons’ ages with “and”', () => {
		expect(andList(['9 to 11', '11 to 16', '16 to 18'])).toBe('9 to 11, 11 to 16 and 16 to 18');
		expect(andList(['11 to 16', '16 to 18'])).toBe('11 to 16 and 16 to 18');
		expect(andList(['11 to 16'])).toBe('11 to 16');
		expect(andList([])).toBe('');
	});
});
