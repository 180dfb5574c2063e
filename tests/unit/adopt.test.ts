import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { adopt, questions, writtenDate, type Answers } from '../../scripts/adopt.ts';
import { parseObjectFile } from '../../src/lib/data-file';
import { schoolSchema } from '../../src/schemas/school';

const answers = parse(readFileSync('tests/fixtures/other-school-answers.yaml', 'utf8')) as Answers;

/** The copies made by this file's tests, removed after each test so that none is left in the temporary folder. */
const copies: string[] = [];
afterEach(() => {
	for (const root of copies.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A copy of the project's content/ to adopt, so that the real one is never touched. */
function copyOfContent(): string {
	const root = mkdtempSync(join(tmpdir(), 'adopt-'));
	copies.push(root);
	cpSync('content', join(root, 'content'), { recursive: true });
	return root;
}

/** A second made-up school, to adopt after the fixture's. */
const elmTree: Answers = {
	...answers,
	name: 'Elm Tree Community School',
	shortName: 'Elm Tree',
	'verse.text': 'Learn and grow together',
	'verse.reference': 'Elm Tree school motto',
	'office.email': 'office@elmtree.example',
	'roles.headteacher.short': 'Head of School',
	'roles.headteacher.long': 'Head of School',
	'localAdvisers.name': 'Northfield Online Safety Advisers',
	'remoteLearning.platforms': 'Google Classroom, Seesaw',
	'policy.version': '3.0',
	'policy.adopted': '2026-10-01',
};

const read = (root: string, file: string) => readFileSync(join(root, file), 'utf8');
const quiet = () => {};
const yes = async () => true;

describe('npm run adopt, from a file of answers', () => {
	it('writes the settings, puts the new names into the policy text and starts the versions at the new one', async () => {
		// From a known school (the fixture's), whatever content/ holds now, to another made-up one.
		const root = copyOfContent();
		await adopt({ root, answers, confirm: yes, log: quiet });
		const before = parseObjectFile(read(root, 'content/school.yaml'), schoolSchema, 'school.yaml');
		const result = await adopt({ root, answers: elmTree, confirm: yes, log: quiet });
		expect(result.problems).toEqual([]);
		expect(result.written).toEqual([
			'content/school.yaml',
			'content/policy-source.txt',
			'content/data/policy-versions.yaml',
		]);

		const settings = parseObjectFile(
			read(root, 'content/school.yaml'),
			schoolSchema,
			'school.yaml'
		);
		expect(settings.name).toBe(elmTree['name']);
		expect(settings.office.email).toBe(elmTree['office.email']);
		expect(settings.roles.headteacher.short).toBe(elmTree['roles.headteacher.short']);
		expect(settings.remoteLearning.platforms).toEqual(['Google Classroom', 'Seesaw']);
		expect(read(root, 'content/school.yaml')).toMatch(/^# The school's settings/);

		const policy = read(root, 'content/policy-source.txt');
		expect(policy).toContain(`${elmTree['name']} works on the principle`);
		expect(policy).toContain(`approved by the ${elmTree['roles.headteacher.long']}`);
		for (const old of [
			before.name,
			before.localAdvisers.name,
			before.verse.text,
			before.roles.headteacher.short,
		]) {
			expect(policy).not.toContain(old);
		}
		const versions = parse(read(root, 'content/data/policy-versions.yaml')) as {
			id: string;
			date: string;
		}[];
		expect(versions).toEqual([
			expect.objectContaining({ id: elmTree['policy.version'], date: elmTree['policy.adopted'] }),
		]);
	});

	it('starts a new school’s history at its own version, even one the template lists, and keeps it when run again', async () => {
		const root = copyOfContent();
		const template = parse(read(root, 'content/data/policy-versions.yaml')) as { id: string }[];
		// The template lists the version this school adopts as, and more (a proposed one): none of that is this school's.
		expect(template.map(({ id }) => id)).toContain(answers['policy.version']);
		expect(template.length).toBeGreaterThan(1);
		const first = await adopt({ root, answers, confirm: yes, log: quiet });
		expect(first.written).toContain('content/data/policy-versions.yaml');
		const started = parse(read(root, 'content/data/policy-versions.yaml')) as unknown[];
		expect(started).toEqual([
			{
				id: answers['policy.version'],
				date: answers['policy.adopted'],
				approvedBy: answers['policy.approvedBy'],
				changes: ['The policy published on this website for the first time.'],
			},
		]);
		// The same school again, correcting an answer, then at a new version: its own history is kept.
		await adopt({
			root,
			answers: { ...answers, 'office.hours': 'Weekdays, 8am to 4pm' },
			confirm: yes,
			log: quiet,
		});
		expect(parse(read(root, 'content/data/policy-versions.yaml'))).toEqual(started);
		await adopt({
			root,
			answers: {
				...answers,
				'policy.version': '2.0',
				'policy.adopted': '2026-12-01',
				'policy.nextReview': '2027-12-01',
			},
			confirm: yes,
			log: quiet,
		});
		const versions = parse(read(root, 'content/data/policy-versions.yaml')) as { id: string }[];
		expect(versions.map(({ id }) => id)).toEqual(['2.0', answers['policy.version']]);
	});

	it('writes nothing and names the field when an email address is wrong', async () => {
		const root = copyOfContent();
		const result = await adopt({
			root,
			answers: { ...answers, 'office.email': 'office at oakfield' },
			confirm: yes,
			log: quiet,
		});
		expect(result.problems).toEqual(['"office.email": must be an email address']);
		expect(read(root, 'content/school.yaml')).toBe(readFileSync('content/school.yaml', 'utf8'));
	});

	it('refuses a placeholder typed as an answer, and a question it does not know', async () => {
		const root = copyOfContent();
		const result = await adopt({
			root,
			answers: { ...answers, shortName: '{shortName}', headmaster: 'Mr Smith' },
			confirm: yes,
			log: quiet,
		});
		expect(result.problems).toEqual([
			expect.stringMatching(/^"headmaster" is not one of the questions: name, shortName, /),
			'"shortName": “{shortName}” looks like a placeholder: type the school’s own words',
		]);
		expect(read(root, 'content/policy-source.txt')).toBe(
			readFileSync('content/policy-source.txt', 'utf8')
		);
	});

	it('changes nothing unless the school says yes', async () => {
		const root = copyOfContent();
		const result = await adopt({ root, answers, confirm: async () => false, log: quiet });
		expect(result).toEqual({ written: [], problems: [] });
		expect(read(root, 'content/school.yaml')).toBe(readFileSync('content/school.yaml', 'utf8'));
	});

	it('refuses an empty or blank answer for the school’s own details, showing the template’s as an example', async () => {
		const root = copyOfContent();
		const result = await adopt({
			root,
			answers: { ...answers, name: '   ' },
			confirm: yes,
			log: quiet,
		});
		expect(result.problems).toEqual([
			expect.stringMatching(
				/^"name": needs an answer \(The school’s full name.*, for example “.+”\)$/
			),
		]);
		expect(result.written).toEqual([]);
	});

	it('refuses words as a telephone number, with a message an editor can act on', async () => {
		const root = copyOfContent();
		const result = await adopt({
			root,
			answers: { ...answers, 'office.phone': 'ring the office' },
			confirm: yes,
			log: quiet,
		});
		expect(result.problems).toEqual([
			expect.stringMatching(/^"office\.phone": “ring the office” has no digits/),
		]);
	});

	it('takes dates as people write them, and refuses a review before the adoption', async () => {
		expect(
			['01/10/2026', '1/10/2026', '1 October 2026', '1st Oct 2026', '2026-10-01'].map(writtenDate)
		).toEqual(Array(5).fill('2026-10-01'));
		expect(writtenDate('31/02/2026')).toBeUndefined();
		const root = copyOfContent();
		const late = await adopt({
			root,
			answers: {
				...answers,
				'policy.adopted': '1 October 2026',
				'policy.nextReview': '01/09/2026',
			},
			confirm: yes,
			log: quiet,
		});
		expect(late.problems).toEqual([
			'"policy.nextReview": the next review (2026-09-01) must come after the date the policy was adopted (2026-10-01)',
		]);
		const result = await adopt({
			root,
			answers: {
				...answers,
				'policy.adopted': '1 October 2026',
				'policy.nextReview': '01/09/2027',
			},
			confirm: yes,
			log: quiet,
		});
		expect(result.problems).toEqual([]);
		const settings = parse(read(root, 'content/school.yaml')) as {
			policy: { adopted: string; nextReview: string };
		};
		expect(settings.policy).toMatchObject({ adopted: '2026-10-01', nextReview: '2027-09-01' });
	});

	it('writes a secondary academy: students, 11-18, a trust, two deputies, its colour and address, an 01392 number', async () => {
		const root = copyOfContent();
		const result = await adopt({
			root,
			answers: {
				...answers,
				name: 'Exe Valley Academy',
				shortName: 'Exe Valley',
				trust: 'Riverside Learning Trust',
				learners: 'students',
				ageRange: '11-18',
				siteUrl: 'https://policies.exevalley.example/social-media/',
				accentColour: '#1d3557',
				'office.phone': '01392496000',
				'office.hours': 'Monday to Friday, 8am to 4pm',
				'remoteLearning.platforms': 'Microsoft Teams',
				'safeguarding.deputies.1.name': 'Mr Dan Madeup',
				'safeguarding.deputies.1.phone': '(01392) 496002',
				'safeguarding.deputies.1.email': 'deputy2@exevalley.example',
				'safeguarding.deputies.1.hours': 'Weekdays, 8am to 4pm',
			},
			confirm: yes,
			log: quiet,
		});
		expect(result.problems).toEqual([]);
		const settings = parseObjectFile(
			read(root, 'content/school.yaml'),
			schoolSchema,
			'school.yaml'
		);
		expect(settings).toMatchObject({
			trust: 'Riverside Learning Trust',
			learners: 'students',
			ageRange: '11-18',
			accentColour: '#1d3557',
			office: { phone: '01392 496000', hours: 'Monday to Friday, 8am to 4pm' },
		});
		// Written as dialled, whatever way it was typed.
		const written = parse(read(root, 'content/school.yaml')) as { office: { phone: string } };
		expect(written.office.phone).toBe('01392 496000');
		expect(settings.safeguarding.deputies.map((deputy) => [deputy.name, deputy.phone])).toEqual([
			[answers['safeguarding.deputies.0.name'], answers['safeguarding.deputies.0.phone']],
			['Mr Dan Madeup', '01392 496002'],
		]);
	});

	it('leaves out the optional answers not given, and a colour too light to read is refused with a darker one', async () => {
		const root = copyOfContent();
		const pale = await adopt({
			root,
			answers: { ...answers, accentColour: '#ffcc00' },
			confirm: yes,
			log: quiet,
		});
		expect(pale.problems).toEqual([
			expect.stringMatching(/^"accentColour": “#ffcc00” is too light .* such as “#[0-9a-f]{6}”$/),
		]);
		const result = await adopt({ root, answers, confirm: yes, log: quiet });
		expect(result.problems).toEqual([]);
		const settings = parse(read(root, 'content/school.yaml')) as Record<string, unknown>;
		expect(settings).not.toHaveProperty('trust');
		expect(settings).not.toHaveProperty('accentColour');
		expect((settings['office'] as Record<string, unknown>)['hours']).toBeUndefined();
	});
});

describe('npm run adopt, in the terminal', () => {
	/** The answers typed in order, as a school office would, from the file's answers. */
	const typedInOrder = (given: Answers) =>
		questions
			.filter(
				(question) =>
					!question.path.join('.').startsWith('safeguarding.deputies.') ||
					given[question.path.join('.')] !== undefined ||
					question.path.at(-1) === 'name'
			)
			.map((question) => given[question.path.join('.')] ?? '');

	it('asks again when an answer is wrong, shows every answer before writing, and changes one by its number', async () => {
		const root = copyOfContent();
		const typed = typedInOrder(answers);
		// The office's email is typed wrong first; in the summary, the school changes its short name (answer 2).
		const email = questions.findIndex((question) => question.path.join('.') === 'office.email');
		typed.splice(email, 0, 'not an email');
		typed.push('2', 'Oakfield Academy', 'y');
		const said: string[] = [];
		const asked: string[] = [];
		const result = await adopt({
			root,
			prompt: async (question) => {
				asked.push(question);
				return typed.shift() ?? 'n';
			},
			confirm: yes,
			log: (line) => said.push(line),
		});
		expect(result.problems).toEqual([]);
		expect(said[0]).toBe('  That can’t be used: must be an email address. Please try again.');
		// The template's name is shown as an example, not kept.
		expect(asked[0]).toMatch(
			/^The school’s full name, as the policy uses it \(for example: .+\): $/
		);
		const shown = said.find((line) => line.startsWith('\nYour answers:'))!;
		expect(shown).toContain(
			`  1. The school’s full name, as the policy uses it: ${answers['name']}`
		);
		expect(shown).toContain(`Its short name, used mid-sentence: ${answers['shortName']}`);
		const settings = parseObjectFile(
			read(root, 'content/school.yaml'),
			schoolSchema,
			'school.yaml'
		);
		expect(settings.office.email).toBe(answers['office.email']);
		expect(settings.shortName).toBe('Oakfield Academy');
		expect(settings.name).toBe(answers['name']);
	});

	it('does not keep the template’s answer when Enter is pressed alone, and writes nothing when stopped', async () => {
		const root = copyOfContent();
		const typed = ['', '   ', 'Exe Valley Academy'];
		const said: string[] = [];
		const asked: string[] = [];
		// Once the typed answers run out, the school presses Ctrl+C: readline rejects the question with an AbortError.
		const stopped = adopt({
			root,
			prompt: async (question) => {
				asked.push(question);
				if (typed.length === 0)
					throw Object.assign(new Error('The operation was aborted'), { name: 'AbortError' });
				return typed.shift()!;
			},
			confirm: yes,
			log: (line) => said.push(line),
		});
		await expect(stopped).rejects.toMatchObject({ name: 'AbortError' });
		expect(said).toEqual([
			'  That can’t be used: needs an answer. Please try again.',
			'  That can’t be used: needs an answer. Please try again.',
		]);
		expect(asked[3]).toMatch(/^Its short name/);
		expect(read(root, 'content/school.yaml')).toBe(readFileSync('content/school.yaml', 'utf8'));
	});
});
