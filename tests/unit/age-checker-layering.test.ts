import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The age checker's rules in src/lib, which must stand on their own: the schemas conform to them, not the other way round. */
const rules = ['app', 'age-check', 'age-verdict', 'fuzzy', 'staleness', 'app-guide', 'text-links'];

describe('the age checker’s rules', () => {
	it.each(rules)(
		'src/lib/%s.ts imports nothing from src/schemas, and nothing outside src/lib',
		(name) => {
			const source = readFileSync(new URL(`../../src/lib/${name}.ts`, import.meta.url), 'utf8');
			const imports = [...source.matchAll(/from '([^']+)'/g)].map(([, from]) => from!);
			expect(imports.filter((from) => !from.startsWith('./'))).toEqual([]);
		}
	);
});
