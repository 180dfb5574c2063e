import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { missingOptional } from '../../scripts/complete-lockfile.mjs';

const lock = JSON.parse(readFileSync(new URL('../../package-lock.json', import.meta.url), 'utf8'));

describe('package-lock.json', () => {
	it('has an entry for every platform’s optional package, so that `npm ci` accepts it (run `npm run lockfile` if not)', () => {
		expect([...missingOptional(lock.packages).keys()]).toEqual([]);
	});

	it('names no download address', () => {
		expect(JSON.stringify(lock)).not.toMatch(/"resolved":/);
	});
});
