// npm run adopt: make the site another school's.
//
// Asks for the school's details in the terminal, checks each answer with the same schema as the build (and asks
// again when one is wrong), then writes content/school.yaml, puts the new names into the school's copy of the
// policy text (content/policy-source.txt), starts content/data/policy-versions.yaml at the new school's version
// (its history alone, never the template's), and prints what is left to do by hand. It changes nothing without asking first.
//
//   npm run adopt                                   ask in the terminal
//   npm run adopt -- --answers answers.yaml         take the answers from a file (for tests, or to repeat a set-up)
//   npm run adopt -- --answers answers.yaml --yes   …and change the files without asking
//
// Once the governing body approves a proposed version of the policy (content/data/policy-versions.yaml):
//
//   npm run adopt -- --approve 1.1 --date 2027-07-01        apply its changes to the approved text, and record it
//
// That puts each proposed wording into content/policy-source.txt and the pages of the policy, marks the version
// approved with its date, makes it the current version in content/school.yaml, and removes the editorial notes
// (content/deliberate-changes.yaml) that the new wording makes unnecessary. Until then the site shows the approved text.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline/promises';
import { parse, parseDocument, stringify } from 'yaml';
import { runnerImport } from 'vite';
import type { z } from 'astro/zod';
import { learnerForms, withLearnerPlaceholders, type Learners } from '../src/lib/audience.ts';
import {
	learnersInPolicy,
	linesToEditByHand,
	platformsInPolicy,
} from '../src/lib/policy-wording.ts';
import { languageCodes, shippedLanguages } from '../src/lib/translation-languages.ts';
import { replaceNames, type Rename } from '../src/lib/replace-names.ts';
import { andList, orList } from '../src/lib/or-list.ts';
import { parseDate } from '../src/lib/dates.ts';
import type * as SchoolSchema from '../src/schemas/school.ts';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/** One question: where its answer goes in content/school.yaml, and how to ask for it. */
export interface Question {
	path: string[];
	ask: string;
	/** A list, typed as one line with commas. */
	list?: boolean;
	/** A date, typed as people write them ("1 October 2026", "01/10/2026", "2026-10-01"), kept as YYYY-MM-DD. */
	date?: boolean;
	/** May be left empty, and is then left out of the settings. */
	optional?: boolean;
	/** Asked only when the question with this key was answered (a second deputy's details after their name). */
	after?: string | undefined;
	/** Another field the answer is written to as well (a role with one name, short and in full). */
	alsoAt?: string[];
	/** The example to show, in place of the template's value (where that would puzzle: "Headteacher/Principal", "4-18"). */
	example?: string;
	/** The languages besides English, typed by name or code ("Polish, Urdu", "pl, ur", "none"); Enter keeps the template's. */
	languages?: boolean;
}

const person = (path: string[], who: string, optional = false): Question[] => {
	const name = [...path, 'name'].join('.');
	return [
		{
			path: [...path, 'name'],
			ask: optional
				? `${who}’s name (press Enter if there is none)`
				: `${who}’s name, as staff know them`,
			optional,
		},
		{
			path: [...path, 'phone'],
			ask: `${who}’s direct telephone number`,
			after: optional ? name : undefined,
		},
		{ path: [...path, 'email'], ask: `${who}’s email address`, after: optional ? name : undefined },
		{
			path: [...path, 'hours'],
			ask: `When ${who.charAt(0).toLowerCase()}${who.slice(1)} can be reached`,
			after: optional ? name : undefined,
		},
	];
};

