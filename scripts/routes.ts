// npm run routes: every route of "I'm worried about a post", for the DSL's yearly review.
//
// For each kind of post and each reader, the ordered steps the helper gives, each with its id, its first line (its
// title) and the sources it follows (or the policy section it quotes); where the other answers (who or what the post is
// about, who posted it) change the route, each different route is printed with the answers that lead to it. The routes
// come from the helper's own rules (src/lib/worried-about-a-post.ts) and the words from its content file; nothing here
// decides a step. Several kinds at once combine these routes (the tests check every combination); this prints one kind
// at a time, which is what a DSL reads.
//
//   npm run routes                 print the routes (markdown)
//   npm run routes -- routes.md    write them to a file instead
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { parse } from 'yaml';
import type * as Worried from '../src/lib/worried-about-a-post.ts';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const out = process.argv[2];

// src/ is written for Vite (imports without extensions), so it is loaded through Vite, as npm run review does.
const { decideWorried, worriedHelper } = (
	await runnerImport<typeof Worried>(join(projectRoot, 'src/lib/worried-about-a-post.ts'), {
		configFile: false,
		logLevel: 'error',
	})
).module;

interface Words {
	questions: Record<string, { legend: string; options: Record<string, string> }>;
	sources: Record<
		string,
		{
			title: string;
			publisher: string;
			url: string;
			checked: string;
			note?: string;
			unconfirmed?: boolean;
		}
	>;
	steps: Record<
		string,
		{
			title: string;
			follows?: { source: string; at: string }[];
			policy?: { page: string; anchor: string; label: string };
		}
	>;
}
const file = 'content/data/worried-about-a-post.yaml';
const words = parse(await readFile(join(projectRoot, file), 'utf8')) as Words;
const { questions } = worriedHelper;
const option = (question: string, answer: string) => words.questions[question]!.options[answer]!;

function sourcesOf(id: string): string {
	const step = words.steps[id];
	if (!step)
		throw new Error(
			`${file}: no words for step "${id}" (steps.${id}): add its title, when and text.`
		);
	const sources = [
		...(step.follows ?? []).map(({ source, at }) => `\`${source}\` (${at})`),
		...(step.policy
			? [`the policy: ${step.policy.label} (${step.policy.page}#${step.policy.anchor})`]
			: []),
	];
	return sources.join('; ') || 'none';
}

/** The answers that lead to one route, short: "about a pupil, posted by a pupil or a parent; about …". */
function whenText(answers: [about: string, poster: string][]): string {
	const byAbout = new Map<string, string[]>();
	for (const [about, poster] of answers)
		byAbout.set(about, [...(byAbout.get(about) ?? []), poster]);
	return [...byAbout]
		.map(
			([about, posters]) =>
				`about ${about}, posted by ${posters.length === questions.poster.length ? 'anyone' : posters.join(' or ')}`
		)
		.join('; ');
}

const lines: string[] = [
	'# Every route of “I’m worried about a post”',
	'',
	`Printed by \`npm run routes\` from \`src/lib/worried-about-a-post.ts\` (which steps, in which order) and \`${file}\` (their words) for the DSL's yearly review. For each kind and each reader: the steps in order. Where who or what the post is about, or who posted it, changes the route, each route is given with the answers that lead to it (about: ${questions.about.join(', ')}; posted by: ${questions.poster.join(', ')}). A post that is several kinds at once gets the steps of each, in the same order (the tests check every combination). Each step's sources are listed once, under "The steps"; placeholders such as {dsl} are filled in from the school's settings on the site.`,
	'',
];
let routes = 0;
const used = new Set<string>();
for (const kind of questions.kind) {
	lines.push(`## ${option('kind', kind)} (\`${kind}\`)`, '');
	for (const reporter of questions.reporter) {
		const byRoute = new Map<string, [string, string][]>();
		for (const about of questions.about)
			for (const poster of questions.poster) {
				const route = decideWorried({ reporter, about, poster, kind: [kind] }).join(' ');
				byRoute.set(route, [...(byRoute.get(route) ?? []), [about, poster]]);
			}
		lines.push(`### ${option('reporter', reporter)} (\`${reporter}\`)`, '');
		for (const [route, answers] of byRoute) {
			routes++;
			if (byRoute.size > 1) lines.push(`When ${whenText(answers)}:`, '');
			const steps = route ? route.split(' ') : [];
			for (const step of steps) used.add(step);
			lines.push(
				...steps.map(
					(id, index) => `${index + 1}. \`${id}\`: ${words.steps[id]?.title ?? '(no words)'}`
				),
				''
			);
		}
	}
}
lines.push('## The steps and their sources', '');
for (const id of worriedHelper.steps)
	lines.push(
		`- \`${id}\`: ${words.steps[id]?.title ?? '(no words)'}. Sources: ${sourcesOf(id)}${used.has(id) ? '' : ' (only beside another kind)'}`
	);
lines.push('', '## The sources', '');
for (const [id, source] of Object.entries(words.sources))
	lines.push(
		`- \`${id}\`: ${source.publisher}, “${source.title}”, ${source.url}, checked ${source.checked}${source.unconfirmed ? ' (**not yet confirmed from the source itself: see its note**)' : ''}`
	);
lines.push('');

const markdown = lines.join('\n');
if (out) {
	await writeFile(resolve(out), markdown);
	console.log(
		`Wrote ${out}: ${routes} routes for ${questions.kind.length} kinds and ${questions.reporter.length} readers.`
	);
} else console.log(markdown);
