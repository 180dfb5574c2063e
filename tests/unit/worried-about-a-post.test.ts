import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { school } from '../../src/school';
import {
	childMayBeAtRisk,
	decideWorried,
	type WorriedAnswers,
	type WorriedStepId,
} from '../../src/lib/worried-about-a-post';
import { everyCombination } from '../../src/lib/guidance';
import { emailPattern, phonePattern, plainText } from '../../src/lib/rich-text';
import { wordedHelper } from '../../src/decision-helpers';
import { gradeLevel } from '../support/readability';

const { questions, steps } = wordedHelper('worried-about-a-post');
const combinations = everyCombination(questions) as WorriedAnswers[];
const words = (ids: readonly string[]) =>
	ids.map((id) => `${steps[id]!.title}. ${plainText(steps[id]!.text)}`).join(' ');

interface Situation {
	what: string;
	answers: WorriedAnswers;
	/** The steps the route must open with, in this order. */
	first: WorriedStepId[];
	/** Steps it must also give, anywhere. */
	also?: WorriedStepId[];
	/** Steps it must not give. */
	not?: WorriedStepId[];
}

const situations: Situation[] = [
	{
		what: 'a member of staff reports a parent’s abusive post about a teacher',
		answers: { reporter: 'staff', about: 'staff', poster: 'parent', kind: 'abuse' },
		first: [
			'staff-keep-evidence',
			'staff-do-not-reply',
			'staff-tell-head',
			'staff-request-deletion',
		],
		also: ['staff-posh', 'staff-police'],
		not: ['staff-tell-dsl', 'staff-report-to-platform'],
	},
	{
		what: 'a member of staff finds threats against a teacher from an account outside the school',
		answers: { reporter: 'staff', about: 'staff', poster: 'outsider', kind: 'abuse' },
		first: [
			'staff-keep-evidence',
			'staff-do-not-reply',
			'staff-tell-head',
			'staff-report-to-platform',
			'staff-posh',
			'staff-police',
		],
		not: ['staff-tell-dsl', 'staff-request-deletion'],
	},
	{
		what: 'a member of staff finds a fake account pretending to be the school',
		answers: { reporter: 'staff', about: 'school', poster: 'outsider', kind: 'fake-account' },
		first: [
			'staff-keep-evidence',
			'staff-do-not-reply',
			'staff-tell-head',
			'staff-report-to-platform',
			'staff-posh',
		],
		not: ['staff-tell-dsl', 'staff-police'],
	},
	{
		what: 'a pupil sets up a fake account pretending to be a teacher',
		answers: { reporter: 'staff', about: 'staff', poster: 'pupil', kind: 'fake-account' },
		first: [
			'staff-keep-evidence',
			'staff-do-not-reply',
			'staff-tell-head',
			'staff-request-deletion',
			'staff-report-to-platform',
		],
		also: ['staff-posh', 'staff-behaviour-policy'],
		not: ['staff-tell-dsl'],
	},
	{
		what: 'a member of staff sees a parent’s critical post about the school',
		answers: { reporter: 'staff', about: 'school', poster: 'parent', kind: 'criticism' },
		first: ['staff-keep-evidence', 'staff-do-not-reply', 'staff-tell-head', 'staff-respond-fairly'],
		not: ['staff-tell-dsl', 'staff-request-deletion', 'staff-police', 'staff-posh'],
	},
	{
		what: 'a member of staff sees a critical Mumsnet thread about the school',
		answers: { reporter: 'staff', about: 'school', poster: 'outsider', kind: 'review' },
		first: [
			'staff-keep-evidence',
			'staff-do-not-reply',
			'staff-tell-head',
			'staff-respond-fairly',
			'staff-posh',
		],
		not: ['staff-tell-dsl', 'staff-police'],
	},
	{
		what: 'a member of staff is shown a parents’ group chat turning on a teacher',
		answers: { reporter: 'staff', about: 'staff', poster: 'parent', kind: 'group-chat' },
		first: ['staff-keep-evidence', 'staff-do-not-reply', 'staff-tell-head', 'staff-respond-fairly'],
		not: ['staff-tell-dsl', 'staff-police'],
	},
	{
		what: 'a member of staff is told a pupil’s nude image is going round',
		answers: { reporter: 'staff', about: 'pupil', poster: 'pupil', kind: 'own-image' },
		first: ['staff-do-not-share', 'staff-tell-dsl', 'staff-report-remove'],
		not: ['staff-keep-evidence', 'staff-tell-head', 'staff-ceop'],
	},
	{
		what: 'a member of staff sees what may be an indecent image of a child posted by an unknown account',
		answers: { reporter: 'staff', about: 'pupil', poster: 'outsider', kind: 'indecent-image' },
		first: ['staff-do-not-share', 'staff-tell-dsl', 'staff-ceop'],
		not: ['staff-keep-evidence', 'staff-report-to-platform'],
	},
	{
		what: 'a member of staff learns an adult is asking a pupil to meet up',
		answers: { reporter: 'staff', about: 'pupil', poster: 'outsider', kind: 'sexual-contact' },
		first: ['staff-tell-dsl', 'staff-ceop'],
		not: ['staff-keep-evidence', 'staff-do-not-reply'],
	},
	{
		what: 'a member of staff sees pupils bullying another pupil online',
		answers: { reporter: 'staff', about: 'pupil', poster: 'pupil', kind: 'bullying' },
		first: [
			'staff-tell-dsl',
			'staff-keep-evidence',
			'staff-do-not-reply',
			'staff-request-deletion',
		],
		also: ['staff-behaviour-policy'],
		not: ['staff-tell-head', 'staff-police'],
	},
	{
		what: 'a member of staff sees a pupil sharing extremist memes',
		answers: { reporter: 'staff', about: 'other', poster: 'pupil', kind: 'extremist' },
		first: ['staff-tell-dsl', 'staff-prevent', 'staff-keep-evidence'],
		also: ['staff-act', 'staff-request-deletion', 'staff-behaviour-policy'],
	},
	{
		what: 'a member of staff sees a colleague criticising the school on their own account',
		answers: { reporter: 'staff', about: 'school', poster: 'staff', kind: 'criticism' },
		first: ['staff-keep-evidence', 'staff-do-not-reply', 'staff-tell-head'],
		also: ['staff-code-of-conduct'],
		not: ['staff-tell-dsl', 'staff-behaviour-policy'],
	},
	{
		what: 'a member of staff sees a fight video involving pupils',
		answers: { reporter: 'staff', about: 'pupil', poster: 'pupil', kind: 'violent' },
		first: ['staff-tell-dsl', 'staff-keep-evidence'],
		also: ['staff-request-deletion', 'staff-police', 'staff-behaviour-policy'],
	},
	{
		what: 'a member of staff finds a self-harm challenge being shared with pupils',
		answers: { reporter: 'staff', about: 'pupil', poster: 'outsider', kind: 'harmful' },
		first: [
			'staff-tell-dsl',
			'staff-keep-evidence',
			'staff-do-not-reply',
			'staff-report-to-platform',
			'staff-report-harmful-content',
		],
		not: ['staff-police'],
	},
	{
		what: 'a parent sees another parent’s abusive post about a teacher',
		answers: { reporter: 'parent', about: 'staff', poster: 'parent', kind: 'abuse' },
		first: ['parent-keep-evidence', 'parent-do-not-reply', 'parent-tell-school', 'parent-police'],
		not: ['parent-tell-dsl', 'parent-report-to-platform'],
	},
	{
		what: 'a parent wants to complain about the school online',
		answers: { reporter: 'parent', about: 'school', poster: 'parent', kind: 'criticism' },
		first: ['parent-do-not-reply', 'parent-raise-privately', 'parent-how-school-responds'],
		not: ['parent-tell-dsl', 'parent-police', 'parent-keep-evidence'],
	},
	{
		what: 'a parent’s group chat turns on a teacher',
		answers: { reporter: 'parent', about: 'staff', poster: 'parent', kind: 'group-chat' },
		first: [
			'parent-do-not-reply',
			'parent-group-chat',
			'parent-raise-privately',
			'parent-how-school-responds',
		],
		not: ['parent-tell-dsl'],
	},
	{
		what: 'a parent finds their child’s nude image has been shared by another pupil',
		answers: { reporter: 'parent', about: 'pupil', poster: 'pupil', kind: 'own-image' },
		first: ['parent-do-not-share', 'parent-tell-dsl', 'parent-report-remove'],
		not: ['parent-keep-evidence'],
	},
	{
		what: 'a parent finds a stranger asking their child for photos',
		answers: { reporter: 'parent', about: 'pupil', poster: 'outsider', kind: 'sexual-contact' },
		first: ['parent-ceop', 'parent-tell-dsl'],
	},
	{
		what: 'a parent sees their child being bullied by another pupil',
		answers: { reporter: 'parent', about: 'pupil', poster: 'pupil', kind: 'bullying' },
		first: ['parent-tell-dsl', 'parent-keep-evidence', 'parent-do-not-reply'],
		not: ['parent-tell-school'],
	},
	{
		what: 'a parent sees terrorist propaganda shared by an unknown account',
		answers: { reporter: 'parent', about: 'other', poster: 'outsider', kind: 'extremist' },
		first: [
			'parent-keep-evidence',
			'parent-do-not-reply',
			'parent-report-to-platform',
			'parent-act',
		],
		not: ['parent-tell-dsl', 'parent-tell-school'],
	},
	{
		what: 'a parent sees a harmful dangerous-challenge video aimed at children',
		answers: { reporter: 'parent', about: 'other', poster: 'outsider', kind: 'harmful' },
		first: [
			'parent-keep-evidence',
			'parent-do-not-reply',
			'parent-report-to-platform',
			'parent-report-harmful-content',
		],
		not: ['parent-tell-dsl'],
	},
	{
		what: 'a parent finds a fake account pretending to be a teacher',
		answers: { reporter: 'parent', about: 'staff', poster: 'outsider', kind: 'fake-account' },
		first: [
			'parent-keep-evidence',
			'parent-do-not-reply',
			'parent-report-to-platform',
			'parent-tell-school',
		],
		not: ['parent-tell-dsl'],
	},
	{
		what: 'a pupil is sent nasty messages by another pupil',
		answers: { reporter: 'pupil', about: 'pupil', poster: 'pupil', kind: 'bullying' },
		first: ['pupil-tell-adult', 'pupil-block-and-report', 'pupil-childline'],
	},
	{
		what: 'a pupil’s own nude photo is being shared',
		answers: { reporter: 'pupil', about: 'pupil', poster: 'pupil', kind: 'own-image' },
		first: ['pupil-do-not-share', 'pupil-tell-adult', 'pupil-report-remove', 'pupil-childline'],
	},
	{
		what: 'a stranger in a game asks a pupil to meet up',
		answers: { reporter: 'pupil', about: 'pupil', poster: 'outsider', kind: 'sexual-contact' },
		first: ['pupil-tell-adult', 'pupil-ceop', 'pupil-block-and-report', 'pupil-childline'],
	},
	{
		what: 'a pupil sees people being unkind about a teacher in a chat',
		answers: { reporter: 'pupil', about: 'staff', poster: 'pupil', kind: 'group-chat' },
		first: ['pupil-do-not-join-in', 'pupil-tell-adult'],
	},
	{
		what: 'a pupil sees a scary self-harm video',
		answers: { reporter: 'pupil', about: 'other', poster: 'outsider', kind: 'harmful' },
		first: [
			'pupil-tell-adult',
			'pupil-block-and-report',
			'pupil-report-harmful-content',
			'pupil-childline',
		],
	},
	{
		what: 'a pupil sees a fight video shared by classmates',
		answers: { reporter: 'pupil', about: 'pupil', poster: 'pupil', kind: 'violent' },
		first: ['pupil-tell-adult', 'pupil-do-not-join-in', 'pupil-block-and-report'],
	},
];

