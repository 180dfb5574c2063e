// npm run review: the yearly review of the age checker's facts, for the school's online-safety lead.
//
// Reads content/data/apps.yaml with the same schema as the build and writes every fact, with its source, the
// source's kind, the day it was read and its own date, oldest first, the out-of-date ones marked, to a markdown file.
//
//   npm run review                          write app-facts-review.md
//   npm run review -- review-2027.md        the same, to another file
//   npm run review -- --today 2027-09-01    judge "out of date" against another day
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import type * as AppsSchema from '../src/schemas/apps.ts';
import type * as DataFile from '../src/lib/data-file.ts';
import type * as Review from '../src/lib/review.ts';
import type * as AgeCheck from '../src/lib/age-check.ts';
import type * as MostUsedSchema from '../src/schemas/most-used-apps.ts';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const todayAt = args.indexOf('--today');
const now = new Date();
const pad = (n: number) => String(n).padStart(2, '0');
const today =
	todayAt >= 0
		? args[todayAt + 1]!
		: `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
const out =
	args.filter((_arg, index) => todayAt < 0 || (index !== todayAt && index !== todayAt + 1))[0] ??
	'app-facts-review.md';

// src/ is written for Vite (imports without extensions), so it is loaded through Vite, as npm run adopt does.
const load = async <T>(path: string) =>
	(await runnerImport<T>(join(projectRoot, path), { configFile: false, logLevel: 'error' })).module;
const module = await load<typeof AppsSchema>('src/schemas/apps.ts');
const { parseListFile, parseObjectFile } = await load<typeof DataFile>('src/lib/data-file.ts');
const { reviewMarkdown, reviewRows, unconfirmedRows } =
	await load<typeof Review>('src/lib/review.ts');
const file = 'content/data/apps.yaml';
const apps = parseListFile(await readFile(join(projectRoot, file), 'utf8'), module.appSchema, file);
const rows = reviewRows(apps, today);
const unconfirmed = unconfirmedRows(apps);
const { unknownAges } = await load<typeof AgeCheck>('src/lib/age-check.ts');
const { mostUsedAppsSchema } = await load<typeof MostUsedSchema>('src/schemas/most-used-apps.ts');
const mostUsedFile = 'content/data/most-used-apps.yaml';
const mostUsed = parseObjectFile(
	await readFile(join(projectRoot, mostUsedFile), 'utf8'),
	mostUsedAppsSchema,
	mostUsedFile
);
const { youngest, oldest } = mostUsed.ages;
const unknown = apps
	.map((app) => ({
		app: app.id,
		ages: unknownAges(app, youngest, oldest),
		mostUsed: mostUsed.apps.includes(app.id),
	}))
	.filter((row) => row.ages.length > 0);
await writeFile(
	resolve(out),
	reviewMarkdown(rows, today, unconfirmed, { ages: mostUsed.ages, unknown })
);
console.log(
	`Wrote ${out}: ${rows.length} facts, ${rows.filter((row) => row.stale).length} may be out of date, oldest first; ${unconfirmed.length} not confirmed; ${unknown.length} ${unknown.length === 1 ? 'entry answers' : 'entries answer'} "not known" at some age from ${youngest} to ${oldest}${unknown.length > 0 ? `: ${unknown.map((row) => row.app).join(', ')}` : ''}.`
);