export const questions: Question[] = [
	{ path: ['name'], ask: 'The school’s full name, as the policy uses it' },
	{ path: ['shortName'], ask: 'Its short name, used mid-sentence' },
	{
		path: ['trust'],
		ask: 'The multi-academy trust it belongs to (press Enter if none)',
		optional: true,
		example: 'Meadowbank Learning Trust',
	},
	{ path: ['learners'], ask: 'What the school calls the children it teaches, pupils or students' },
	{
		path: ['ageRange'],
		ask: 'The ages of the children it teaches, youngest to oldest',
		example: '4-11 for a primary, 11-16, or 11-18 with a sixth form',
	},
	{ path: ['verse', 'text'], ask: 'Its verse or motto' },
	{ path: ['verse', 'reference'], ask: 'Where the verse or motto comes from' },
	{ path: ['website'], ask: 'Its website (starting https://)' },
	{
		path: ['siteUrl'],
		ask: 'Where this site will be published (press Enter if not decided yet)',
		optional: true,
		example: 'https://policies.your-school.sch.uk/social-media/',
	},
	{ path: ['office', 'email'], ask: 'The office’s email address' },
	{ path: ['office', 'phone'], ask: 'The office’s telephone number' },
	{
		path: ['office', 'hours'],
		ask: 'When the office answers (press Enter to leave out)',
		optional: true,
	},
	{
		path: ['roles', 'headteacher', 'short'],
		ask: 'The head’s job title, as a sentence uses it (“speak to the Principal”)',
		example: 'Headteacher, or Principal',
	},
	{
		path: ['roles', 'headteacher', 'long'],
		ask: 'The head’s job title in your policy, where the template policy says “Headteacher/Principal”',
		example: 'Principal, or Executive Headteacher',
	},
	{
		path: ['roles', 'classTeacher', 'short'],
		ask: 'Whom parents ask first about their own child, as in “ask for your child’s form tutor”',
		alsoAt: ['roles', 'classTeacher', 'long'],
		example: 'form tutor, or class teacher',
	},
	{
		path: ['roles', 'headOfYear', 'short'],
		ask: 'Whom parents ask next, for a year group, as in “or their head of year”',
		alsoAt: ['roles', 'headOfYear', 'long'],
		example: 'head of year, or phase leader',
	},
	{ path: ['roles', 'dsl', 'short'], ask: 'The safeguarding lead’s title, short' },
	{ path: ['roles', 'dsl', 'long'], ask: 'The safeguarding lead’s title in full' },
	...person(['safeguarding', 'dsl'], 'The DSL'),
	...person(['safeguarding', 'deputies', '0'], 'A deputy DSL'),
	...person(['safeguarding', 'deputies', '1'], 'A second deputy DSL', true),
	...person(['safeguarding', 'deputies', '2'], 'A third deputy DSL', true),
	{ path: ['safeguarding', 'onlineSafetyLead', 'name'], ask: 'The online-safety lead’s name' },
	{ path: ['safeguarding', 'onlineSafetyLead', 'email'], ask: 'The online-safety lead’s email' },
	{
		path: ['safeguarding', 'outOfHours', 'who'],
		ask: 'Who to call about a child when the school is closed',
	},
	{
		path: ['safeguarding', 'outOfHours', 'phone'],
		ask: 'The telephone number to ring about a child when the school is closed (the out-of-hours contact just named)',
	},
	{
		path: ['safeguarding', 'childrensServices', 'name'],
		ask: 'The local authority’s children’s services front door (MASH / the number professionals ring to refer a child), by its name',
	},
	{
		path: ['safeguarding', 'childrensServices', 'phone'],
		ask: 'The children’s services front door’s telephone number, for professionals referring a child',
	},
	{
		path: ['safeguarding', 'childrensServices', 'outOfHoursPhone'],
		ask: 'The children’s services number for evenings, weekends and holidays, its emergency duty team (press Enter if the same number answers then)',
		optional: true,
	},
	{
		path: ['safeguarding', 'childrensServices', 'url'],
		ask: 'The children’s services front door’s web page for reporting a concern about a child',
	},
	{
		path: ['safeguarding', 'lado', 'phone'],
		ask: 'The LADO’s telephone number (the local authority’s officer for concerns about an adult who works with children)',
	},
	{
		path: ['safeguarding', 'lado', 'email'],
		ask: 'The LADO’s email address (press Enter if referrals go through a web page instead)',
		optional: true,
	},
	{
		path: ['safeguarding', 'lado', 'url'],
		ask: 'The LADO’s web page (press Enter if there is none)',
		optional: true,
	},
	{
		path: ['localAdvisers', 'name'],
		ask: 'The local online-safety advisers the DSL may call on, as they read after “the DSL may call on the expertise of” (with “the” if they need it)',
		example: 'the Devon Education Safeguarding Team, or Sandwell Advisers',
	},
	{
		path: ['localAdvisers', 'description'],
		ask: 'Who they are, in a few words (shown on the contacts page)',
	},
	{
		path: ['remoteLearning', 'platforms'],
		ask: 'Remote-learning platforms, separated by commas',
		list: true,
	},
	{ path: ['complaintsProcedure', 'url'], ask: 'The web address of the complaints procedure' },
	{
		path: ['accentColour'],
		ask: 'The school’s colour for links, as # and six digits (press Enter for Starlight’s blue)',
		optional: true,
		example: '#1d3557',
	},
	{
		path: ['languages'],
		ask: `The languages besides English to offer the site in, separated by commas, from ${orList(languageCodes.map((code) => shippedLanguages[code].english))}, or none (press Enter to keep the template’s)`,
		languages: true,
		optional: true,
	},
	{ path: ['policy', 'version'], ask: 'The policy’s version' },
	{
		path: ['policy', 'adopted'],
		ask: 'The date the policy was adopted',
		date: true,
		example: '1 September 2026',
	},
	{
		path: ['policy', 'approvedBy'],
		ask: 'Who approved the policy, as you would write “approved by the Trust Board”',
		example: 'the Governing Body, or the Trust Board',
	},
	{
		path: ['policy', 'nextReview'],
		ask: 'The date of its next review',
		date: true,
		example: '1 September 2027',
	},
];