describe('“I’m worried about a post” in real situations', () => {
	it('has at least 25 situations, for each kind of reader', () => {
		expect(situations.length).toBeGreaterThanOrEqual(25);
		for (const reader of ['staff', 'parent', 'pupil'])
			expect(situations.filter((s) => s.answers.reporter === reader).length).toBeGreaterThanOrEqual(
				5
			);
	});

	it.each(situations.map((situation) => [situation.what, situation] as const))(
		'%s',
		(_what, { answers, first, also = [], not = [] }) => {
			const route = decideWorried(answers);
			expect(route.slice(0, first.length)).toEqual(first);
			expect(route).toEqual(expect.arrayContaining(also));
			for (const step of not) expect(route).not.toContain(step);
			for (const step of route) expect(step.startsWith(`${answers.reporter}-`), step).toBe(true);
		}
	);
});

describe('every route', () => {
	it('says “a child may be at risk” only where one may be, never to a pupil, and always sends staff to the DSL then', () => {
		for (const answers of combinations) {
			const route = decideWorried(answers);
			if (/a child may be at risk/i.test(words(route)))
				expect(
					answers.reporter !== 'pupil' && childMayBeAtRisk(answers),
					JSON.stringify(answers)
				).toBe(true);
			if (answers.reporter === 'staff')
				expect(route.includes('staff-tell-dsl'), JSON.stringify(answers)).toBe(
					childMayBeAtRisk(answers)
				);
		}
	});

	it('opens with not copying or sharing the image, whenever it may be an image of a child', () => {
		for (const answers of combinations.filter(
			(a) => a.kind === 'indecent-image' || a.kind === 'own-image'
		)) {
			expect(decideWorried(answers)[0], JSON.stringify(answers)).toBe(
				`${answers.reporter}-do-not-share`
			);
		}
		expect(steps['staff-do-not-share']!.title).toBe('Do not copy, screenshot, forward or save it');
	});

	it('sends sexual contact with a child to CEOP, and a young person’s own nude image to Report Remove', () => {
		for (const answers of combinations.filter((a) => a.kind === 'sexual-contact'))
			expect(words(decideWorried(answers))).toMatch(/CEOP/);
		for (const answers of combinations.filter((a) => a.kind === 'own-image'))
			expect(words(decideWorried(answers))).toMatch(/Report Remove/);
	});

	it('reports terrorist content to Action Counters Terrorism, and points to Report Harmful Content for harmful content', () => {
		for (const answers of combinations.filter(
			(a) => a.kind === 'extremist' && a.reporter !== 'pupil'
		))
			expect(words(decideWorried(answers))).toMatch(/Action Counters Terrorism/);
		for (const answers of combinations.filter((a) => a.kind === 'harmful'))
			expect(words(decideWorried(answers))).toMatch(/Report Harmful Content/);
	});

	it('gives pupils Childline, or a trusted adult, on every route', () => {
		for (const answers of combinations.filter((a) => a.reporter === 'pupil'))
			expect(decideWorried(answers)).toContain('pupil-tell-adult');
	});
});

