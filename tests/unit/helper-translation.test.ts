import { describe, expect, it } from 'vitest';
import type { Helper } from '../../src/lib/guidance';
import { wordHelper } from '../../src/lib/guidance';
import { isolateNames, scopedHelper, translateWording } from '../../src/lib/helper-translation';
import { translatedHelperSchema } from '../../src/schemas/decision-helper-translation';
import { parseObjectFile } from '../../src/lib/data-file';
import { fixtureWording } from '../fixtures/decision-helper-wording';

/** A made-up helper with a reader question, two readers' groups and an urgent step in each. */
const helper = {
	questions: { reporter: ['parent', 'pupil'], kind: ['a', 'b'] },
	steps: ['parent-urgent', 'pupil-urgent', 'parent-one', 'pupil-one', 'parent-two'],
	urgent: ['parent-urgent', 'pupil-urgent'],
	groups: {
		parent: ['parent-urgent', 'parent-one', 'parent-two'],
		pupil: ['pupil-urgent', 'pupil-one'],
	},
} as const satisfies Helper;

const english = fixtureWording(helper);
const scope = { fixed: { reporter: 'parent' }, group: 'parent' };
const scoped = scopedHelper(helper, scope);

/** Made-up translated words: the questions asked, and one step of the parent's three. */
const translated = {
	questions: {
		kind: { legend: 'Pytanie kind', options: { a: 'Odpowiedź a', b: 'Odpowiedź b' } },
	},
	steps: { 'parent-urgent': { title: 'Krok parent-urgent', when: 'Zawsze', text: 'Tekst.' } },
};

describe('a decision helper as a translated page asks it', () => {
	it('leaves out the questions answered for the reader, and gives only that reader’s steps in the English order', () => {
		expect(Object.keys(scoped.questions)).toEqual(['kind']);
		expect(scoped.steps).toEqual(['parent-urgent', 'parent-one', 'parent-two']);
		expect(scoped.urgent).toEqual(['parent-urgent']);
		expect(Object.keys(scoped.groups!)).toEqual(['parent']);
	});

	it('asks every question without a group when the scope names none', () => {
		expect(scopedHelper(helper, { fixed: {} })).toEqual(helper);
	});

	it('refuses a group the helper does not have', () => {
		expect(() => scopedHelper(helper, { fixed: {}, group: 'staff' })).toThrow(/no group/);
	});
});

describe('translated words over the English ones', () => {
	const { wording, inEnglish } = translateWording(scoped, english, translated);

	it('uses the translated words of a translated step, and keeps its English sources and policy link', () => {
		expect(wording.steps['parent-urgent']!.title).toBe('Krok parent-urgent');
		expect(wording.steps['parent-urgent']!.follows).toEqual(
			english.steps['parent-urgent']!.follows
		);
	});

	it('falls back to the English words of a step not yet translated, and names it', () => {
		expect(inEnglish).toEqual(['parent-one', 'parent-two']);
		expect(wording.steps['parent-one']).toEqual(english.steps['parent-one']);
	});

	it('gives no step of another reader', () => {
		expect(Object.keys(wording.steps)).toEqual(['parent-urgent', 'parent-one', 'parent-two']);
	});

	it('keeps the urgent step first and marked urgent once worded', () => {
		const worded = wordHelper(scoped, wording, 'pl');
		expect(Object.keys(worded.steps)[0]).toBe('parent-urgent');
		expect(worded.steps['parent-urgent']!.urgent).toBe(true);
		expect(worded.questions.map(({ id }) => id)).toEqual(['kind']);
	});

	it('writes a source’s checked date in the page’s language', () => {
		const polish = wordHelper(scoped, wording, 'pl').sources;
		const englishDates = wordHelper(scoped, wording).sources;
		const id = Object.keys(englishDates)[0]!;
		expect(polish[id]!.checked).toBe(
			new Intl.DateTimeFormat('pl', { dateStyle: 'long', timeZone: 'UTC' }).format(
				new Date(Date.UTC(2026, 11, 2))
			)
		);
		expect(polish[id]!.checked).not.toBe(englishDates[id]!.checked);
	});
});

describe('the schema of a helper’s words in another language', () => {
	const schema = translatedHelperSchema(scoped);
	const file = (yaml: string) => () =>
		parseObjectFile(yaml, schema, 'content/data/fixture.pl.yaml');
	const questions = `questions:\n  kind:\n    legend: L\n    options:\n      a: A\n      b: B\n`;

	it('accepts the questions with no step translated yet', () => {
		expect(
			file(`source: 0123456789ab\n${questions}steps: {}\ngroups:\n  parent: P\n`)
		).not.toThrow();
	});

	it('names the file and the field when an answer is missing', () => {
		expect(
			file(
				`source: 0123456789ab\nquestions:\n  kind:\n    legend: L\n    options:\n      a: A\nsteps: {}\ngroups:\n  parent: P\n`
			)
		).toThrow(/fixture\.pl\.yaml[\s\S]*questions\.kind\.options\.b/);
	});

	it('refuses a step the translated page cannot give, such as another reader’s', () => {
		expect(
			file(
				`source: 0123456789ab\n${questions}steps:\n  pupil-one:\n    title: T\n    when: W\n    text: X\ngroups:\n  parent: P\n`
			)
		).toThrow(/pupil-one/);
	});

	it('asks for the English file’s fingerprint', () => {
		expect(file(`${questions}steps: {}\ngroups:\n  parent: P\n`)).toThrow(/source/);
	});
});

describe('the school’s names in a line of another language', () => {
	it('are set apart in isolates, except addresses, which sit inside a link', () => {
		expect(
			isolateNames({
				officeHours: 'Monday to Friday (term time)',
				complaintsUrl: 'https://school.example/complaints',
				trust: 'https://trust.example/',
			})
		).toEqual({
			officeHours: '\u2068Monday to Friday (term time)\u2069',
			complaintsUrl: 'https://school.example/complaints',
			trust: 'https://trust.example/',
		});
	});
});
