import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mdxToJs } from 'satteri';
import {
	audienceLabelsFor,
	bandInRange,
	internalSlug,
	learnerForms,
	localSlug,
	otherAddresses,
	pageBand,
	parseAgeRange,
	withLearnerPlaceholders,
} from '../../src/lib/audience';
import { fillNames, type SchoolNames } from '../../src/lib/school-names';
import {
	leadsToUntaughtBand,
	ownNames,
	schoolWords,
	wordFor,
} from '../../src/lib/school-words-plugin';
import {
	learnersInPolicy,
	linesToEditByHand,
	platformsInPolicy,
} from '../../src/lib/policy-wording';
import { sidebarFor } from '../../src/sidebar';
import { pageUrl } from '../../src/lib/url';

/** Only the names these tests use: a school that says "students". */
const students = { ...learnerForms('students'), shortName: 'Oakfield', dsl: 'DSL' } as SchoolNames;

describe('the school’s word for its learners', () => {
	it('has four forms, for a school that says pupils and one that says students', () => {
		expect(learnerForms('pupils')).toEqual({
			learners: 'pupils',
			Learners: 'Pupils',
			learner: 'pupil',
			Learner: 'Pupil',
		});
		expect(learnerForms('students')).toEqual({
			learners: 'students',
			Learners: 'Students',
			learner: 'student',
			Learner: 'Student',
		});
	});

	it('fills {learners} and its forms into wording, with a possessive written after', () => {
		expect(fillNames('{Learners} and each {learner}’s family tell the {dsl}.', students)).toBe(
			'Students and each student’s family tell the DSL.'
		);
		expect(fillNames({ list: ['{learners}’ accounts'], when: new Date(0) }, students)).toEqual({
			list: ['students’ accounts'],
			when: new Date(0),
		});
	});

	it('writes the template’s own words as the placeholders, keeping ids and addresses', () => {
		expect(
			withLearnerPlaceholders(
				'upon entry of the pupil or staff member, with pupils/students, at for-pupils/ (pupil-tell-adult); Pupils’ accounts'
			)
		).toBe(
			'upon entry of the {learner} or staff member, with {learnersInPolicy}, at for-pupils/ (pupil-tell-adult); {Learners}’ accounts'
		);
	});

	it('labels the audience "pupils" with the school’s word, keeping the id', () => {
		expect(audienceLabelsFor('students')).toEqual({
			parents: 'Parents',
			pupils: 'Students',
			staff: 'Staff',
		});
	});

	it('gives the learners’ pages the school’s word’s address, and back', () => {
		expect(localSlug('for-pupils', 'students')).toBe('for-students');
		expect(localSlug('policy/contact-between-pupils-and-staff', 'students')).toBe(
			'policy/contact-between-students-and-staff'
		);
		expect(localSlug('tools/pupilsafe', 'students')).toBe('tools/pupilsafe');
		expect(internalSlug('for-students', 'students')).toBe('for-pupils');
		expect(pageUrl('for-pupils', '/', 'students')).toBe('/for-students/');
		expect(pageUrl('for-pupils', '/sub/', 'pupils')).toBe('/sub/for-pupils/');
		expect(otherAddresses(['for-pupils'], 'students')).toEqual([['for-pupils', 'for-students']]);
		expect(otherAddresses(['for-pupils'], 'pupils')).toEqual([['for-students', 'for-pupils']]);
	});
});

