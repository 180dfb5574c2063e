import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { adopt, type Answers } from '../../scripts/adopt.ts';
import { parseObjectFile } from '../../src/lib/data-file';
import { schoolSchema } from '../../src/schemas/school';

const answers = parse(readFileSync('tests/fixtures/other-school-answers.yaml', 'utf8')) as Answers;

/** A copy of the project's content/ to adopt, so that the real one is never touched. */
function copyOfContent(): string {
	const root = mkdtempSync(join(tmpdir(), 'adopt-'));
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

	it('asks again in the terminal when an answer is wrong, and keeps what is there when Enter is pressed', async () => {
		const root = copyOfContent();
		const typed = ['', '', '', '', '', 'not an email', 'office@example.org'];
		const said: string[] = [];
		const result = await adopt({
			root,
			prompt: async () => typed.shift() ?? '',
			confirm: yes,
			log: (line) => said.push(line),
		});
		expect(result.problems).toEqual([]);
		expect(said[0]).toBe('  That can’t be used: must be an email address. Please try again.');
		const settings = parseObjectFile(
			read(root, 'content/school.yaml'),
			schoolSchema,
			'school.yaml'
		);
		expect(settings.office.email).toBe('office@example.org');
		expect(settings.name).toBe(
			parseObjectFile(readFileSync('content/school.yaml', 'utf8'), schoolSchema, 'school.yaml').name
		);
	});
});