const keyOf = (question: Question) => question.path.join('.');
const getIn = (value: unknown, path: string[]): unknown =>
	path.reduce<unknown>((item, key) => (item as Record<string, unknown> | undefined)?.[key], value);

/** The answers given so far, from a file or the terminal: each question's key mapped to the text typed. */
export type Answers = Record<string, string>;

const months = [
	'january',
	'february',
	'march',
	'april',
	'may',
	'june',
	'july',
	'august',
	'september',
	'october',
	'november',
	'december',
];

/** A date as people write it ("1 October 2026", "1st Oct 2026", "01/10/2026", "2026-10-01") as YYYY-MM-DD, or undefined. */
export function writtenDate(text: string): string | undefined {
	const trimmed = text.trim().replace(/\s+/g, ' ');
	const words = /^(\d{1,2})(?:st|nd|rd|th)? ([a-z]+),? (\d{4})$/i.exec(trimmed);
	const month = words
		? months.findIndex((name) => name.startsWith(words[2]!.toLowerCase()) && words[2]!.length >= 3)
		: -1;
	const date = words && month >= 0 ? `${words[3]}-${month + 1}-${words[1]}` : trimmed;
	const parsed = parseDate(date);
	return parsed
		? `${parsed.year}-${String(parsed.month).padStart(2, '0')}-${String(parsed.day).padStart(2, '0')}`
		: undefined;
}

/** Why an answer cannot be used, in words to show beside it, or undefined when it can. */
export function problemWith(
	schema: z.ZodType,
	question: Question,
	answer: string
): string | undefined {
	if (/\{[^}]*\}/.test(answer))
		return `“${answer.match(/\{[^}]*\}/)![0]}” looks like a placeholder: type the school’s own words`;
	if (answer.trim() === '') return question.optional ? undefined : 'needs an answer';
	if (question.date && !writtenDate(answer))
		return `“${answer.trim()}” is not a date: write it as 1 September 2026, 01/09/2026 or 2026-09-01`;
	if (question.languages) {
		const unknown = (valueOf(question, answer) as string[]).find(
			(code) => !(languageCodes as string[]).includes(code)
		);
		if (unknown)
			return `“${unknown}” is not one of the languages the site is translated into: ${languageNames(languageCodes)}, or none`;
	}
	const field = fieldOf(schema, question);
	const result = field.safeParse(valueOf(question, answer));
	return result.success ? undefined : result.error.issues[0]?.message;
}

/** The schema of one question's field. */
function fieldOf(schema: z.ZodType, question: Question): z.ZodType {
	// Through objects by field name, and through lists (the deputies) by position: "0" is the list's element.
	return question.path.reduce<z.ZodType>((shape, key) => {
		const inner = shape as unknown as {
			shape?: Record<string, z.ZodType>;
			element?: z.ZodType;
			unwrap?: () => z.ZodType;
		};
		if (/^\d+$/.test(key) && inner.element) return inner.element;
		return (inner.shape ?? (inner.unwrap?.() as unknown as typeof inner).shape)![key]!;
	}, schema);
}

/** A language typed by its code ("pl"), its English name ("Polish") or its own ("Polski"), as its code. */
const languageCode = (typed: string): string => {
	const word = typed.trim().toLowerCase();
	return (
		languageCodes.find(
			(code) =>
				code === word ||
				shippedLanguages[code].english.toLowerCase() === word ||
				shippedLanguages[code].label.toLowerCase() === word
		) ?? typed.trim()
	);
};

/** Languages' codes as the summary shows them: "Polish, Urdu, Arabic", or "none (English only)". */
export const languageNames = (codes: readonly string[]): string =>
	codes.length === 0
		? 'none (English only)'
		: codes
				.map((code) => shippedLanguages[code as keyof typeof shippedLanguages]?.english ?? code)
				.join(', ');

function valueOf(question: Question, answer: string): unknown {
	const trimmed = answer.trim();
	if (question.date) return writtenDate(trimmed) ?? trimmed;
	// Written as people write them: "Students", "11 to 18", "www.school.example".
	const key = question.path.join('.');
	if (key === 'learners') return trimmed.toLowerCase();
	if (key === 'ageRange') return trimmed.replace(/^(\d+)\s*(?:-|–|—|to)\s*(\d+)$/i, '$1-$2');
	if (/^www\.\S+$/i.test(trimmed)) return `https://${trimmed}`;
	if (question.languages)
		return /^(none|english( only)?)\b/i.test(trimmed)
			? []
			: trimmed.split(',').map(languageCode).filter(Boolean);
	return question.list
		? trimmed
				.split(',')
				.map((item) => item.trim())
				.filter(Boolean)
		: trimmed;
}

