import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { testsIndependentOfSettings } from '../../scripts/lib/settings-readers';

// tests/fixtures/settings-readers/README.md says what each fixture file does.
const fixture = fileURLToPath(new URL('../fixtures/settings-readers/', import.meta.url));

describe('the test files the adopter run may leave out', () => {
	it('are only those whose imports, followed through the project, never reach the settings or content', () => {
		expect(testsIndependentOfSettings(fixture)).toEqual(['tests/unit/pure.test.ts']);
	});
	it('include the pure rules of this project, and none of the content tests', () => {
		const root = fileURLToPath(new URL('../../', import.meta.url));
		const independent = testsIndependentOfSettings(root);
		expect(independent).toContain('tests/unit/worried-about-a-post.test.ts');
		expect(independent.filter((file) => file.startsWith('tests/content/'))).toEqual([]);
	});
});
