import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from './support/build';

const root = new URL('../../', import.meta.url);

describe('a build with a broken settings file', () => {
	it('fails, with a message that names the missing field', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'settings-'));
		const settings = readFileSync(new URL('content/school.yaml', root), 'utf8').replace(
			/^\s+email: .*\n/m,
			''
		);
		// The office's email is gone (the safeguarding people below it keep theirs).
		expect(settings).toMatch(/^office:\n\s+phone: /m);
		writeFileSync(join(dir, 'school.yaml'), settings);

		const failure = await buildSite(join(dir, 'dist'), {
			SCHOOL_SETTINGS: join(dir, 'school.yaml'),
		}).then(
			() => undefined,
			(error: { code: number; stdout: string; stderr: string }) => error
		);
		expect(failure?.code).not.toBe(0);
		expect(`${failure?.stdout}${failure?.stderr}`).toContain('"office.email": is missing');
		// Time for the other files' builds, which run one at a time (support/build.ts), to finish before this one.
	}, 300_000);
});