describe('age bands and the school’s age range', () => {
	it('reads an age range written as schools write it, and refuses others', () => {
		expect(parseAgeRange('11-18')).toEqual({ min: 11, max: 18 });
		expect(parseAgeRange(' 4 – 11 ')).toEqual({ min: 4, max: 11 });
		expect(parseAgeRange('18-11')).toBeUndefined();
		expect(parseAgeRange('secondary')).toBeUndefined();
	});

	it.each([
		['9-11', '4-11', true],
		['11-16', '4-11', false],
		['9-11', '11-18', false],
		['11-16', '11-18', true],
		['16-18', '11-18', true],
		['16-18', '11-16', false],
		['9-11', '9-18', true],
		['16-18', '9-18', true],
	])('band %s at a school for ages %s: %s', (band, range, shown) => {
		expect(bandInRange(band, range)).toBe(shown);
	});

	it('finds a page’s band in its address', () => {
		expect(pageBand('lessons/ages-9-to-11')).toBe('9-11');
		expect(pageBand('lessons/talk-about-it-at-home-ages-16-to-18')).toBe('16-18');
		expect(pageBand('tools/quiz-worksheet/ages-11-to-16')).toBe('11-16');
		expect(pageBand('lessons')).toBeUndefined();
	});

	it('leaves the sidebar’s pages of untaught bands out, and empty groups with them, at the school’s addresses', () => {
		const sidebar = [
			{ label: 'Start', items: ['for-parents', 'for-pupils'] },
			{ label: 'Lessons', items: ['lessons', 'lessons/ages-9-to-11', 'lessons/ages-11-to-16'] },
			{ label: 'Primary only', items: ['lessons/worksheet-ages-9-to-11'] },
		];
		expect(sidebarFor(sidebar, { learners: 'students', ageRange: '11-18' })).toEqual([
			{ label: 'Start', items: ['for-parents', 'for-students'] },
			{ label: 'Lessons', items: ['lessons', 'lessons/ages-11-to-16'] },
		]);
		expect(sidebarFor(sidebar, { learners: 'pupils', ageRange: '4-18' })).toEqual(sidebar);
	});
});

describe('the school’s words in a page’s body (tests/fixtures/school-words/page.mdx)', () => {
	const page = readFileSync('tests/fixtures/school-words/page.mdx', 'utf8');
	const compiled = mdxToJs(page, {
		mdastPlugins: [
			schoolWords({ names: students, teachesBand: (band) => bandInRange(band, '11-18') }),
		],
	}).code;

	it('puts the school’s word in for each placeholder in the text and in a component’s text attributes', () => {
		for (const word of [
			'"students"',
			'"Students"',
			'"student"',
			'"Student"',
			'title: "For Students"',
			'description: "Written once for students."',
		])
			expect(compiled).toContain(word);
		expect(compiled).not.toMatch(/\{learners?\}|\{Learners?\}/);
	});

	it('leaves a name the page defines itself, and any other expression, to MDX', () => {
		expect(ownNames(["import { LinkCard } from 'x';\nexport const dsl = 'x';"])).toEqual(
			new Set(['LinkCard', 'dsl'])
		);
		expect(wordFor('dsl', students, new Set(['dsl']))).toBeUndefined();
		expect(wordFor(' learners ', students, new Set())).toBe('students');
		expect(compiled).toContain('dsl');
		expect(compiled).toMatch(/1 \+ 1/);
	});

	it('leaves out a card for an untaught band, and the link (not its words) in a sentence', () => {
		expect(compiled).not.toContain('ages-9-to-11');
		expect(compiled).not.toContain('Not taught here.');
		expect(compiled).toContain('the lesson for ages 9 to 11');
		expect(compiled).toContain('lessons/ages-11-to-16/');
		expect(leadsToUntaughtBand('../lessons/ages-9-to-11/#plan', (band) => band !== '9-11')).toBe(
			true
		);
		expect(leadsToUntaughtBand('/lessons/', () => false)).toBe(false);
	});
});

describe('the policy’s sentences that change with the settings', () => {
	it('ends the platforms sentence grammatically with one platform or several', () => {
		expect(platformsInPolicy(['Microsoft Teams'])).toBe('Microsoft Teams');
		expect(platformsInPolicy(['Google Classroom', 'Microsoft Teams'])).toBe(
			'Google Classroom or Microsoft Teams depending upon the year group'
		);
		expect(learnersInPolicy('pupils')).toBe('pupils/students');
		expect(learnersInPolicy('students')).toBe('students');
	});

	it('flags a policy line left ungrammatical by one platform, showing it, for a hand edit', () => {
		const text =
			'Title\nThen pupils and teachers communicate through Seesaw depending upon the year group. During this time …\n';
		expect(linesToEditByHand(text, ['Seesaw'])).toEqual([
			expect.objectContaining({
				line: 2,
				text: expect.stringContaining('through Seesaw depending upon the year group'),
			}),
		]);
		expect(linesToEditByHand(text, ['Seesaw', 'Teams'])).toEqual([]);
	});
});
