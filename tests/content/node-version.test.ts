import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string }; devDependencies: Record<string, string> };
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
});
