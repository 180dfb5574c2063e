// Runs each stage of `npm test` in turn and prints how long it took, and how long each
// browser-test file took (from Vitest's JSON report). `npm run test:timing`.
// Stages run one after another, as in `npm test`, so the figures add up to the whole.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

type Stage = { name: string; script: string; args?: string[] };

const report = join(mkdtempSync(join(tmpdir(), 'test-timing-')), 'e2e.json');
const stages: Stage[] = [
	{ name: 'format', script: 'format:check' },
	{ name: 'check', script: 'check' },
	{ name: 'unit', script: 'test:unit' },
	{ name: 'adopter', script: 'test:adopter' },
	{ name: 'build', script: 'build' },
	{
		name: 'e2e',
		script: 'test:e2e',
		args: ['--', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
	},
];

const only = process.argv.slice(2);
const rows: [string, number, string][] = [];
const fileTimes = new Map<string, number>();
const started = performance.now();
let failed = false;
for (const stage of stages) {
	if (only.length > 0 && !only.includes(stage.name)) continue;
	const t0 = performance.now();
	const run = spawnSync('npm', ['run', '--silent', stage.script, ...(stage.args ?? [])], {
		stdio: ['ignore', 'pipe', 'inherit'],
		maxBuffer: 256 * 1024 * 1024,
	});
	const output = run.stdout?.toString() ?? '';
	process.stdout.write(output);
	// Vitest's own time for each file (its tests, hooks and builds): "✓  e2e  tests/e2e/x.test.ts (12 tests) 3456ms".
	for (const [, name, ms] of output
		.replace(/\x1b\[[0-9;]*m/g, '')
		.matchAll(/^ [✓×❯] +\S+ +tests\/\S+\/(\S+\.test\.tsx?) \([^)]*\) (\d+)ms/gm))
		fileTimes.set(name!, Number(ms) / 1000);
	const seconds = (performance.now() - t0) / 1000;
	rows.push([stage.name, seconds, run.status === 0 ? 'ok' : `failed (${run.status})`]);
	if (run.status !== 0) failed = true;
}
const total = (performance.now() - started) / 1000;

const lines = ['', 'stage          seconds  result'];
for (const [name, seconds, result] of rows)
	lines.push(`${name.padEnd(14)}${seconds.toFixed(1).padStart(8)}  ${result}`);
lines.push(`${'total'.padEnd(14)}${total.toFixed(1).padStart(8)}`);

try {
	const json = JSON.parse(readFileSync(report, 'utf8')) as {
		testResults: {
			name: string;
			startTime: number;
			endTime: number;
			assertionResults: unknown[];
		}[];
	};
	lines.push(
		'',
		'e2e file                          seconds  tests  (time by Vitest, with its hooks and builds)'
	);
	for (const file of json.testResults
		.map((result) => ({
			name: result.name.replace(/.*tests\/e2e\//, ''),
			tests: result.assertionResults.length,
		}))
		.map((file) => ({ ...file, seconds: fileTimes.get(file.name) ?? 0 }))
		.sort((a, b) => b.seconds - a.seconds))
		lines.push(
			`${file.name.padEnd(32)}${file.seconds.toFixed(1).padStart(8)}  ${String(file.tests).padStart(5)}`
		);
} catch {
	// The e2e stage did not run, or wrote no report.
}
lines.push(
	'',
	`load average (1, 5, 15 min) at the end: ${loadavg()
		.map((n) => n.toFixed(2))
		.join(', ')}`
);
console.log(lines.join('\n'));
process.exit(failed ? 1 : 0);
