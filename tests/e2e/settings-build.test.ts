import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);

describe('a build with a broken settings file', () => {
	it('fails, with a message that names the missing field', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'settings-'));
		const settings = readFileSync(new URL('content/school.yaml', root), 'utf8').replace(/^\s+email: .*\n/m, '');
		expect(settings).not.toMatch(/^\s+email:/m);
		writeFileSync(join(dir, 'school.yaml'), settings);

		const build = promisify(execFile)('npx', ['astro', 'build', '--outDir', join(dir, 'dist')], {
			cwd: root,
			env: { ...process.env, SCHOOL_SETTINGS: join(dir, 'school.yaml'), ASTRO_TELEMETRY_DISABLED: '1' },
		});
		const failure = await build.then(
			() => undefined,
			(error: { code: number; stdout: string; stderr: string }) => error,
		);
		expect(failure?.code).not.toBe(0);
		expect(`${failure?.stdout}${failure?.stderr}`).toContain('"office.email": is missing');
	});
});
