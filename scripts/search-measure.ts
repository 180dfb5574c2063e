/**
 * `npm run search:measure -- <questions file> [--show-misses] [--dist <built site>]`: puts each held-out question of a file in
 * tests/e2e/support/ (its `heldOutQuestions`) into the built site's own search box, at 390 px as a phone does, and
 * prints how many put an answering page first: in all, by who asks, about a child at risk, and how many of those put
 * an app or device guide first. Misses are printed only with --show-misses, so that a set kept for a last measure can
 * be counted without being read. Needs a built site (npm run build), or --dist with another one (a copy kept from before a
 * change, to measure a new set on the search as it was).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchBrowser } from './lib/chromium.ts';
import { openSearch, searchEach } from './lib/search-box.ts';
import { serveStatic } from './lib/static-server.ts';

interface Question {
	question: string;
	from: string;
	answers: readonly string[];
	atRisk?: string;
}

const [file, ...flags] = process.argv.slice(2);
if (!file) {
	console.error('Which questions? npm run search:measure -- tests/e2e/support/<file>.ts');
	process.exit(2);
}
const distAt = flags.indexOf('--dist');
const distDir = resolve(distAt >= 0 ? flags[distAt + 1]! : 'dist');
if (!existsSync(resolve(distDir, 'pagefind'))) {
	console.error('No built site with its search index in dist/: run npm run build first.');
	process.exit(2);
}
const { heldOutQuestions } = (await import(pathToFileURL(resolve(file)).href)) as {
	heldOutQuestions: Question[];
};
const showMisses = flags.includes('--show-misses');

const server = await serveStatic(distDir);
const browser = await launchBrowser();
try {
	const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
	await page.goto(server.url);
	await openSearch(page);
	const found = await searchEach(
		page,
		heldOutQuestions.map(({ question }) => question)
	);
	const outcomes = heldOutQuestions.map((question, at) => {
		const first = found[at]![0];
		return { ...question, first, right: first !== undefined && question.answers.includes(first) };
	});
	const count = (list: typeof outcomes) =>
		`${list.filter(({ right }) => right).length} of ${list.length}`;
	console.log(`${file}: ${count(outcomes)} put an answering page first`);
	for (const from of [...new Set(outcomes.map(({ from }) => from))])
		console.log(`  from ${from}: ${count(outcomes.filter((o) => o.from === from))}`);
	const atRisk = outcomes.filter(({ atRisk }) => atRisk);
	const guideFirst = atRisk.filter(({ first }) => /^\/(apps|devices)\//.test(first ?? ''));
	console.log(
		`  about a child at risk: ${count(atRisk)}; with an app or device guide first: ${guideFirst.length}`
	);
	const unanswerable = outcomes.filter(({ answers }) => answers.length === 0);
	if (unanswerable.length)
		console.log(`  with no answering page on the site: ${unanswerable.length}`);
	if (showMisses)
		for (const { question, first, atRisk: risk, right } of outcomes)
			if (!right)
				console.log(`  ✗ ${question}${risk ? ` (${risk})` : ''}: got ${first ?? 'nothing'}`);
} finally {
	await browser.close();
	await server.close();
}
