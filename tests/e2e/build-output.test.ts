import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { school } from '../../src/school';
import { isPlaceholder, placeholderFields } from '../../src/lib/placeholders';
import { buildSite } from './support/build';

/**
 * Warnings a build may print, each with why. Any other line that warns fails the test, so that the
 * warnings an editor must see are not buried.
 */
const allowedWarnings: { line: RegExp; why: string }[] = [
	{
		line: /\[school-settings\] content\/school\.yaml still has placeholder details in /,
		why: 'the warning this site promises while placeholders remain',
	},
	{
		line: /\[school-settings\] The policy's review date \(\d{4}-\d\d-\d\d\) has passed/,
		why: 'the warning this site promises once the review date has passed',
	},
];

const warningLines = (log: string) =>
	log
		.replace(/\x1b\[[0-9;]*m/g, '')
		.split('\n')
		.filter((line) => /\bwarn(ing)?\b/i.test(line));

const filesOf = (dir: string) =>
	readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((file) => /\.(html|js|css|json|xml|txt|svg)$|_headers$/.test(file))
		.map((file) => ({ file, text: readFileSync(join(dir, file), 'utf8') }));

describe('a build without SITE_URL, as in npm start', () => {
	const out = join(mkdtempSync(join(tmpdir(), 'no-site-url-')), 'dist');
	let log = '';
	beforeAll(async () => {
		const { stdout, stderr } = await buildSite(out, { SITE_URL: undefined });
		log = `${stdout}\n${stderr}`;
	}, 180_000);

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

describe('a build with SITE_URL, and a review date that has passed', () => {
	const dir = mkdtempSync(join(tmpdir(), 'site-url-'));
	const out = join(dir, 'dist');
	const siteUrl = 'https://policy.school.test';
	let log = '';
	beforeAll(async () => {
		// The school's settings with every placeholder replaced, and a review date in the past.
		const real = (value: unknown): unknown => {
			if (typeof value === 'string')
				return isPlaceholder(value)
					? /\d{4}$/.test(value)
						? '0121 555 0100'
						: value.replace(/\.example\b/g, '.sch.uk')
					: value;
			if (Array.isArray(value)) return value.map(real);
			if (value && typeof value === 'object')
				return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, real(inner)]));
			return value;
		};
		const settings = real(parse(readFileSync('content/school.yaml', 'utf8'))) as {
			policy: { nextReview: string };
		};
		settings.policy.nextReview = '2020-01-31';
		writeFileSync(join(dir, 'school.yaml'), stringify(settings));
		const { stdout, stderr } = await buildSite(out, {
			SITE_URL: siteUrl,
			SCHOOL_SETTINGS: join(dir, 'school.yaml'),
		});
		log = `${stdout}\n${stderr}`;
	}, 180_000);

	it('warns once that the review date has passed, and not about placeholders', () => {
		const warnings = warningLines(log);
		expect(
			warnings.filter((line) => line.includes('review date (2020-01-31) has passed'))
		).toHaveLength(1);
		expect(warnings.filter((line) => line.includes('placeholder'))).toEqual([]);
		expect(
			warnings.filter((line) => !allowedWarnings.some(({ line: allowed }) => allowed.test(line)))
		).toEqual([]);
	});

	it('uses the address for canonical links, the sitemap and the whole policy’s cover', () => {
		expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain(
			`<link rel="canonical" href="${siteUrl}/"`
		);
		expect(readFileSync(join(out, 'sitemap-0.xml'), 'utf8')).toContain(
			`${siteUrl}/policy/age-limits/`
		);
		expect(readFileSync(join(out, 'policy/in-full/index.html'), 'utf8')).toContain(
			`>${siteUrl}/</a>`
		);
	});
});
