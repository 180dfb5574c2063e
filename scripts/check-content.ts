// npm run check:content: every problem in content/ that the build or a test would find, in plain words, in seconds.
//
// Checks the school's settings against their schema (content/school.yaml, or SCHOOL_SETTINGS), each list in content/
// against its schema (src/data-lists.ts: the apps, scenarios, lessons …), and content/ against
// the content contract (src/lib/content-contract.ts: scenarios against the posting rules, quotations against the
// policy, links to headings, ids, the sidebar, telephone numbers, and what pupils read), exactly as `npm run build`
// does when it starts, so that the build, the tests and this never disagree. `npm run check` runs it, then astro check.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import type * as Contract from '../src/integrations/content-contract.ts';
import type * as Describe from '../src/lib/content-contract.ts';
import type * as DataFile from '../src/lib/data-file.ts';
import type * as Schema from '../src/schemas/school.ts';
import type * as Sidebar from '../src/sidebar.ts';
import type * as DataLists from '../src/data-lists.ts';
import { schoolSettingsPath } from '../src/school-settings-path.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const started = performance.now();
const load = async <T>(file: string) =>
	(await runnerImport<T>(join(root, file), { configFile: false, logLevel: 'error' })).module;

const [
	{ checkContent },
	{ describeProblems },
	{ parseObjectFile, parseListFile },
	{ schoolSchema },
	{ sidebar },
	{ dataLists },
] = await Promise.all([
	load<typeof Contract>('src/integrations/content-contract.ts'),
	load<typeof Describe>('src/lib/content-contract.ts'),
	load<typeof DataFile>('src/lib/data-file.ts'),
	load<typeof Schema>('src/schemas/school.ts'),
	load<typeof Sidebar>('src/sidebar.ts'),
	load<typeof DataLists>('src/data-lists.ts'),
]);

const reports: string[] = [];
const settingsFile = schoolSettingsPath();
const settingsName = process.env['SCHOOL_SETTINGS'] ?? 'content/school.yaml';
try {
	parseObjectFile(readFileSync(settingsFile, 'utf8'), schoolSchema, settingsName);
} catch (error) {
	reports.push((error as Error).message);
}
// Each list in content/ against its schema, as the build loads it (a line YAML reads as a mapping, a missing field).
for (const { file, schema } of Object.values(dataLists)) {
	try {
		parseListFile(readFileSync(join(root, file), 'utf8'), schema, file);
	} catch (error) {
		reports.push((error as Error).message);
	}
}
const problems = checkContent(root, sidebar);
if (problems.length > 0) reports.push(describeProblems(problems));

const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (reports.length > 0) {
	console.error(
		`${reports.join('\n\n')}\n\nnpm run check:content found problems in content/ (${seconds} s).`
	);
	console.error(
		'Each names its file, entry and field, and how to fix it. The build stops on the same ones.'
	);
	process.exitCode = 1;
} else console.log(`content/ has no problems the build or the tests would find (${seconds} s).`);
