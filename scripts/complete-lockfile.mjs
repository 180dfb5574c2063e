// Adds to package-lock.json the platform packages (macOS, Windows, ARM…) that npm leaves out here.
//
// This machine's package registry does not carry every platform's build of the newest native
// packages (@astrojs/compiler-binding-*, @pagefind/*), so `npm install` here writes a lockfile
// without them, and `npm ci` then refuses it. Run `npm run lockfile` after any `npm install`;
// a test (tests/content/lockfile.test.ts) fails until you do.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const { packages } = lock;

/** Optional dependencies named by a locked package that have no entry of their own. */
/**
 * @param {Record<string, { optionalDependencies?: Record<string, string> }>} packages
 * @returns {Map<string, { name: string, version: string }>}
 */
export function missingOptional(packages) {
	const missing = new Map();
	for (const [path, entry] of Object.entries(packages)) {
		for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
			const at = `${path ? `${path}/` : ''}node_modules/${name}`;
			if (!packages[at] && !packages[`node_modules/${name}`])
				missing.set(`node_modules/${name}`, { name, version });
		}
	}
	return missing;
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
	const missing = missingOptional(packages);
	for (const [path, { name, version }] of missing) {
		// The platform fields are the same in every version of a platform package: read them from one the registry has.
		const view = JSON.parse(
			execFileSync('npm', ['view', name, 'os', 'cpu', 'libc', 'license', '--json'], {
				encoding: 'utf8',
			}) || '{}'
		);
		packages[path] = {
			version,
			...(view.cpu && { cpu: [view.cpu].flat() }),
			...(view.libc && { libc: [view.libc].flat() }),
			...(view.license && { license: view.license }),
			optional: true,
			...(view.os && { os: [view.os].flat() }),
		};
		console.log(`added ${name}@${version}`);
	}
	lock.packages = Object.fromEntries(
		Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b)))
	);
	writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
	console.log(
		missing.size
			? `package-lock.json: ${missing.size} entries added`
			: 'package-lock.json is complete'
	);
}
