// `npm run test:timing`: runs the stages of `npm test` as it does (scripts/lib/stages.ts: two at a time, each once
// what it needs has passed) and prints each stage's wall and CPU time, then each browser-test file's time (from
// Vitest's JSON report). `npm run test:timing -- unit build` runs only those stages.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runStages, stageTable, stages } from './lib/stages.ts';

const report = join(mkdtempSync(join(tmpdir(), 'test-timing-')), 'e2e.json');
const only = process.argv.slice(2);
const { results, seconds } = await runStages(
	only.length > 0 ? stages.filter((stage) => only.includes(stage.name)) : stages,
	{ e2e: ['--', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`] }
);

const lines = [stageTable(results, seconds)];
// Vitest's own time for each file (its tests, hooks and builds): "✓  e2e  tests/e2e/x.test.ts (12 tests) 3456ms".
const e2eOutput = results.find((result) => result.name === 'e2e')?.output ?? '';
const fileTimes = new Map<string, number>();
for (const [, name, ms] of e2eOutput
	.replace(/\x1b\[[0-9;]*m/g, '')
	.matchAll(/^ [✓×❯] +\S+ +tests\/\S+\/(\S+\.test\.tsx?) \([^)]*\) (\d+)ms/gm))
	fileTimes.set(name!, Number(ms) / 1000);
try {
	const json = JSON.parse(readFileSync(report, 'utf8')) as {
		numTotalTests: number;
		testResults: { name: string; startTime: number; assertionResults: unknown[] }[];
	};
	const first = Math.min(...json.testResults.map((result) => result.startTime));
	lines.push(
		'',
		`e2e file                          seconds  tests  from  (${json.numTotalTests} tests; seconds by Vitest, from the e2e stage's first file)`
	);
	for (const file of json.testResults
		.map((result) => ({
			name: result.name.replace(/.*tests\/e2e\//, ''),
			tests: result.assertionResults.length,
			from: (result.startTime - first) / 1000,
		}))
		.map((file) => ({ ...file, seconds: fileTimes.get(file.name) ?? 0 }))
		.sort((a, b) => b.seconds - a.seconds))
		lines.push(
			`${file.name.padEnd(32)}${file.seconds.toFixed(1).padStart(8)}  ${String(file.tests).padStart(5)} ${file.from.toFixed(0).padStart(5)}`
		);
} catch {
	// The e2e stage did not run, or wrote no report.
}
console.log(lines.join('\n'));
process.exit(results.some((result) => result.status !== 'ok') ? 1 : 0);
