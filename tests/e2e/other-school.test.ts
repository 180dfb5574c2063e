import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseObjectFile } from '../../src/lib/data-file';
import { parse } from 'yaml';
import { bandInRange } from '../../src/lib/audience';
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

/**
 * Added by the school-words work (issue 24): the adopter is a secondary academy in a trust that says "students" and
 * teaches ages 11 to 18, so its site must say its own words and show only its own ages. Assertions only: the build
 * above is the speed engineer's harness.
 */
describe('the secondary academy’s site, in its own words and for its own ages', () => {
	/**
	 * What a reader can see of each page, read from its HTML: its text, its title and the words of its attributes,
	 * without scripts, styles and metadata.
	 */
	let seen: { path: string; text: string }[] | undefined;
	const visible = () =>
		(seen ??= readdirSync(out, { recursive: true, encoding: 'utf8' })
			.filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'))
			.map((file) => {
				const html = readFileSync(join(out, file), 'utf8');
				const body = html
					.replace(
						/<head>[\s\S]*?<\/head>/,
						(head) => head.match(/<title>[\s\S]*?<\/title>/)?.[0] ?? ''
					)
					.replace(/<(script|style|template)\b[\s\S]*?<\/\1>/g, ' ');
				const attributes = [
					...body.matchAll(/\s(?:title|aria-label|alt|placeholder)="([^"]*)"/g),
				].map(([, value]) => value);
				const words = body
					.replace(/<[^>]+>/g, ' ')
					.replace(/&#39;|&#x27;/g, "'")
					.replace(/&amp;/g, '&');
				return {
					path: `/${file.replace(/index\.html$/, '')}`,
					text: normaliseText([words, ...attributes].join(' ')),
				};
			}));
	let parsed: ReturnType<typeof builtPages> | undefined;
	const pages = () =>
		(parsed ??= builtPages(out).filter(({ path }) => !path.startsWith('/pagefind/')));

	it('is set up as that school: students, ages 11 to 18, in a trust', () => {
		expect(other.learners).toBe('students');
		expect(other.ageRange).toBe('11-18');
		expect(other.trust).toBeTruthy();
	});

	it('says “pupil” nowhere a reader can see, on any page', () => {
		const counts = visible()
			.map(({ path, text }) => ({ path, count: text.match(/pupil/gi)?.length ?? 0 }))
			.filter(({ count }) => count > 0);
		expect(visible().length).toBeGreaterThan(50);
		expect(counts).toEqual([]);
	});

	it('says “students” where the template says “pupils”: the menu, the audience labels and the learners’ page', () => {
		const home = pages().find(({ path }) => path === '/contacts/')!.document;
		const menu = normaliseText(home.querySelector('nav.sidebar')?.textContent ?? '');
		expect(menu).toContain('For students');
		const labels = pages().flatMap(({ document }) =>
			[...document.querySelectorAll('.audiences .sl-badge')].map((badge) =>
				badge.textContent?.trim()
			)
		);
		expect(labels).toContain('Students');
		expect(labels).not.toContain('Pupils');
	});

	it('has the learners’ pages at its own word’s addresses, and the 404 page sends the other address there', () => {
		const paths = pages().map(({ path }) => path);
		expect(paths).toContain('/for-students/');
		expect(paths).toContain('/policy/contact-between-students-and-staff/');
		expect(paths.filter((path) => /pupil/.test(path))).toEqual([]);
		const notFound = readFileSync(join(out, '404.html'), 'utf8');
		expect(notFound).toContain('"/for-pupils":"/for-students/"');
	});

	it('links to its own word’s addresses and anchors, never to the other address, which only redirects', () => {
		const links = pages().flatMap(({ path, document }) =>
			[...document.querySelectorAll('a[href]')]
				.map((link) => link.getAttribute('href')!)
				.filter((href) => /pupil/i.test(href))
				.map((href) => `${path} → ${href}`)
		);
		expect(links).toEqual([]);
	});

	it('shows nothing for an age band outside its ages (no page, link, lesson or quiz scenario for ages 9 to 11)', () => {
		const bands = [
			...new Set(
				(parse(readFileSync('content/data/scenarios.yaml', 'utf8')) as { band: string }[]).map(
					({ band }) => band
				)
			),
		];
		const untaught = bands.filter((band) => !bandInRange(band, other.ageRange));
		expect(untaught).toContain('9-11');
		for (const band of untaught) {
			const [min, max] = band.split('-');
			const address = `ages-${min}-to-${max}`;
			expect(
				pages()
					.filter(({ path }) => path.includes(address))
					.map(({ path }) => path)
			).toEqual([]);
			const links = pages().flatMap(({ path, document }) =>
				[...document.querySelectorAll('a[href]')]
					.filter((link) => link.getAttribute('href')!.includes(address))
					.map((link) => `${path} → ${link.getAttribute('href')}`)
			);
			expect(links).toEqual([]);
			// By its ages, or by its school years as England numbers them: ages 9 to 11 are Years 5 and 6.
			const years = `Years? ${Number(min) - 4}\\b`;
			const mentions = visible()
				.filter(({ text }) => new RegExp(`ages ${min} to ${max}|${years}`, 'i').test(text))
				.map(({ path }) => path);
			expect(mentions).toEqual([]);
			expect(text).not.toContain(`"band":"${band}"`);
		}
	});

	it('names its trust in the footer of every page', () => {
		for (const { path, document } of pages().filter(({ path }) => path !== '/404.html')) {
			expect(document.querySelector('[data-trust]')?.textContent, path).toContain(other.trust!);
		}
	});

	it('reads grammatically with one remote-learning platform', () => {
		expect(pageText).toContain(
			`communicate through ${other.remoteLearning.platforms[0]}. During this time`
		);
		expect(pageText).not.toContain(`${other.remoteLearning.platforms[0]} depending upon`);
	});
});