describe('the pupils’ steps', () => {
	const pupilSteps = Object.keys(steps).filter((id) => id.startsWith('pupil-'));

	it.each(pupilSteps)('%s reads easily for a 10-year-old', (id) => {
		expect(gradeLevel(words([id]))).toBeLessThanOrEqual(5);
		expect(gradeLevel(steps[id]!.when)).toBeLessThanOrEqual(6);
	});

	it('use no adult words', () => {
		expect(words(pupilSteps)).not.toMatch(
			/Prevent|safeguarding|DSL|radicalis|extremis|indecent|harassment/i
		);
	});
});

describe('the numbers and addresses the routes give', () => {
	it('are the ones in content/data/contacts.yaml or the school’s settings, so they cannot drift apart', () => {
		const contacts = parse(readFileSync('content/data/contacts.yaml', 'utf8')) as {
			phone?: string;
			email?: string;
			url: string;
		}[];
		const known = new Set([
			...contacts.flatMap((c) => [c.phone, c.email, c.url]),
			school.office.phone,
			school.office.email,
			school.complaintsProcedure.url,
		]);
		const all = JSON.stringify(steps);
		for (const pattern of [phonePattern, emailPattern]) {
			for (const [found] of all.matchAll(new RegExp(pattern.source, 'g')))
				expect(known, found).toContain(found);
		}
	});
});
