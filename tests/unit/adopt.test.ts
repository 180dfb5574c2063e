import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, parseDocument, stringify } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { adopt, questions, writtenDate, type Answers } from '../../scripts/adopt.ts';
import { parseObjectFile } from '../../src/lib/data-file';
import { schoolSchema } from '../../src/schemas/school';
import { learnerForms, learnerWords } from '../../src/lib/audience';
import { linesToEditByHand, platformsInPolicy } from '../../src/lib/policy-wording';
import { proposalProblems, type NoteProposal } from '../../src/lib/content-contract';

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

// Each adopt loads the settings' schema through Vite: a few adopts in one test take seconds on a busy machine.
describe('npm run adopt, from a file of answers', { timeout: 30_000 }, () => {
	it('writes the settings, puts the new names into the policy text and starts the versions at the new one', async () => {
		// From a known school (the fixture's), whatever content/ holds now, to another made-up one.
		const root = copyOfContent();
		await adopt({ root, answers, confirm: yes, log: quiet });
		const before = parseObjectFile(read(root, 'content/school.yaml'), schoolSchema, 'school.yaml');
		const result = await adopt({ root, answers: elmTree, confirm: yes, log: quiet });
		expect(result.problems).toEqual([]);
		// The template's proposal went with the first school's adoption: the notes are not written again.
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

	it('leaves no editorial note saying a change is proposed, once the template’s proposals are gone', async () => {
		// Fixture: the copy's first note says a change to its sentence is proposed, as the template's does.
		const root = copyOfContent();
		const notesFile = join(root, 'content/deliberate-changes.yaml');
		const document = parseDocument(readFileSync(notesFile, 'utf8'));
		document.setIn([0, 'proposal'], '9.9');
		writeFileSync(notesFile, document.toString());
		const template = parse(read(root, 'content/deliberate-changes.yaml')) as unknown[];
		const result = await adopt({ root, answers, confirm: yes, log: quiet });
		expect(result.written).toContain('content/deliberate-changes.yaml');
		const notes = parse(read(root, 'content/deliberate-changes.yaml')) as NoteProposal[];
		const versions = parse(read(root, 'content/data/policy-versions.yaml')) as { id: string }[];
		expect(notes).toHaveLength(template.length);
		expect(proposalProblems(notes, versions)).toEqual([]);
		// Its comments are kept: the file's first line is the project's.
		expect(read(root, 'content/deliberate-changes.yaml').split('\n')[0]).toBe(
			readFileSync('content/deliberate-changes.yaml', 'utf8').split('\n')[0]
		);
	});

	it('starts a new school’s history at its own version, even one the template lists, and keeps it when run again', async () => {
		const root = copyOfContent();
		// Another school's history, whatever content/ holds now (the template's, or an adopted school's).
		writeFileSync(
			join(root, 'content/data/policy-versions.yaml'),
			stringify([
				{ id: '1.0', date: '2025-09-01', approvedBy: 'the Governing Body', changes: ['First.'] },
				{ id: '0.9', date: '2024-09-01', approvedBy: 'the Governing Body', changes: ['Draft.'] },
			])
		);
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

	it('keeps none of the template’s safeguarding contacts that the school did not give, and asks how to reach the LADO', async () => {
		// The template has an out-of-hours number for children's services and the LADO's email: this school gives neither.
		const root = copyOfContent();
		// Whatever content/ holds now, another school's settings with both.
		const settings = parseDocument(read(root, 'content/school.yaml'));
		settings.setIn(['name'], 'Another School');
		settings.setIn(['safeguarding', 'childrensServices', 'outOfHoursPhone'], '0121 496 0014');
		settings.setIn(['safeguarding', 'lado', 'email'], 'lado@another.example');
		writeFileSync(join(root, 'content/school.yaml'), String(settings));
		const template = parse(read(root, 'content/school.yaml')) as {
			safeguarding: Record<string, any>;
		};
		expect(template.safeguarding['childrensServices'].outOfHoursPhone).toBeTruthy();
		expect(template.safeguarding['lado'].email).toBeTruthy();
		const result = await adopt({ root, answers, confirm: yes, log: quiet });
		expect(result.problems).toEqual([]);
		const written = parse(read(root, 'content/school.yaml')) as { safeguarding: unknown };
		const leaves = (value: unknown, path: string[] = []): [string, string][] =>
			value && typeof value === 'object'
				? Object.entries(value).flatMap(([key, item]) => leaves(item, [...path, key]))
				: [[path.join('.'), String(value)]];
		const given = new Set(Object.values(answers).map(String));
		// Every safeguarding contact on the site is one the school typed (telephone numbers as dialled).
		expect(
			leaves(written.safeguarding, ['safeguarding']).filter(
				([, value]) => !given.has(value) && !given.has(value.replace(/ /g, ''))
			)
		).toEqual([]);
		const neither = await adopt({
			root: copyOfContent(),
			answers: { ...answers, 'safeguarding.lado.url': '' },
			confirm: yes,
			log: quiet,
		});
		expect(neither.problems).toEqual([
			expect.stringMatching(/^"safeguarding\.lado\.url": staff need a way to reach the LADO/),
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

	it('takes the learners’ word, the ages and a web address as people write them', async () => {
		const root = copyOfContent();
		const result = await adopt({
			root,
			answers: {
				...answers,
				learners: 'Students',
				ageRange: '11 to 18',
				website: 'www.elmtree.example',
			},
			confirm: yes,
			log: quiet,
		});
		expect(result.problems).toEqual([]);
		const settings = parse(read(root, 'content/school.yaml')) as Record<string, unknown>;
		expect([settings['learners'], settings['ageRange'], settings['website']]).toEqual([
			'students',
			'11-18',
			'https://www.elmtree.example',
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

	it('answers for the same school as tests/fixtures/other-school.yaml, answer for answer', () => {
		// The adopter stage builds and tests that file; the answers here must describe the same school.
		const other = parse(readFileSync('tests/fixtures/other-school.yaml', 'utf8')) as Record<
			string,
			unknown
		>;
		for (const question of questions) {
			const key = question.path.join('.');
			const value = question.path.reduce<unknown>(
				(item, part) => (item as Record<string, unknown> | undefined)?.[part],
				other
			);
			const written = Array.isArray(value) ? value.join(', ') : value;
			expect(answers[key], key).toBe(written === undefined ? undefined : String(written));
		}
	});

	it('writes a secondary academy: students, 11-18, a trust, two deputies, its colour and address, an 01392 number', async () => {
		const root = copyOfContent();
		const result = await adopt({
			root,
			answers: {
				...answers,
				siteUrl: 'https://policies.oakfield.example/social-media/',
				accentColour: '#1d3557',
				// Typed as people type them: written as dialled.
				'office.phone': '01392496000',
				'office.hours': 'Monday to Friday, 8am to 4pm',
				'safeguarding.deputies.1.phone': '(01392) 496002',
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
			trust: 'Meadowbank Learning Trust',
			learners: 'students',
			ageRange: '11-18',
			accentColour: '#1d3557',
			siteUrl: 'https://policies.oakfield.example/social-media/',
			office: { phone: '01392 496000', hours: 'Monday to Friday, 8am to 4pm' },
			remoteLearning: { platforms: ['Microsoft Teams'] },
			// A secondary's parents ask a form tutor first, not a class teacher: one name, short and in full.
			roles: {
				classTeacher: { short: 'form tutor', long: 'form tutor' },
				headOfYear: { short: 'head of year', long: 'head of year' },
			},
		});
		const written = parse(read(root, 'content/school.yaml')) as { office: { phone: string } };
		expect(written.office.phone).toBe('01392 496000');
		expect(settings.safeguarding.deputies.map((deputy) => [deputy.name, deputy.phone])).toEqual([
			[answers['safeguarding.deputies.0.name'], answers['safeguarding.deputies.0.phone']],
			[answers['safeguarding.deputies.1.name'], '01392 496002'],
		]);
	});

	it('writes the secondary academy of tests/fixtures/secondary-academy-answers.yaml: its word for its learners and its one platform in its policy text', async () => {
		const academy = parse(
			readFileSync('tests/fixtures/secondary-academy-answers.yaml', 'utf8')
		) as Answers;
		const root = copyOfContent();
		const template = parseObjectFile(
			read(root, 'content/school.yaml'),
			schoolSchema,
			'school.yaml'
		);
		const said: string[] = [];
		const result = await adopt({
			root,
			answers: academy,
			confirm: yes,
			log: (line) => said.push(line),
		});
		expect(result.problems).toEqual([]);
		const settings = parseObjectFile(
			read(root, 'content/school.yaml'),
			schoolSchema,
			'school.yaml'
		);
		expect(settings.learners).toBe(academy['learners']);
		const policy = read(root, 'content/policy-source.txt');
		// The template's word for its learners is gone from the school's copy of the policy, in every form.
		const others = learnerWords.filter((word) => word !== settings.learners);
		for (const word of others)
			for (const form of Object.values(learnerForms(word)))
				expect(policy).not.toMatch(new RegExp(`(?<![\\p{L}])${form}(?![\\p{L}])`, 'u'));
		expect(policy).toContain(`${learnerForms(settings.learners).Learners} are not allowed`);
		// One platform: the sentence ends after its name, and nothing is left to edit by hand for it.
		expect(policy).toContain(
			`communicate through ${platformsInPolicy(settings.remoteLearning.platforms)}.`
		);
		expect(linesToEditByHand(policy, settings.remoteLearning.platforms)).toEqual([]);
		// Each editorial note quotes its sentence as the school's policy now says it, so it still stands beside it.
		const oneSpace = (text: string) => text.replace(/\s+/g, ' ');
		const notes = parse(read(root, 'content/deliberate-changes.yaml')) as { original: string }[];
		for (const { original } of notes) expect(oneSpace(policy)).toContain(oneSpace(original));
		// The languages were not answered: the template's stay, and the summary and the list of what is left say so.
		expect(settings.languages).toEqual(template.languages);
		const words = said.join('\n');
		expect(words).toContain(`offer the site in, separated by commas, from`);
		expect(words).toMatch(/Left to do by hand:[^]*languages: in content\/school\.yaml/);
	});

	it('offers the languages the school names, by name or code, or none, and refuses one it does not ship', async () => {
		const root = copyOfContent();
		await adopt({
			root,
			answers: { ...answers, languages: 'Polish, ur' },
			confirm: yes,
			log: quiet,
		});
		expect(parse(read(root, 'content/school.yaml')).languages).toEqual(['pl', 'ur']);
		await adopt({ root, answers: { ...answers, languages: 'none' }, confirm: yes, log: quiet });
		expect(parse(read(root, 'content/school.yaml')).languages).toEqual([]);
		const refused = await adopt({
			root,
			answers: { ...answers, languages: 'Polish, Welsh' },
			confirm: yes,
			log: quiet,
		});
		expect(refused.problems).toEqual([
			expect.stringMatching(
				/^"languages": “Welsh” is not one of the languages the site is translated into/
			),
		]);
	});

	it('writes a primary that says pupils, for ages 4 to 11, with one deputy and no trust', async () => {
		// The fixture's school made a primary on purpose, so that both words and both phases are adopted.
		const root = copyOfContent();
		const primary: Answers = {
			...Object.fromEntries(
				Object.entries(answers).filter(
					([key]) => key !== 'trust' && !key.startsWith('safeguarding.deputies.1.')
				)
			),
			name: 'Oakfield Primary School',
			learners: 'pupils',
			ageRange: '4-11',
			'roles.headteacher.short': 'Headteacher',
			'roles.headteacher.long': 'Headteacher',
			'remoteLearning.platforms': 'Seesaw',
		};
		const result = await adopt({ root, answers: primary, confirm: yes, log: quiet });
		expect(result.problems).toEqual([]);
		const settings = parseObjectFile(
			read(root, 'content/school.yaml'),
			schoolSchema,
			'school.yaml'
		);
		expect(settings).toMatchObject({ learners: 'pupils', ageRange: '4-11' });
		expect(settings).not.toHaveProperty('trust');
		expect(settings.safeguarding.deputies).toHaveLength(1);
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
		// Every optional answer left out: no trust, no hours, no address, no colour, one deputy.
		const required = Object.fromEntries(
			Object.entries(answers).filter(
				([key]) =>
					(!questions.find((question) => question.path.join('.') === key)?.optional ||
						// The LADO needs an email address or a web page: this school gives the web page.
						key === 'safeguarding.lado.url') &&
					!key.startsWith('safeguarding.deputies.1.')
			)
		);
		const result = await adopt({ root, answers: required, confirm: yes, log: quiet });
		expect(result.problems).toEqual([]);
		const settings = parse(read(root, 'content/school.yaml')) as Record<string, unknown>;
		expect(settings).not.toHaveProperty('trust');
		expect(settings).not.toHaveProperty('siteUrl');
		expect(settings).not.toHaveProperty('accentColour');
		expect((settings['office'] as Record<string, unknown>)['hours']).toBeUndefined();
	});
});

describe('npm run adopt, in the terminal', { timeout: 30_000 }, () => {
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
		typed.push('2', 'the Academy', 'y');
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
		expect(settings.shortName).toBe('the Academy');
		expect(settings.name).toBe(answers['name']);
	});

	it('asks each question in words a school office understands, with whole examples of its own', async () => {
		const root = copyOfContent();
		const typed = typedInOrder(answers);
		const asked: string[] = [];
		await adopt({
			root,
			prompt: async (question) => {
				asked.push(question);
				return typed.shift() ?? 'n';
			},
			confirm: yes,
			log: quiet,
		});
		for (const question of asked) {
			// A list that trails off (“Headteacher, Principal …”) reads as an example cut off.
			expect(question, question).not.toContain('…');
			// Every question says what it is about: never a bare “Their …” or “Its …” after another question.
			expect(question, question).not.toMatch(/^(Their|Its) (telephone number|web address)/);
		}
		const asking = (pattern: RegExp) => asked.find((question) => pattern.test(question))!;
		// The template's own words are not offered as examples where they would puzzle.
		expect(asking(/^The head’s job title in your policy/)).toMatch(
			/for example: Principal, or Executive Headteacher\): $/
		);
		expect(asking(/^The ages of the children/)).not.toContain('4-18');
		expect(
			asking(/^The telephone number to ring about a child when the school is closed/)
		).toBeTruthy();
		expect(asking(/^The local authority’s children’s services front door/)).toContain(
			'(MASH / the number professionals ring to refer a child)'
		);
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
