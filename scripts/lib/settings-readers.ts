// Which unit and component test files can depend on the school's settings or content, found by scanning imports.
// `npm run test:adopter` runs the unit and component suites again under another school's settings; a test file whose
// whole import graph is pure rules and fixtures gives the same result under any settings, so running it twice checks
// nothing more. A file counts as reading the settings (conservatively) if anything it imports, directly or through
// other modules, imports `school-settings.yaml`, `policy-source.txt` or anything under `content/`, reads
// `import.meta.env` or `process.env`, or uses Node's file system (it may read content). Packages are not followed:
// the settings reach the code only through the aliases above.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const importPattern =
	/(?:^|[^\w.])(?:import|export)\s*(?:[\w*{}\s,$]+?\s*from\s*)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
const readsSettingsDirectly =
	/import\.meta\.env|process\.env|['"]node:fs(?:\/promises)?['"]|['"]fs(?:\/promises)?['"]|import\.meta\.glob/;
const extensions = [
	'',
	'.ts',
	'.tsx',
	'.mjs',
	'.js',
	'.mts',
	'/index.ts',
	'/index.tsx',
	'/index.js',
];

function resolveLocal(
	root: string,
	from: string,
	specifier: string
): string | 'settings' | undefined {
	if (/^(school-settings\.yaml|policy-source\.txt)/.test(specifier)) return 'settings';
	let base: string;
	if (specifier.startsWith('~/')) base = join(root, 'src', specifier.slice(2));
	else if (specifier.startsWith('.') || specifier.startsWith('/'))
		base = resolve(dirname(from), specifier);
	else return undefined; // a package
	if (relative(root, base).startsWith('content')) return 'settings';
	for (const extension of extensions) {
		const candidate = base + extension;
		if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
	}
	return 'settings'; // cannot tell what it is: count it as reading the settings
}

/** True if `file`, or anything it imports from the project, may read the school's settings or content. */
function makeReader(root: string) {
	const memo = new Map<string, boolean>();
	const visit = (file: string): boolean => {
		if (memo.has(file)) return memo.get(file)!;
		memo.set(file, false); // a cycle adds nothing new
		if (relative(root, file).startsWith('content')) return (memo.set(file, true), true);
		if (!/\.(m?[jt]sx?|mts)$/.test(file)) return (memo.set(file, false), false); // fixtures' data files
		const text = readFileSync(file, 'utf8');
		let reads = readsSettingsDirectly.test(text);
		for (const match of text.matchAll(importPattern)) {
			if (reads) break;
			const target = resolveLocal(root, file, match[1] ?? match[2]!);
			if (target === 'settings') reads = true;
			else if (target !== undefined) reads = visit(target);
		}
		memo.set(file, reads);
		return reads;
	};
	return visit;
}

function testFiles(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((name) => /\.test\.tsx?$/.test(name))
		.map((name) => join(dir, name));
}

/** The unit, content and component test files whose results cannot depend on the settings (paths from `root`). */
export function testsIndependentOfSettings(root: string): string[] {
	const reads = makeReader(root);
	return ['tests/unit', 'tests/content', 'tests/components']
		.flatMap((dir) => testFiles(join(root, dir)))
		.filter((file) => !reads(file))
		.map((file) => relative(root, file))
		.sort();
}