/** Problems between answers: a review before adoption; a LADO with neither an email address nor a web page. */
function acrossAnswers(answers: Answers): { key: string; problem: string }[] {
	const problems: { key: string; problem: string }[] = [];
	const adopted = writtenDate(answers['policy.adopted'] ?? '');
	const review = writtenDate(answers['policy.nextReview'] ?? '');
	if (adopted && review && review <= adopted)
		problems.push({
			key: 'policy.nextReview',
			problem: `the next review (${review}) must come after the date the policy was adopted (${adopted})`,
		});
	const lado = ['safeguarding.lado.email', 'safeguarding.lado.url'];
	if (lado.every((key) => (answers[key] ?? '').trim() === ''))
		problems.push({
			key: 'safeguarding.lado.url',
			problem:
				'staff need a way to reach the LADO besides the telephone: give the LADO’s email address or web page',
		});
	return problems;
}

/** Whether a question is asked, given the answers so far: a second deputy's details only once they are named. */
const asked = (question: Question, answers: Answers) =>
	!question.after || (answers[question.after] ?? '').trim() !== '';

const learnersOf = (settings: Record<string, unknown>) =>
	(getIn(settings, ['learners']) ?? 'pupils') as Learners;

/** The names the policy text uses for a school, each with what it becomes for the new one. */
function renames(from: Record<string, unknown>, to: Record<string, unknown>): Rename[] {
	const names = (settings: Record<string, unknown>) => [
		String(getIn(settings, ['name'])),
		String(getIn(settings, ['shortName'])),
		String(getIn(settings, ['verse', 'text'])),
		String(getIn(settings, ['verse', 'reference'])),
		String(getIn(settings, ['roles', 'headteacher', 'long'])),
		String(getIn(settings, ['roles', 'headteacher', 'short'])),
		String(getIn(settings, ['roles', 'dsl', 'long'])),
		String(getIn(settings, ['roles', 'dsl', 'short'])),
		String(getIn(settings, ['localAdvisers', 'name'])),
		// "… communicate through Microsoft Teams.", without "depending upon the year group" after one platform.
		platformsInPolicy(getIn(settings, ['remoteLearning', 'platforms']) as string[]),
		// The school's word for its learners: "issues … with students under the age of 13", "Students are not allowed".
		learnersInPolicy(learnersOf(settings)),
		...Object.values(learnerForms(learnersOf(settings))),
	];
	const old = names(from);
	const next = names(to);
	return old.map((name, index) => [name, next[index]!] as const);
}

export interface AdoptOptions {
	/** The project folder whose content/ is changed. */
	root?: string;
	/** Answers from a file: every question must be answered (optional ones may be left out), and nothing else. */
	answers?: Answers | undefined;
	/** Asks a question in the terminal and returns what was typed. */
	prompt?: (question: string) => Promise<string>;
	/** Asks whether to change the files: true to go ahead. In the terminal, the summary's own question comes first. */
	confirm: (files: string[]) => Promise<boolean>;
	log?: (line: string) => void;
}

/** What `npm run adopt` did: the files it wrote, or the problems that stopped it. */
export interface AdoptResult {
	written: string[];
	problems: string[];
}

/** Every answer, numbered, as the summary before writing shows it. */
export function summary(answers: Answers): string[] {
	return questions
		.filter((question) => answers[keyOf(question)] !== undefined && asked(question, answers))
		.map((question, index) => {
			const answer = answers[keyOf(question)]!.trim();
			const shown = question.date ? (writtenDate(answer) ?? answer) : answer;
			return `${String(index + 1).padStart(3)}. ${question.ask.replace(/ \((press Enter|as #)[^)]*\)$/, '')}: ${shown || '(left out)'}`;
		});
}

