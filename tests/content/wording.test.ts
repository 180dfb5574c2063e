import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import type { z } from 'astro/zod';
import { parseObjectFile } from '../../src/lib/data-file';
import { pegiSchema } from '../../src/schemas/pegi';

const files: [string, z.ZodType][] = [
	['content/data/pegi.yaml', pegiSchema],
];
const schemaOf = new Map(files);

/** Parses a copy of a real file after `change` has edited it, as the build would. */
function check(file: string, change: (data: Record<string, any>) => void) {
	const data = parse(readFileSync(file, 'utf8'));
	change(data);
	return () => parseObjectFile(stringify(data), schemaOf.get(file)!, file);
}

describe('the tools’ wording in content/data/', () => {
	it.each(files)('%s is valid', (file, schema) => {
		expect(() => parseObjectFile(readFileSync(file, 'utf8'), schema, file)).not.toThrow();
	});
});

describe('the PEGI wording', () => {
	const file = 'content/data/pegi.yaml';

	it('must word every rating and descriptor, naming the one that is missing', () => {
		expect(check(file, (data) => delete data['ratings'][18])).toThrow(/^content\/data\/pegi\.yaml has 1 problem\(s\):\n- "ratings\.18": is missing$/);
		expect(check(file, (data) => delete data['descriptors'].fear)).toThrow(/- "descriptors\.fear": is missing/);
	});

	it('rejects a rating or descriptor PEGI does not have, and empty text', () => {
		expect(check(file, (data) => (data['ratings'][13] = 'x'))).toThrow(/- "ratings": has "13", which is not one of: 3, 7, 12, 16, 18/);
		expect(check(file, (data) => (data['descriptors'].horror = 'horror'))).toThrow(/- "descriptors": has "horror"/);
		expect(check(file, (data) => (data['descriptors'].fear = ''))).toThrow(/- "descriptors\.fear": must not be empty/);
	});
});
