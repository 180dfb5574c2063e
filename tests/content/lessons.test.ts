import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseListFile } from '../../src/lib/data-file';
import { disclosureSteps, lessonStages, planMinutes, sourceKinds } from '../../src/lib/lesson';
import { lessonSchema } from '../../src/schemas/lesson';
import { scenarioSchema } from '../../src/schemas/scenario';
import { bandsOf } from '../../src/lib/quiz';
import { pages } from '../support/pages';

const lessonsText = readFileSync('content/data/lessons.yaml', 'utf8');
const lessons = parseListFile(lessonsText, lessonSchema, 'lessons.yaml');
const scenarios = parseListFile(readFileSync('content/data/scenarios.yaml', 'utf8'), scenarioSchema, 'scenarios.yaml');
const bands = bandsOf(scenarios);
const contactList = parse(readFileSync('content/data/contacts.yaml', 'utf8')) as { id: string; audiences: string[]; for: string; hours?: string; unconfirmed?: string }[];
const contacts = contactList.map((contact) => contact.id);

describe('the lesson plans', () => {
	it('have one lesson for each age band', () => {
		expect(lessons.map((lesson) => lesson.id).sort()).toEqual([...bands].sort());
	});

	it.each(lessons.map((lesson) => [lesson.id, lesson] as const))('%s: takes 45 to 60 minutes in every stage, on at most six scenarios of its own band', (band, lesson) => {
		expect(planMinutes(lesson.plan)).toBeGreaterThanOrEqual(45);
		expect(planMinutes(lesson.plan)).toBeLessThanOrEqual(60);
		expect(lesson.plan.map((step) => step.stage)).toEqual([...lessonStages]);
		expect(lesson.scenarios.length).toBeLessThanOrEqual(6);
		for (const id of lesson.scenarios) expect(scenarios.find((scenario) => scenario.id === id)?.band, id).toBe(band);
	});

	it.each(lessons.map((lesson) => [lesson.id, lesson] as const))('%s: has what a PSHE lead looks for', (_band, lesson) => {
		expect(lesson.outcomes.length).toBeGreaterThanOrEqual(3);
		expect(lesson.groundRules.length).toBeGreaterThanOrEqual(3);
		expect(Object.keys(lesson.disclosure)).toEqual([...disclosureSteps]);
		expect(lesson.disclosure.tell, 'a disclosure goes to the DSL').toContain('{dsl}');
		expect(lesson.vocabulary.length).toBeGreaterThanOrEqual(4);
		expect(lesson.support.send.length).toBeGreaterThanOrEqual(1);
		expect(lesson.support.eal.length).toBeGreaterThanOrEqual(1);
		for (const step of lesson.plan) expect(step.say.length, step.stage).toBeGreaterThanOrEqual(1);
		for (const id of lesson.help.contacts) expect(contacts, id).toContain(id);
		// A route given to pupils in a lesson is one the contacts list says is for pupils.
		for (const id of lesson.help.contacts) expect(contactList.find((contact) => contact.id === id)?.audiences, id).toContain('pupils');
		// A number said aloud in a classroom is one read on its publisher's own page: none marked unconfirmed.
		for (const id of lesson.help.contacts) expect(contactList.find((contact) => contact.id === id)?.unconfirmed, `${id} is marked unconfirmed in contacts.yaml`).toBeUndefined();
		// The end assessment revisits the baseline, so that progress shows.
		expect(lesson.assessment.question).toBe(lesson.baseline.question);
	});

	it('give pupils no contact whose own words say something about it is unconfirmed: each such contact carries an "unconfirmed" note, which the build checks', () => {
		const saysUnconfirmed = contactList.filter((contact) => /unconfirmed/i.test(`${contact.for} ${contact.hours ?? ''}`));
		for (const contact of saysUnconfirmed) expect(contact.unconfirmed, `${contact.id} says "unconfirmed" but has no unconfirmed note`).toBeTruthy();
		const given = new Set(lessons.flatMap((lesson) => lesson.help.contacts));
		for (const contact of saysUnconfirmed) expect(given.has(contact.id), `${contact.id} is in a lesson's help.contacts`).toBe(false);
	});

	it('are found by year group: each band’s plan names its years in its title and keywords', () => {
		const all = pages();
		for (const lesson of lessons) {
			const page = all.get(`lessons/ages-${lesson.id.replace('-', '-to-')}`)! as unknown as { title: string; keywords: string[] };
			for (const year of lesson.years) expect(page.keywords, `Year ${year}`).toContain(`Year ${year}`);
			expect(page.title).toMatch(/Years? \d/);
		}
		const years = lessons.flatMap((lesson) => lesson.years);
		expect(new Set(years).size, 'no year in two bands').toBe(years.length);
	});

	it('say of every source whether it is the text itself or a summary, and reject one that does not, naming it', () => {
		for (const lesson of lessons) for (const source of lesson.sources) expect(sourceKinds, source.url).toContain(source.kind);
		expect(() => parseListFile(lessonsText.replace(/\n {6}kind: secondary/, ''), lessonSchema, 'lessons.yaml')).toThrow(/entry "9-11": "sources\[0\]\.kind": must be "primary" \(the text itself\) or "secondary"/);
	});

	it('reject a plan that runs too long, misses a stage or a disclosure step, or has too many scenarios, naming it', () => {
		const stretched = lessonsText.replace(/stage: quiz\n {6}minutes: \d+/, 'stage: quiz\n      minutes: 40');
		expect(() => parseListFile(stretched, lessonSchema, 'lessons.yaml')).toThrow(/entry "9-11": "plan": must take 45 to 60 minutes; it takes \d+/);
		expect(() => parseListFile(lessonsText.replace('stage: plenary', 'stage: discussion'), lessonSchema, 'lessons.yaml')).toThrow(/"plan": must have the stages ground-rules, baseline, quiz, discussion, assessment, plenary/);
		expect(() => parseListFile(lessonsText.replace(/\n {4}noSecrets: .*/, ''), lessonSchema, 'lessons.yaml')).toThrow(/entry "9-11": "disclosure\.noSecrets": is missing/);
		expect(() => parseListFile(lessonsText.replace(/(\n {2}scenarios:\n)/, '$1    - extra-one\n'), lessonSchema, 'lessons.yaml')).toThrow(/entry "9-11": "scenarios": choose at most six/);
	});
});