export async function adopt({
	root = projectRoot,
	answers,
	prompt,
	confirm,
	log = console.log,
}: AdoptOptions): Promise<AdoptResult> {
	const { module } = await runnerImport<typeof SchoolSchema>(
		join(projectRoot, 'src/schemas/school.ts'),
		{ configFile: false, logLevel: 'error' }
	);
	const schema = module.schoolSchema;
	const files = {
		settings: 'content/school.yaml',
		policy: 'content/policy-source.txt',
		versions: 'content/data/policy-versions.yaml',
		notes: 'content/deliberate-changes.yaml',
	};
	const settingsText = await readFile(join(root, files.settings), 'utf8');
	const current = parse(settingsText) as Record<string, unknown>;
	const document = parseDocument(settingsText);
	/** The template's value for a question, shown as an example (never kept without being typed). */
	const exampleOf = (question: Question) => {
		const was = getIn(current, question.path);
		if (question.languages) return languageNames((was as string[] | undefined) ?? []);
		const shown = Array.isArray(was) ? was.join(', ') : was === undefined ? '' : String(was);
		return question.example ?? shown;
	};

	const problems: string[] = [];
	const given: Answers = {};
	/** The languages left empty (or out of a file) are the template's, shown by name in the summary and written as they are. */
	const keepTemplateLanguages = () => {
		for (const question of questions)
			if (question.languages && (given[keyOf(question)] ?? '').trim() === '')
				given[keyOf(question)] = languageNames(
					(getIn(current, question.path) as string[] | undefined) ?? []
				);
	};
	if (answers) {
		const known = new Set(questions.map(keyOf));
		for (const key of Object.keys(answers)) {
			if (!known.has(key))
				problems.push(`"${key}" is not one of the questions: ${[...known].join(', ')}`);
		}
		for (const question of questions) {
			const key = keyOf(question);
			const answer = answers[key] === undefined ? undefined : String(answers[key]);
			if (answer !== undefined) given[key] = answer;
		}
		for (const question of questions) {
			const key = keyOf(question);
			if (!asked(question, given)) continue;
			const answer = given[key];
			if (answer === undefined) {
				if (!question.optional) problems.push(`"${key}": is missing (${question.ask})`);
				continue;
			}
			const problem = problemWith(schema, question, answer);
			if (problem)
				problems.push(
					`"${key}": ${problem}${problem === 'needs an answer' ? ` (${question.ask}, for example “${exampleOf(question)}”)` : ''}`
				);
		}
		for (const { key, problem } of acrossAnswers(given)) problems.push(`"${key}": ${problem}`);
		keepTemplateLanguages();
	} else {
		const ask = async (question: Question, keep?: string) => {
			for (;;) {
				const example = exampleOf(question);
				const hint =
					keep !== undefined
						? ` [${keep || 'left out'}; Enter keeps it]`
						: example
							? ` (for example: ${example})`
							: '';
				// "(press Enter if none)" and the example share one pair of brackets.
				const asked =
					hint && question.ask.endsWith(')')
						? `${question.ask.slice(0, -1)}; ${hint.slice(2)}`
						: `${question.ask}${hint}`;
				const typed = await prompt!(`${asked}: `);
				const answer = keep !== undefined && typed.trim() === '' ? keep : typed.trim();
				const problem =
					problemWith(schema, question, answer) ??
					acrossAnswers({ ...given, [keyOf(question)]: answer }).find(
						({ key }) => key === keyOf(question)
					)?.problem;
				if (!problem) {
					given[keyOf(question)] = answer;
					keepTemplateLanguages();
					return;
				}
				log(`  That can’t be used: ${problem}. Please try again.`);
			}
		};
		for (const question of questions) if (asked(question, given)) await ask(question);
		// The summary of every answer, to write, change one, or stop.
		for (;;) {
			log(`\nYour answers:\n${summary(given).join('\n')}\n`);
			const choice = (
				await prompt!('Type y to write them, the number of an answer to change it, or n to stop: ')
			).trim();
			if (/^y(es)?$/i.test(choice)) break;
			if (/^n(o)?$/i.test(choice) || choice === '') {
				log('Nothing was changed.');
				return { written: [], problems: [] };
			}
			const shown = questions.filter(
				(question) => given[keyOf(question)] !== undefined && asked(question, given)
			);
			const question = shown[Number(choice) - 1];
			if (!/^\d+$/.test(choice) || !question) {
				log(`  Type y, n, or a number from 1 to ${shown.length}.`);
				continue;
			}
			await ask(question, given[keyOf(question)]);
			// Naming a second deputy asks for their details too.
			for (const next of questions)
				if (
					next.after === keyOf(question) &&
					asked(next, given) &&
					given[keyOf(next)] === undefined
				)
					await ask(next);
		}
	}
	if (problems.length > 0) return { written: [], problems };

	const isDeputy = (question: Question) => question.path[1] === 'deputies';
	for (const question of questions) {
		const answer = given[keyOf(question)];
		if (asked(question, given) && answer !== undefined && answer.trim() !== '') {
			// As the schema reads it: a telephone number as it is dialled, "01392 496000".
			const read = fieldOf(schema, question).safeParse(valueOf(question, answer));
			const value = read.success ? read.data : valueOf(question, answer);
			// A list on one line, as the template writes it: [pl, ur, ar].
			const node = document.createNode(value);
			if (Array.isArray(value)) (node as { flow?: boolean }).flow = true;
			document.setIn(question.path, node);
			if (question.alsoAt) document.setIn(question.alsoAt, valueOf(question, answer));
		}
		// An optional answer left empty leaves its field out of the settings.
		else if (question.optional && !isDeputy(question)) document.deleteIn(question.path);
	}
	// The deputies are the ones named: a template's deputy the school did not name is taken out, last first.
	for (const index of [2, 1])
		if ((given[`safeguarding.deputies.${index}.name`] ?? '').trim() === '')
			document.deleteIn(['safeguarding', 'deputies', index]);

	const next = document.toJS() as Record<string, unknown>;
	const whole = schema.safeParse(next);
	if (!whole.success)
		return {
			written: [],
			problems: whole.error.issues.map((issue) => `"${issue.path.join('.')}": ${issue.message}`),
		};

	const policyText = await readFile(join(root, files.policy), 'utf8');
	const versionsText = await readFile(join(root, files.versions), 'utf8');
	const policy = next['policy'] as { version: string; adopted: string; approvedBy: string };
	// Another school's history is not this one's: a new school's starts with its own version alone, even when it
	// adopts as a number the template lists ("1.0"), and without the template's proposed changes. Running adopt
	// again for the same school (to correct an answer) keeps its history, adding the version only if it is new.
	const sameSchool = current['name'] === next['name'];
	const listed =
		sameSchool &&
		(parse(versionsText) as { id: string }[]).some((version) => version.id === policy.version);
	// A new school starts with its own first version and none proposed: a note that says a change to its sentence is
	// proposed (the template's) no longer does.
	const notesText = listed ? '' : await readFile(join(root, files.notes), 'utf8').catch(() => '');
	const notesDocument = parseDocument(notesText);
	const noteList = (notesDocument.toJS() ?? []) as {
		id: string;
		original?: string;
		proposal?: string;
	}[];
	const proposing = noteList.flatMap((note, at) =>
		note.proposal !== undefined && !sameSchool ? [{ ...note, at }] : []
	);
	// A note quotes the sentence it stands beside: it quotes the new school's words, as its policy text does.
	const names = renames(current, next);
	const requoted = noteList.flatMap((note, at) => {
		if (typeof note.original !== 'string') return [];
		const original = replaceNames(note.original, names);
		return original === note.original ? [] : [{ at, original }];
	});
	const toWrite = [
		files.settings,
		files.policy,
		...(listed ? [] : [files.versions]),
		...(proposing.length > 0 || requoted.length > 0 ? [files.notes] : []),
	];
	if (answers) log(`Your answers:\n${summary(given).join('\n')}\n`);
	if (!(await confirm(toWrite))) {
		log('Nothing was changed.');
		return { written: [], problems: [] };
	}

	await writeFile(join(root, files.settings), document.toString({ flowCollectionPadding: false }));
	const newPolicy = replaceNames(policyText, names);
	await writeFile(join(root, files.policy), newPolicy);
	if (!listed) {
		const first = [
			{
				id: policy.version,
				date: policy.adopted,
				approvedBy: policy.approvedBy,
				changes: ['The policy published on this website for the first time.'],
			},
		];
		const header = versionsText.match(/^(#.*\n)+/)?.[0] ?? '';
		const kept = sameSchool ? (parse(versionsText) as unknown[]) : [];
		await writeFile(join(root, files.versions), `${header}\n${stringify([...first, ...kept])}`);
	}
	if (proposing.length > 0 || requoted.length > 0) {
		for (const { at } of proposing) notesDocument.deleteIn([at, 'proposal']);
		for (const { at, original } of requoted) notesDocument.setIn([at, 'original'], original);
		await writeFile(join(root, files.notes), notesDocument.toString());
	}
	log(`Written: ${toWrite.join(', ')}.`);
	if (!sameSchool)
		log(`${files.versions} now starts at your version ${policy.version}: the template school's versions and the
changes it proposed are not yours. Propose your own there.${
			proposing.length > 0
				? ` No editorial note in ${files.notes} says a change is proposed now (proposal: removed from ${andList(proposing.map(({ id }) => id))}).`
				: ''
		}`);
	const platforms = getIn(next, ['remoteLearning', 'platforms']) as string[];
	const languages = (next['languages'] as string[] | undefined) ?? [];
	const byHand = [
		...linesToEditByHand(newPolicy, platforms).map(
			({ line, why }) => `  - ${files.policy}, line ${line}: ${why}.`
		),
		// The languages are the template's unless the school chose: say which stay, and how to change them.
		languages.length > 0
			? `  - The site is also offered in ${languageNames(languages).replace(/, ([^,]*)$/, ' and $1')}, each with a language picker in the header: to offer others or none, change languages: in ${files.settings} ([] for English only), or run adopt again.`
			: `  - The site is in English only: to offer a translation, list its language under languages: in ${files.settings}.`,
	];
	log(`Left to do by hand:
${byHand.join('\n')}
  - Replace public/favicon.svg with the school's logo (a square SVG).
  - Read content/policy-source.txt: names were replaced, but check any wording your policy does differently, then
    make the pages in content/docs/policy/ say the same, and list deliberate differences in content/deliberate-changes.yaml.
  - Check the helplines in content/data/contacts.yaml and the school's contacts' words in content/data/school-contacts.yaml.
  - Run npm run check (it names any content problem in plain words), then npm test, then npm start to look at the site.`);
	return { written: toWrite, problems: [] };
}

/** A proposed change, as content/data/policy-versions.yaml holds it. */
interface Proposal {
	id: string;
	change: string;
	original: string;
	proposed: string;
}

export interface ApproveOptions {
	root?: string;
	/** The proposed version the governing body approved. */
	version: string;
	/** The day it approved it, YYYY-MM-DD. */
	date: string;
	confirm: (files: string[]) => Promise<boolean>;
	log?: (line: string) => void;
}

/**
 * Records the governing body's approval of a proposed version: applies each proposed wording to the approved text
 * (content/policy-source.txt, the pages of the policy, and every quote of it in content/docs/ and content/data/), marks the version approved, makes it the
 * current one in content/school.yaml and drops the editorial notes that stood in for the changes.
 */
export async function approveVersion({
	root = projectRoot,
	version,
	date,
	confirm,
	log = console.log,
}: ApproveOptions): Promise<AdoptResult> {
	const files = {
		settings: 'content/school.yaml',
		policy: 'content/policy-source.txt',
		versions: 'content/data/policy-versions.yaml',
		notes: 'content/deliberate-changes.yaml',
	};
	if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date)))
		return { written: [], problems: [`--date "${date}": must be a date written YYYY-MM-DD`] };
	const versionsDocument = parseDocument(await readFile(join(root, files.versions), 'utf8'));
	const versions = versionsDocument.toJS() as {
		id: string;
		status?: string;
		proposals?: Proposal[];
	}[];
	const index = versions.findIndex((entry) => entry.id === version);
	const entry = versions[index];
	if (!entry || entry.status !== 'proposed')
		return {
			written: [],
			problems: [
				`${files.versions} has no proposed version "${version}"${
					versions.some((v) => v.status === 'proposed')
						? `: the proposed one is "${versions.find((v) => v.status === 'proposed')!.id}"`
						: ''
				}.`,
			],
		};
	const proposals = entry.proposals ?? [];
	let policyText = await readFile(join(root, files.policy), 'utf8');
	// The pages of the policy, and every other page and wording file, whose quotes of the policy must stay word for word.
	const docs = (await readdir(join(root, 'content/docs'), { recursive: true }))
		.filter((file) => file.endsWith('.mdx'))
		.map((file) => `content/docs/${file}`);
	const data = (await readdir(join(root, 'content/data')))
		.filter((file) => file.endsWith('.yaml') && `content/data/${file}` !== files.versions)
		.map((file) => `content/data/${file}`);
	const pages = new Map(
		await Promise.all(
			[...docs, ...data].map(
				async (file) => [file, await readFile(join(root, file), 'utf8')] as const
			)
		)
	);
	const originals = new Map(pages);
	const problems: string[] = [];
	for (const proposal of proposals) {
		if (!policyText.includes(proposal.original)) {
			problems.push(
				`${files.versions}, version "${version}", proposal "${proposal.id}": "original" is not in ${files.policy} word for word`
			);
			continue;
		}
		policyText = policyText.replaceAll(proposal.original, proposal.proposed);
		// Content writes the learners' word once, as {learner} and so on (README, "The school's words and ages").
		const [written, proposed] = [proposal.original, proposal.proposed].map(withLearnerPlaceholders);
		for (const [file, text] of pages)
			pages.set(
				file,
				text.replaceAll(proposal.original, proposal.proposed).replaceAll(written!, proposed!)
			);
	}
	if (problems.length > 0) return { written: [], problems };

	const notesText = await readFile(join(root, files.notes), 'utf8');
	const notesDocument = parseDocument(notesText);
	const notes = (notesDocument.toJS() ?? []) as { id: string; proposal?: string }[];
	const dropped = notes.filter((note) => note.proposal === version).map((note) => note.id);
	notes.forEach((note, at) => {
		if (note.proposal === version) notesDocument.deleteIn([at]);
	});
	for (const [file, text] of pages)
		pages.set(
			file,
			dropped.reduce(
				(page, id) => page.replace(new RegExp(`\\n*<EditorialNote id="${id}" />\\n`, 'g'), '\n'),
				text
			)
		);

	const settingsDocument = parseDocument(await readFile(join(root, files.settings), 'utf8'));
	const approvedBy = String(settingsDocument.getIn(['policy', 'approvedBy']));
	versionsDocument.deleteIn([index, 'status']);
	versionsDocument.setIn([index, 'date'], date);
	versionsDocument.setIn([index, 'approvedBy'], approvedBy);
	versionsDocument.setIn(
		[index, 'changes'],
		proposals.map((proposal) => proposal.change)
	);
	versionsDocument.deleteIn([index, 'proposals']);
	settingsDocument.setIn(['policy', 'version'], version);
	settingsDocument.setIn(['policy', 'adopted'], date);

	const changedPages = [...pages].filter(([file, text]) => text !== originals.get(file));
	const toWrite = [
		files.settings,
		files.policy,
		files.versions,
		...(dropped.length > 0 ? [files.notes] : []),
		...changedPages.map(([file]) => file),
	];
	if (!(await confirm(toWrite))) {
		log('Nothing was changed.');
		return { written: [], problems: [] };
	}
	await writeFile(join(root, files.policy), policyText);
	await writeFile(join(root, files.versions), String(versionsDocument));
	await writeFile(join(root, files.settings), String(settingsDocument));
	if (dropped.length > 0) await writeFile(join(root, files.notes), String(notesDocument));
	for (const [file, text] of changedPages) await writeFile(join(root, file), text);
	log(
		`Version ${version}, approved on ${date}, is now the policy. Written: ${toWrite.join(', ')}.`
	);
	log(`Left to do by hand:
  - Set policy.nextReview in ${files.settings}.
  - Read the pages of the policy where the words changed, and run npm test.`);
	return { written: toWrite, problems: [] };
}

