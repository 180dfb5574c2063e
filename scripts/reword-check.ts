// `npm run reword-check`: proves that a school which rewords its content keeps a green suite. Copies the project
// (the files git knows, with node_modules linked) to a temporary folder, rewords there one step of a decision
// helper, one scenario of the quiz and one contact (their words only: ids, facts and answers stay), and runs
// `npm run test:unit` (the unit, content and component tests) in the copy. Add `--e2e` to build the copy and run
// the browser tests that read content too. Prints what it changed and the result; the copy is left for a look.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';

const root = fileURLToPath(new URL('..', import.meta.url));
const copy = mkdtempSync(join(tmpdir(), 'reword-check-'));
const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard'], {
	cwd: root,
	encoding: 'utf8',
})
	.split('\n')
	.filter(Boolean);
for (const file of files) {
	mkdirSync(dirname(join(copy, file)), { recursive: true });
	try {
		cpSync(join(root, file), join(copy, file));
	} catch {
		// A file deleted from the work tree but not yet from git's index.
	}
}
symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));

/** Rewrites one field of one YAML file in the copy, keeping its comments and layout; returns the old and new words. */
function reword(file: string, path: (string | number)[], change: (words: string) => string) {
	const document = parseDocument(readFileSync(join(copy, file), 'utf8'));
	const before = String(document.getIn(path));
	const after = change(before);
	document.setIn(path, after);
	writeFileSync(join(copy, file), document.toString({ lineWidth: 0 }));
	return `${file} ${path.join('.')}:\n    before: ${before}\n    after:  ${after}`;
}

// New words that mean the same: a school putting it its own way.
const firstStep = Object.keys(
	(
		parseDocument(
			readFileSync(join(copy, 'content/data/worried-about-a-post.yaml'), 'utf8')
		).toJS() as {
			steps: Record<string, unknown>;
		}
	).steps
)[0]!;
const changes = [
	reword(
		'content/data/worried-about-a-post.yaml',
		['steps', firstStep, 'text'],
		(words) => `Please note: ${words.charAt(0).toLowerCase()}${words.slice(1)}`
	),
	reword(
		'content/data/worried-about-a-post.yaml',
		['steps', firstStep, 'title'],
		(words) => `${words} (important)`
	),
	reword('content/data/scenarios.yaml', [0, 'prompt'], (words) => `Imagine this. ${words}`),
	reword('content/data/scenarios.yaml', [0, 'title'], (words) => `${words}, again`),
	reword('content/data/scenarios.yaml', [0, 'choices', 0, 'text'], (words) => `Maybe: ${words}`),
	reword(
		'content/data/scenarios.yaml',
		[0, 'choices', 1, 'feedback'],
		(words) => `Good thinking. ${words}`
	),
	reword(
		'content/data/contacts.yaml',
		[0, 'for'],
		(words) => `Anyone who needs it: ${words.charAt(0).toLowerCase()}${words.slice(1)}`
	),
	reword('content/data/contacts.yaml', [0, 'when'], (words) => `${words} Calls are not recorded.`),
];
console.log(`Reworded, in ${copy}:\n  ${changes.join('\n  ')}\n`);

const run = (script: string, args: string[] = []) =>
	spawnSync('npm', ['run', '--silent', script, ...args], { cwd: copy, stdio: 'inherit' }).status ??
	1;
let status = run('test:unit');
if (status === 0 && process.argv.includes('--e2e')) {
	status = run('build');
	if (status === 0)
		status = run('test:e2e', [
			'--',
			'tests/e2e/pages.test.ts',
			'tests/e2e/wayfinding.test.ts',
			'tests/e2e/policy-text.test.ts',
			'tests/e2e/contact-links.test.ts',
		]);
}
console.log(
	status === 0
		? `\nThe reworded copy passes. (${copy})`
		: `\nThe reworded copy fails: the failing tests above depend on the words, not the rules. (${copy})`
);
process.exit(status);
