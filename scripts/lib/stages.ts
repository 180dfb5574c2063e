// The stages of `npm test`, and what each must wait for. `npm test` (scripts/test.ts) and `npm run test:timing`
// (scripts/test-timing.ts) run them here.
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { cpuMeter } from './cpu.ts';

export interface Stage {
	name: string;
	/** The npm script it runs. */
	script: string;
	args?: string[];
	/** Stages that must have passed before it starts. */
	after?: string[];
	/** About how long it takes alone on a quiet two-core machine, in seconds: only to choose what to start first. */
	takes: number;
}

/**
 * Each stage of `npm test`. Two run at a time, one on each of the machine's two cores: the unit suites (one core
 * each) beside the format check, `astro check` and the build. `astro check` and the build both write Astro's caches
 * (`.astro/`, `node_modules/.astro/`), so the build waits for the check. The browser files come last, when every
 * other stage has passed (as when the stages ran one after another): they keep both cores busy themselves, and a
 * unit suite run beside them was slowed past its tests' time limits on a loaded machine.
 */
export const stages: Stage[] = [
	{ name: 'format', script: 'format:check', takes: 3 },
	{ name: 'unit', script: 'test:unit', takes: 40 },
	{ name: 'check', script: 'check', takes: 25 },
	{ name: 'build', script: 'build', after: ['check'], takes: 16 },
	{ name: 'adopter', script: 'test:adopter', takes: 40 },
	{
		name: 'e2e',
		script: 'test:e2e',
		after: ['format', 'check', 'unit', 'adopter', 'build'],
		takes: 300,
	},
];

/** How many stages run at once: one a core, on the two-core machines the project is tested on. */
export const lanes = 2;

export interface StageResult {
	name: string;
	/** Wall-clock seconds, from its start to its end. */
	seconds: number;
	/** CPU seconds (user + system) of the stage and all it started; undefined where it cannot be read. */
	cpu: number | undefined;
	status: 'ok' | 'failed' | 'not run';
	/** Everything it printed. */
	output: string;
}

/**
 * The site the stages build and test: with no public address, at the root of the test server, as the browser tests
 * visit it, whatever `siteUrl` the school's settings give (its address and path are tested by
 * tests/e2e/sub-path.test.ts and settings-build.test.ts, each with a build of its own). SITE_URL or BASE_PATH set
 * when `npm test` is run still win.
 */
export const testedAs = (env: NodeJS.ProcessEnv) => ({
	SITE_URL: env['SITE_URL'] ?? '',
	BASE_PATH: env['BASE_PATH'] ?? '/',
});

/**
 * Runs `selected` stages, at most `lanes` at a time, each as soon as the stages it comes after (those selected) have
 * passed, preferring the stage with the longest way to the end (what it takes, and what waits on it). Output is never
 * interleaved: the stage that started first prints as it goes, the others' output is held and printed when their
 * turn comes. After a failure no other stage starts, and the run ends when the running ones have.
 */
export async function runStages(
	selected: Stage[],
	extraArgs: Record<string, string[]> = {}
): Promise<{ results: StageResult[]; seconds: number }> {
	const meter = cpuMeter();
	const started = performance.now();
	const names = new Set(selected.map((stage) => stage.name));
	const results = new Map<string, StageResult>();
	const running: { stage: Stage; done: Promise<void> }[] = [];
	let failed = false;
	// Every stage started, in order, with what it has printed that is not yet shown. Output is shown in this order:
	// the first stage not yet finished prints as it goes, the ones after it wait their turn.
	const printed: { buffer: string[]; finished: boolean }[] = [];
	let head = 0;
	const pump = () => {
		while (printed[head]) {
			const entry = printed[head]!;
			process.stdout.write(entry.buffer.join(''));
			entry.buffer.length = 0;
			if (!entry.finished) break;
			head += 1;
		}
	};
	const ready = (stage: Stage) =>
		!results.has(stage.name) &&
		!running.some((run) => run.stage === stage) &&
		(stage.after ?? []).every((name) => !names.has(name) || results.get(name)?.status === 'ok');

	const start = (stage: Stage) => {
		const t0 = performance.now();
		const shown = { buffer: [`\n── ${stage.name}: npm run ${stage.script}\n`], finished: false };
		printed.push(shown);
		const child = spawn(
			'npm',
			['run', '--silent', stage.script, ...(stage.args ?? []), ...(extraArgs[stage.name] ?? [])],
			{ stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...testedAs(process.env) } }
		);
		meter.watch(stage.name, child.pid!);
		let output = '';
		const write = (chunk: Buffer) => {
			output += chunk.toString();
			shown.buffer.push(chunk.toString());
			pump();
		};
		child.stdout.on('data', write);
		child.stderr.on('data', write);
		const entry = {
			stage,
			done: new Promise<void>((resolve) => {
				child.on('close', (code) => {
					meter.unwatch(child.pid!);
					const seconds = (performance.now() - t0) / 1000;
					const status = code === 0 ? 'ok' : 'failed';
					if (status === 'failed') failed = true;
					const cpu = meter.seconds(stage.name);
					results.set(stage.name, { name: stage.name, seconds, cpu, status, output });
					shown.buffer.push(
						`── ${stage.name}: ${status}, ${seconds.toFixed(1)} s${cpu === undefined ? '' : ` (${cpu.toFixed(1)} CPU s)`}\n`
					);
					shown.finished = true;
					pump();
					running.splice(running.indexOf(entry), 1);
					resolve();
				});
			}),
		};
		running.push(entry);
		pump();
	};

	/** How long from its start until everything that waits on it can be done: the longest first. */
	const path = (stage: Stage): number =>
		stage.takes +
		Math.max(0, ...selected.filter((other) => other.after?.includes(stage.name)).map(path));

	for (;;) {
		while (!failed && running.length < lanes) {
			const next = selected
				.filter(ready)
				.sort((a, b) => path(b) - path(a) || selected.indexOf(a) - selected.indexOf(b))[0];
			if (!next) break;
			start(next);
		}
		if (running.length === 0) break;
		await Promise.race(running.map((run) => run.done));
	}
	meter.stop();
	for (const stage of selected)
		if (!results.has(stage.name))
			results.set(stage.name, {
				name: stage.name,
				seconds: 0,
				cpu: 0,
				status: 'not run',
				output: '',
			});
	return {
		results: selected.map((stage) => results.get(stage.name)!),
		seconds: (performance.now() - started) / 1000,
	};
}

/** The table of stages: wall and CPU seconds, and how each ended. */
export function stageTable(results: StageResult[], seconds: number): string {
	const cpu = (value: number | undefined) => (value === undefined ? 'n/a' : value.toFixed(1));
	const lines = [
		'',
		`stage          seconds   CPU s  result   (${lanes} at a time: the seconds overlap, the total is the wall time)`,
	];
	for (const result of results)
		lines.push(
			`${result.name.padEnd(14)}${result.seconds.toFixed(1).padStart(8)}${cpu(result.cpu).padStart(8)}  ${result.status}`
		);
	const totalCpu = results.every((result) => result.cpu !== undefined)
		? results.reduce((total, result) => total + result.cpu!, 0)
		: undefined;
	lines.push(`${'total'.padEnd(14)}${seconds.toFixed(1).padStart(8)}${cpu(totalCpu).padStart(8)}`);
	lines.push(
		`load average (1, 5, 15 min) at the end: ${loadavg()
			.map((n) => n.toFixed(2))
			.join(', ')}`
	);
	return lines.join('\n');
}