/** Ctrl+C (or the terminal closing) while a question waits: stop at once, with nothing written and no stack trace. */
function stopCleanly(terminal: ReturnType<typeof createInterface>) {
	terminal.on('SIGINT', () => {
		console.log('\nStopped: nothing was changed. Run npm run adopt again to start over.');
		process.exit(130);
	});
}

const isAbort = (error: unknown) =>
	error instanceof Error &&
	(error.name === 'AbortError' || ('code' in error && error.code === 'ABORT_ERR'));

async function main() {
	const args = process.argv.slice(2);
	const approveAt = args.indexOf('--approve');
	if (approveAt >= 0) {
		const version = args[approveAt + 1];
		const date = args[args.indexOf('--date') + 1];
		if (!version || args.indexOf('--date') < 0 || !date) {
			console.error(
				'--approve needs the version and the day the governing body approved it: npm run adopt -- --approve 1.1 --date 2027-07-01'
			);
			process.exit(2);
		}
		const terminal = createInterface({ input: process.stdin, output: process.stdout });
		stopCleanly(terminal);
		try {
			const result = await approveVersion({
				version,
				date,
				confirm: async (files) => {
					if (args.includes('--yes')) return true;
					if (!process.stdin.isTTY) {
						console.error(
							`This would change ${files.join(', ')}. Run it again with --yes to go ahead.`
						);
						return false;
					}
					return /^y(es)?$/i.test(
						(
							await terminal.question(
								`\nHas the governing body approved version ${version}? This changes ${files.join(', ')}. Go ahead? (y/N) `
							)
						).trim()
					);
				},
			});
			if (result.problems.length > 0) {
				console.error(result.problems.map((problem) => `- ${problem}`).join('\n'));
				process.exitCode = 1;
			}
		} finally {
			terminal.close();
		}
		return;
	}
	const answersAt = args.indexOf('--answers');
	const yes = args.includes('--yes');
	const answersFile = answersAt >= 0 ? args[answersAt + 1] : undefined;
	if (answersAt >= 0 && !answersFile)
		throw new Error('--answers needs a file: npm run adopt -- --answers answers.yaml');
	const terminal = createInterface({ input: process.stdin, output: process.stdout });
	stopCleanly(terminal);
	if (!answersFile && !process.stdin.isTTY) {
		terminal.close();
		console.error(
			'npm run adopt asks questions in a terminal. Without one, give the answers in a file: npm run adopt -- --answers answers.yaml'
		);
		process.exit(2);
	}
	try {
		const answers = answersFile
			? (parse(await readFile(resolve(answersFile), 'utf8')) as Answers)
			: undefined;
		if (!answersFile)
			console.log(
				'Type each answer and press Enter. The examples in brackets are the template’s: type your school’s own.\nQuestions that say so can be left empty. You will see every answer before anything is written; Ctrl+C stops at any time.\n'
			);
		const result = await adopt({
			answers,
			prompt: (question) => terminal.question(question),
			confirm: async (files) => {
				// In the terminal, the school has just said yes to the summary of its answers.
				if (yes || !answersFile) return true;
				if (!process.stdin.isTTY) {
					console.error(
						`This would change ${files.join(', ')}. Run it again with --yes to go ahead.`
					);
					return false;
				}
				return /^y(es)?$/i.test(
					(await terminal.question(`\nThis changes ${files.join(', ')}. Go ahead? (y/N) `)).trim()
				);
			},
		});
		if (result.problems.length > 0) {
			console.error(
				`${answersFile} has ${result.problems.length} problem(s):\n${result.problems.map((problem) => `- ${problem}`).join('\n')}`
			);
			process.exitCode = 1;
		}
	} finally {
		terminal.close();
	}
}

if (process.argv[1] === fileURLToPath(import.meta.url))
	await main().catch((error: unknown) => {
		if (!isAbort(error)) throw error;
		console.log('\nStopped: nothing was changed. Run npm run adopt again to start over.');
		process.exitCode = 130;
	});
