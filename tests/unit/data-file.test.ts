import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { DataFileError, parseListFile, parseObjectFile } from '../../src/lib/data-file';

const entry = z.strictObject({ id: z.string(), age: z.int().min(0) });

describe('parseListFile', () => {
	it('returns the entries of a valid list', () => {
		expect(parseListFile('- id: a\n  age: 1\n- id: b\n  age: 2\n', entry, 'x.yaml')).toEqual([
			{ id: 'a', age: 1 },
			{ id: 'b', age: 2 },
		]);
	});

	it('names the entry and the field that is wrong', () => {
		expect(() => parseListFile('- id: tiktok\n  age: -1\n', entry, 'apps.yaml')).toThrow(
			/apps\.yaml[\s\S]*entry "tiktok": "age"/
		);
	});

	it('names an entry without an id by its position', () => {
		expect(() => parseListFile('- id: a\n  age: 1\n- age: 2\n', entry, 'apps.yaml')).toThrow(
			/entry 2: "id"/
		);
	});

	it('rejects an id used twice, naming it', () => {
		expect(() =>
			parseListFile('- id: a\n  age: 1\n- id: a\n  age: 2\n', entry, 'apps.yaml')
		).toThrow(/"a" is used twice/);
	});

	it('explains a file that is not a list, or not YAML', () => {
		expect(() => parseListFile('id: a\n', entry, 'apps.yaml')).toThrow(/must be a list/);
		expect(() => parseListFile('- id: [a\n', entry, 'apps.yaml')).toThrow(/is not valid YAML/);
	});

	it('throws a DataFileError, never anything else', () => {
		expect(() => parseListFile(': : :', entry, 'x.yaml')).toThrow(DataFileError);
	});
});

describe('parseObjectFile', () => {
	it('lists every problem with its field', () => {
		const schema = z.strictObject({
			name: z.string(),
			office: z.strictObject({ email: z.email() }),
		});
		expect(() => parseObjectFile('office:\n  email: nope\n', schema, 'school.yaml')).toThrow(
			/school\.yaml has 2 problem\(s\):\n- "name": .*\n- "office\.email": /
		);
	});
});
