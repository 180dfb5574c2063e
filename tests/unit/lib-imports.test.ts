import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The rules of the posting rules, the quiz, the checker and the lessons: pure modules, which content schemas import, never the other way. */
const modules = ['posting-rules', 'before-you-post', 'quiz', 'audience', 'frameworks', 'lesson'];

describe('src/lib', () => {
	it.each(modules)('%s imports nothing from src/schemas, the DOM or Preact', (name) => {
		const source = readFileSync(`src/lib/${name}.ts`, 'utf8');
		const imports = [...source.matchAll(/^import[^;]*?from '([^']+)'/gms)].map(([, from]) => from);
		expect(imports.filter((from) => /schemas|preact|astro/.test(from!))).toEqual([]);
	});
});
