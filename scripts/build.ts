// `npm run build`: Astro's build, with its log kept. Runs `astro build` (its arguments passed on), shows its output as
// usual, and writes what it printed, how long it took and the settings it was built with to .astro/last-build.json,
// so that the browser tests can check this build's log (tests/e2e/build-output.test.ts) and its time
// (tests/e2e/budgets.test.ts) instead of building the same site again.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildRecordPath, recordedSettings, type BuildRecord } from './lib/build-record.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const outAt = args.indexOf('--outDir');
const outDir = resolve(root, outAt >= 0 ? args[outAt + 1]! : 'dist');

const started = performance.now();
const child = spawn(
	process.execPath,
	[
		fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url)),
		'build',
		...args,
	],
	{
		cwd: root,
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
		stdio: ['inherit', 'pipe', 'pipe'],
	}
);
let log = '';
child.stdout.on('data', (chunk: Buffer) => {
	log += chunk.toString();
	process.stdout.write(chunk);
});
child.stderr.on('data', (chunk: Buffer) => {
	log += chunk.toString();
	process.stderr.write(chunk);
});
child.on('close', (code) => {
	const record: BuildRecord = {
		outDir,
		seconds: (performance.now() - started) / 1000,
		exitCode: code ?? 1,
		finished: Date.now(),
		settings: recordedSettings(process.env),
		log,
	};
	mkdirSync(resolve(root, '.astro'), { recursive: true });
	writeFileSync(buildRecordPath, JSON.stringify(record, null, '\t'));
	process.exit(code ?? 1);
});
