import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseObjectFile } from '../../src/lib/data-file';
import { orList } from '../../src/lib/or-list';
import { schoolSchema, type School } from '../../src/schemas/school';
import { schoolSettingsPath } from '../../src/school-settings-path.mjs';
import { buildSite } from './support/build';
import { builtPages, normaliseText } from './support/dist';
import { policySentences, replacements } from './support/policy-sentences';

/** A made-up school that adopted the site: its settings and its copy of the policy, with its own names. */
const otherSettings = 'tests/fixtures/other-school.yaml';
const otherPolicy = 'tests/fixtures/other-school-policy.txt';

const read = (file: string): School =>
	parseObjectFile(readFileSync(file, 'utf8'), schoolSchema, file);
const other = read(otherSettings);
const ours = read(schoolSettingsPath());

const out = join(mkdtempSync(join(tmpdir(), 'other-school-')), 'dist');
let text = '';
let pageText = '';

beforeAll(async () => {
	await buildSite(out, { SCHOOL_SETTINGS: otherSettings, POLICY_SOURCE: otherPolicy });
	text = readdirSync(out, { recursive: true, encoding: 'utf8' })
		.filter((file) => /\.(html|js|css|json|xml|txt)$|_headers$/.test(file))
		.map((file) => readFileSync(join(out, file), 'utf8'))
		.join('\n');
	pageText = normaliseText(
		builtPages(out)
			.map(({ document }) => document.querySelector('main')?.textContent ?? '')
			.join('\n')
	);
	// A build, after waiting its turn for another file's (support/build.ts).
}, 300_000);

/** What names a school: what an adopter changes, and so what must not be left of the school the site was built for. */
function namesOf(school: School): string[] {
	return [
		school.name,
		school.shortName,
		new URL(school.website).hostname,
		school.verse.text,
		school.verse.reference,
		school.localAdvisers.name,
		orList(school.remoteLearning.platforms),
		school.roles.headteacher.short,
		school.roles.headteacher.long,
	];
}

describe('the site built with another school’s settings and policy text', () => {
	it('names that school, its head and its advisers, and gives its contacts', () => {
		expect(text).toContain(`${other.name} works on the principle`);
		for (const expected of [
			other.office.email,
			other.office.phone,
			other.localAdvisers.name,
			other.verse.text,
			orList(other.remoteLearning.platforms),
		]) {
			expect(text).toContain(expected);
		}
		expect(pageText).toContain(
			`Reach the ${other.roles.headteacher.short} through the school office`
		);
		expect(pageText).toContain(
			`need the ${other.roles.headteacher.short}’s approval`.replace('’', "'")
		);
	});

	it('puts that school’s name and logo in the header of every page, and its name in every title', () => {
		for (const { path, document } of builtPages(out).filter(
			({ path }) => !path.startsWith('/pagefind/')
		)) {
			const title = document.querySelector('.site-title');
			expect(title?.textContent?.trim(), path).toBe(other.name);
			expect(title?.querySelector('img')?.getAttribute('src'), path).toBe(`/${other.logo!.file}`);
			expect(document.title, path).toMatch(new RegExp(`\\| ${other.name}$`));
		}
	});

	const ourNames = namesOf(ours).filter((name) => !namesOf(other).includes(name));
	it.each(ourNames)('has no trace of “%s”', (name) => {
		expect(text).not.toContain(name);
	});

	it.each(
		policySentences(readFileSync(otherPolicy, 'utf8'))
			.filter(({ changed }) => !changed)
			.map(({ sentence }) => sentence)
	)('shows that school’s policy: “%s”', (sentence) => {
		expect(pageText).toContain(sentence);
	});

	it.each(replacements)('includes each deliberate change: “%s”', (replacement) => {
		expect(pageText).toContain(normaliseText(replacement));
	});
});
