import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
	engines: { node: string };
	devDependencies: Record<string, string>;
	allowScripts?: Record<string, boolean>;
};
/** The installed packages, as package-lock.json records them (their engines, install scripts, optional or not). */
const locked = Object.entries(
	(
		JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
			packages: Record<string, { version?: string; optional?: boolean; hasInstallScript?: boolean; engines?: { node?: string } }>;
		}
	).packages
)
	.filter(([path]) => path !== '')
	.map(([path, entry]) => ({ name: path.replace(/^.*node_modules\//, ''), ...entry }));
const nodeVersion = readFileSync('.node-version', 'utf8').trim();
const readme = readFileSync('README.md', 'utf8');
const major = (version: string) => version.match(/\d+/)?.[0];

describe('the Node.js version', () => {
	it('that runs the scripts is the one .node-version names, brought by the `node` devDependency', () => {
		expect(major(pkg.devDependencies['node']!)).toBe(nodeVersion);
		expect(major(process.version)).toBe(nodeVersion);
	});

	it('that installs the project is the one `engines` and the README state', () => {
		const minimum = pkg.engines.node.match(/^>=(\d+)$/)?.[1];
		expect(minimum).toBeDefined();
		expect(readme).toContain(`You need Node.js ${minimum} or newer and npm`);
		expect(readme).toContain(`runs its scripts on the Node.js ${nodeVersion}`);
	});

	it('that npm warns about on the oldest Node.js it installs on: as many warnings as the README says', () => {
		// npm warns (EBADENGINE, five lines each) for every package that is not optional whose engines.node leaves out
		// the Node.js running npm. A range leaves out a major version when none of its alternatives starts at or below it.
		const minimum = Number(pkg.engines.node.match(/^>=(\d+)$/)![1]);
		const admits = (range: string) => range.split('||').some((alternative) => Number(alternative.match(/\d+/)?.[0]) <= minimum);
		const warned = locked.filter((entry) => !entry.optional && entry.engines?.node && !admits(entry.engines.node));
		expect(warned.length).toBeGreaterThan(0);
		expect(readme).toContain(`npm first prints ${warned.length * 5} lines starting \`npm warn EBADENGINE\`: ${warned.length} warnings`);
		for (const { name } of warned) expect(readme, name).toContain(`\`${name}\``);
	});

	it('that installs the Node.js the scripts run on, with the install scripts the project needs approved by name', () => {
		// npm runs unapproved install scripts with a warning now, and will block them: both of these are needed.
		const scripted = locked.filter((entry) => entry.hasInstallScript).map((entry) => entry.name);
		expect(scripted).toContain('node');
		expect(Object.keys(pkg.allowScripts ?? {}).sort()).toEqual([...new Set(scripted)].sort());
		expect(Object.values(pkg.allowScripts ?? {})).not.toContain(false);
	});
});
