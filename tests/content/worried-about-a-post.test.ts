import { readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { names, school } from '../../src/school';
import { emergencySteps, dslStep, worriedHelper } from '../../src/lib/worried-about-a-post';
import { emailPattern, phonePattern, plainText, segments } from '../../src/lib/rich-text';
import { helperWordings, wordedHelper } from '../../src/decision-helpers';
import { parseObjectFile } from '../../src/lib/data-file';
import { formatDate } from '../../src/lib/dates';
import { decisionHelperSchema } from '../../src/schemas/decision-helper';
import { readingChecks } from '../../src/integrations/content-contract';
import { adultWords, describeProblems, readingProblems } from '../../src/lib/content-contract';

// The words of "I’m worried about a post" against its rules and the school's settings (never against sentences of its own).
const file = 'content/data/worried-about-a-post.yaml';
const { steps } = wordedHelper('worried-about-a-post');
const wording = helperWordings['worried-about-a-post'];
const words = (ids: readonly string[]) =>
	ids.map((id) => `${steps[id]!.title}. ${plainText(steps[id]!.text)}`).join(' ');
const links = (id: string) => segments(steps[id]!.text, '/').flatMap((s) => (s.href ? [s.href] : []));
const tel = (phone: string) => `tel:${phone.replace(/\D/g, '')}`;

describe('the guidance each step follows', () => {
	it('is a listed source for every reference, each read on a day that has come', () => {
		const sources = wording.sources!;
		const today = new Date().toISOString().slice(0, 10);
		for (const [id, step] of Object.entries(wording.steps))
			for (const { source, at } of step.follows ?? []) {
				expect(Object.keys(sources), `${id} cites ${source}`).toContain(source);
				expect(at.length, `${id}: where in ${source}`).toBeGreaterThan(5);
			}
		for (const [id, source] of Object.entries(sources)) {
			expect(source.checked <= today, id).toBe(true);
			expect(source.url, id).toMatch(/^https:\/\//);
		}
	});

	// The third DSL review (M3): each step shows its sources' checked dates and notes, and says where one is not yet
	// confirmed; a note that records something not read in the document itself must mark the source so.
	it('marks a source unconfirmed wherever its note says something could not be read or confirmed in it', () => {
		const unmarked = Object.entries(wording.sources!).filter(
			([, source]) => /unconfirmed|could not be|not confirmed|not read|not reread/i.test(source.note ?? '') && source.unconfirmed !== true
		);
		expect(unmarked.map(([id]) => id)).toEqual([]);
	});

	it('gives the widget every cited source’s checked date (as a reader sees it), note and status, once', () => {
		const { sources } = wordedHelper('worried-about-a-post');
		for (const step of Object.values(steps))
			for (const reference of step.references) {
				const source = wording.sources![reference.source]!;
				expect(sources[reference.source], reference.source).toEqual({
					checked: formatDate(source.checked),
					...(source.note ? { note: source.note } : {}),
					unconfirmed: source.unconfirmed === true,
				});
			}
	});

	it('lists no source that no step follows', () => {
		const cited = new Set(Object.values(wording.steps).flatMap((step) => (step.follows ?? []).map((f) => f.source)));
		expect(Object.keys(wording.sources!).filter((id) => !cited.has(id))).toEqual([]);
	});

	it('gives every step a source it follows or a page it comes from, and every quote its section of the policy', () => {
		for (const [id, step] of Object.entries(wording.steps)) {
			expect(Boolean(step.policy) || Boolean(step.follows?.length), id).toBe(true);
			if (step.quote) expect(step.policy?.page, id).toMatch(/^policy\//);
		}
	});

	it('stops the build, naming the step and the field, when a step cites a source that is not listed', () => {
		const data = parse(readFileSync(file, 'utf8'));
		data.steps['staff-tell-dsl'].follows[0].source = 'no-such-source';
		expect(() => parseObjectFile(stringify(data), decisionHelperSchema(worriedHelper), file)).toThrow(
			/"steps\.staff-tell-dsl\.follows\[0\]\.source": names "no-such-source", which is not listed under sources/
		);
	});
});

describe('the named people and numbers in the steps', () => {
	it('links the DSL’s own telephone number wherever a DSL step names them, from the settings', () => {
		for (const id of [dslStep.staff, dslStep.head]) {
			expect(plainText(steps[id]!.text + steps[id]!.title)).toContain(school.safeguarding.dsl.name);
			expect(links(id)).toContain(tel(school.safeguarding.dsl.phone));
		}
		expect(links(dslStep.staff)).toEqual(
			expect.arrayContaining([
				...school.safeguarding.deputies.map((deputy) => tel(deputy.phone)),
				tel(school.safeguarding.outOfHours.phone),
				tel(school.safeguarding.childrensServices.phone),
			])
		);
		expect(links(dslStep.dsl)).toContain(tel(school.safeguarding.childrensServices.phone));
		for (const id of ['dsl-allegation', 'head-allegation'])
			expect(links(id)).toContain(tel(school.safeguarding.lado.phone));
	});

	it('says 999 as a link in every step that tells the reader to call it', () => {
		for (const id of emergencySteps) expect(links(id), id).toContain('tel:999');
	});

	it('are the ones in content/data/contacts.yaml or the school’s settings, so they cannot drift apart', () => {
		const contacts = parse(readFileSync('content/data/contacts.yaml', 'utf8')) as {
			phone?: string;
			email?: string;
			text?: { number: string };
		}[];
		const { dsl, deputies, onlineSafetyLead, outOfHours, childrensServices, lado } = school.safeguarding;
		const known = new Set([
			...contacts.flatMap((c) => [c.phone, c.email, c.text?.number]),
			school.office.phone,
			school.office.email,
			...[dsl, ...deputies].flatMap((person) => [person.phone, person.email]),
			onlineSafetyLead.email,
			outOfHours.phone,
			childrensServices.phone,
			childrensServices.outOfHoursPhone,
			lado.phone,
			lado.email,
		]);
		const all = JSON.stringify(steps);
		for (const pattern of [phonePattern, emailPattern])
			for (const [found] of all.matchAll(new RegExp(pattern.source, 'g'))) expect(known, found).toContain(found);
	});
});

describe('how soon the DSL is told', () => {
	// The UKCIS overview: report to the DSL immediately, not "today".
	it.each(['staff-tell-dsl', 'head-tell-dsl', 'dsl-act-now'])('%s says straight away, never “today”', (id) => {
		const text = `${steps[id]!.title}. ${plainText(steps[id]!.text)}`;
		expect(text).not.toMatch(/\btoday\b/i);
		expect(text).toContain('straight away');
		expect(text).toContain('never later than the same day');
		if (id !== 'dsl-act-now') expect(text).toContain('in person or by phone');
	});
});

describe('who else is told about an image of a child', () => {
	it('is only the DSL, and the Headteacher (or the chair of governors) if an adult at school is involved, as staff-allegation says', () => {
		const text = plainText(steps['staff-image-talk']!.text);
		expect(text).toMatch(/tell only the .+ \(and, if a member of staff or another adult at school is involved, the .+, or the chair of governors if it is about the .+\)\./);
	});
});

describe('the behaviour-policy step', () => {
	it('says it applies only after the DSL has decided how it is handled (it is given beside an image of a child)', () => {
		const text = plainText(steps['staff-behaviour-policy']!.text);
		expect(text).toMatch(/only (after|once) the .*has decided how it is handled/);
	});
});

describe('the pupils’ steps', () => {
	const pupilSteps = Object.keys(steps).filter((id) => id.startsWith('pupil-'));

	// The content contract's rules (src/lib/content-contract.ts), which the build checks too.
	const checks = readingChecks(process.cwd(), names).filter((check) => check.file === file);

	it.each(pupilSteps)('%s reads easily for a 10-year-old', (id) => {
		const mine = checks.filter((check) => check.entry === id);
		expect(mine.map((check) => check.field)).toEqual(['title and text', 'when']);
		expect(mine[0]!.text).toBe(words([id]));
		expect(describeProblems(readingProblems(mine))).toBe('');
	});

	it('use no adult words', () => {
		expect(checks.length).toBe(pupilSteps.length * 2);
		expect(checks.every((check) => check.field === 'when' || check.avoid === adultWords)).toBe(true);
	});
});
