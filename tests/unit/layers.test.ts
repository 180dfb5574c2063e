import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every TypeScript and Astro module under src/, with the modules under src/ it imports. */
const files = readdirSync('src', { recursive: true, encoding: 'utf8' })
	.filter((file) => /\.(ts|tsx|mjs|astro)$/.test(file) && !file.endsWith('.d.ts'))
	.map((file) => join('src', file));
const extensions = ['', '.ts', '.tsx', '.mjs', '.astro', '/index.ts'];

function importsOf(file: string): string[] {
	const text = readFileSync(file, 'utf8');
	const specifiers = [
		...text.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(['"]([^'"]+)['"]\)/g),
	].map((match) => match[1] ?? match[2]!);
	return specifiers
		.map((specifier) =>
			specifier.startsWith('~/')
				? join('src', specifier.slice(2))
				: specifier.startsWith('.')
					? normalize(join(dirname(file), specifier))
					: undefined
		)
		.filter((path): path is string => path !== undefined)
		.map((path) =>
			extensions.map((extension) => path + extension).find((candidate) => files.includes(candidate))
		)
		.filter((path): path is string => path !== undefined);
}
const graph = new Map(files.map((file) => [file, importsOf(file)]));

describe('the layers of src/', () => {
	it.each(files.filter((file) => file.startsWith('src/lib/')))(
		'%s, a rule, imports nothing from src/schemas/, the components or the content',
		(file) => {
			for (const imported of graph.get(file)!)
				expect(imported, `${file} imports ${imported}`).toMatch(/^src\/lib\//);
			expect(readFileSync(file, 'utf8')).not.toMatch(/from ['"](preact|astro:content)/);
		}
	);

	// This also covers what tests/unit/lib-imports.test.ts and tests/unit/age-checker-layering.test.ts checked for some
	// of these modules (no schemas, no DOM or Preact, nothing outside src/lib), now for every one of them.
	it.each(files.filter((file) => file.startsWith('src/lib/')))(
		'%s, a rule, imports no package but Node’s own, the YAML parser and libphonenumber-js’s core, and zod only for its types',
		(file) => {
			const packages = [
				...readFileSync(file, 'utf8').matchAll(
					/^(import|export)(\s+type)?[^;'"]*?from\s+['"]([^'"./~][^'"]*)['"]/gms
				),
			]
				.filter(([, , typeOnly, name]) => !(typeOnly && name === 'astro/zod'))
				.map(([, , , name]) => name!)
				.filter(
					(name) =>
						!name.startsWith('node:') && name !== 'yaml' && name !== 'libphonenumber-js/core'
				);
			expect(packages).toEqual([]);
		}
	);

	it('has no import cycle', () => {
		const cycles: string[] = [];
		const state = new Map<string, 'visiting' | 'done'>();
		const visit = (file: string, path: string[]) => {
			if (state.get(file) === 'done') return;
			if (state.get(file) === 'visiting') {
				cycles.push([...path.slice(path.indexOf(file)), file].join(' → '));
				return;
			}
			state.set(file, 'visiting');
			for (const imported of graph.get(file) ?? []) visit(imported, [...path, file]);
			state.set(file, 'done');
		};
		for (const file of files) visit(file, []);
		expect(cycles).toEqual([]);
	});

	it('reads the import graph (a test that could not fail would prove nothing)', () => {
		expect(graph.get('src/schemas/audience.ts')).toContain('src/lib/audience.ts');
	});
});
