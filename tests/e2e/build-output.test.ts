import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { school } from '../../src/school';
import { placeholderFields } from '../../src/lib/placeholders';
import { allowedWarnings, buildSite, warningLines } from './support/build';
import { distDir } from './support/site';
import { defaultBuildOf } from '../../scripts/lib/build-record.ts';

const filesOf = (dir: string) =>
	readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((file) => /\.(html|js|css|json|xml|txt|svg)$|_headers$/.test(file))
		.map((file) => ({ file, text: readFileSync(join(dir, file), 'utf8') }));

describe('a build without SITE_URL, as in npm start', () => {
	// The build `npm test` made (npm run build keeps its log: scripts/build.ts), or, without one, a build of its own.
	let out = distDir;
	let log = '';
	beforeAll(async () => {
		const recorded = defaultBuildOf(distDir);
		if (recorded) {
			log = recorded.log;
			return;
		}
		out = join(mkdtempSync(join(tmpdir(), 'no-site-url-')), 'dist');
		const { stdout, stderr } = await buildSite(out, { SITE_URL: undefined });
		log = `${stdout}\n${stderr}`;
	}, 180_000);

	it('has a log to read', () => {
		expect(log).toMatch(/Complete!|pages? built/i);
	});

	it('prints no warning but those on the allowed list', () => {
		const unexpected = warningLines(log).filter(
			(line) => !allowedWarnings.some(({ line: allowed }) => allowed.test(line))
		);
		expect(unexpected).toEqual([]);
	});

	it('warns once while the settings hold placeholders, naming the fields', () => {
		const fields = placeholderFields(school);
		const warnings = warningLines(log).filter((line) => line.includes('placeholder'));
		expect(warnings).toHaveLength(fields.length > 0 ? 1 : 0);
		for (const field of fields) expect(warnings[0]).toContain(field);
	});

	it('has no development address in any file, no canonical link and no sitemap', () => {
		const files = filesOf(out);
		expect(files.length).toBeGreaterThan(30);
		expect(
			files.filter(({ text }) => /localhost|127\.0\.0\.1/.test(text)).map(({ file }) => file)
		).toEqual([]);
		expect(
			files.filter(({ text }) => text.includes('rel="canonical"')).map(({ file }) => file)
		).toEqual([]);
		expect(existsSync(join(out, 'sitemap-index.xml'))).toBe(false);
	});
});

// The build with SITE_URL (and a review date that has passed) is sub-path.test.ts's, which also sets BASE_PATH:
// one build checks both settings.
