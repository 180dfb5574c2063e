import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseListFile } from '../../src/lib/data-file';
import { planMinutes, sourceKinds } from '../../src/lib/lesson';
import { lessonSchema } from '../../src/schemas/lesson';
import { bands, scenarioSchema } from '../../src/schemas/scenario';

const lessonsText = readFileSync('content/data/lessons.yaml', 'utf8');
const lessons = parseListFile(lessonsText, lessonSchema, 'lessons.yaml');
const scenarios = parseListFile(readFileSync('content/data/scenarios.yaml', 'utf8'), scenarioSchema, 'scenarios.yaml');

describe('the lesson plans', () => {
	it('have one lesson for each age band', () => {
		expect(lessons.map((lesson) => lesson.id).sort()).toEqual([...bands].sort());
	});

	it.each(lessons.map((lesson) => [lesson.id, lesson] as const))('%s: takes 45 to 60 minutes, on scenarios of its own band', (band, lesson) => {
		expect(planMinutes(lesson.plan)).toBeGreaterThanOrEqual(45);
		expect(planMinutes(lesson.plan)).toBeLessThanOrEqual(60);
		for (const id of lesson.scenarios) expect(scenarios.find((scenario) => scenario.id === id)?.band, id).toBe(band);
		expect(lesson.home.questions).toHaveLength(3);
	});

	it('say of every source whether it is the text itself or a summary, and reject one that does not, naming it', () => {
		for (const lesson of lessons) for (const source of lesson.sources) expect(sourceKinds, source.url).toContain(source.kind);
		expect(() => parseListFile(lessonsText.replace(/\n {6}kind: secondary/, ''), lessonSchema, 'lessons.yaml')).toThrow(/entry "9-11": "sources\[0\]\.kind": must be "primary" \(the text itself\) or "secondary"/);
	});

	it('reject a plan that runs too long, or misses a stage, naming it', () => {
		expect(() => parseListFile(lessonsText.replace('minutes: 20', 'minutes: 40'), lessonSchema, 'lessons.yaml')).toThrow(/entry "9-11": "plan": must take 45 to 60 minutes; it takes 70/);
		expect(() => parseListFile(lessonsText.replace('stage: plenary', 'stage: exit'), lessonSchema, 'lessons.yaml')).toThrow(/"plan": must have the stages starter, quiz, discussion, plenary, exit/);
	});
});
