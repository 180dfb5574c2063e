import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/integrations/content-contract';
import {
	adultWords,
	anchorProblems,
	anchorsOfMarkdown,
	phoneNumberProblems,
	proposalProblems,
	readingProblems,
	describeProblems,
	quoteProblems,
	scenarioAnswerProblems,
	sidebarProblems,
	unconfirmedContactProblems,
	unknownIdProblems,
} from '../../src/lib/content-contract';
import { sidebar } from '../../src/sidebar';

const broken = fileURLToPath(new URL('../fixtures/content-contract/', import.meta.url));
const choices = [
	{ verdict: 'post', text: 'Post it.' },
	{ verdict: 'ask-first', text: 'Ask them first.' },
	{ verdict: 'dont-post', text: 'Never post it.' },
] as const;

describe('the content contract', () => {
	it('holds for this school’s content (the build checks the same)', () => {
		expect(describeProblems(checkContent(process.cwd(), sidebar))).toBe('');
	});

	it('finds each mistake in the fixture project, once, naming the file, the entry and the field', () => {
		const problems = checkContent(
			broken,
			['policy/sample', 'tools/helper'],
			`${broken}policy-source.txt`
		);
		expect(
			problems.map(({ file, entry, field }) => [file, entry, field].filter(Boolean).join(' '))
		).toEqual([
			'content/data/scenarios.yaml photo answer',
			'content/data/connect-online.yaml steps.not-allowed.quote',
			'content/data/posting-rules.yaml rules.showsOthers.policy.anchor',
			'content/docs/tools/helper.mdx DecisionHelper helper',
			'content/docs/tools/helper.mdx ContactLink id',
			'content/data/lessons.yaml 9-11 help.contacts',
			'content/docs/orphan.mdx',
			'content/data/worried-about-a-post.yaml pupil-hard title and text',
		]);
	});
});

describe('a scenario’s answer against the posting rules', () => {
	it('names the rule that decided, its question, and the choice to mark best', () => {
		const [problem, ...more] = scenarioAnswerProblems(
			[{ id: 'photo', facts: { showsOthers: true }, answer: 'dont-post', choices }],
			'scenarios.yaml',
			(fact) => (fact === 'showsOthers' ? 'Does it show anyone else?' : undefined)
		);
		expect(more).toEqual([]);
		expect(problem).toMatchObject({ file: 'scenarios.yaml', entry: 'photo', field: 'answer' });
		expect(problem!.message).toContain('the posting rules give "ask-first"');
		expect(problem!.message).toContain(
			'the rule that decided is "showsOthers" (Does it show anyone else?)'
		);
		expect(problem!.message).toContain('The choice now marked best is: “Never post it.”');
		expect(problem!.hint).toContain('set answer: ask-first (the choice “Ask them first.”)');
	});

	it('says when no rule applies, so the rules say post', () => {
		const [problem] = scenarioAnswerProblems(
			[{ id: 'fine', facts: {}, answer: 'ask-first', choices }],
			's.yaml'
		);
		expect(problem!.message).toContain('no rule applies to these facts, so the rules say "post"');
	});

	it('passes a scenario the rules agree with, and one whose others agreed', () => {
		expect(
			scenarioAnswerProblems(
				[
					{ id: 'a', facts: { showsOthers: true }, answer: 'ask-first', choices },
					{ id: 'b', facts: { showsOthers: true, othersAgreed: true }, answer: 'post', choices },
				],
				's.yaml'
			)
		).toEqual([]);
	});
});

describe('a quotation of the policy', () => {
	const policy =
		'Pupils are discouraged from ‘following’ staff public accounts. Staff must not follow pupils.';

	it('is the policy’s words, quotation marks and spaces aside, or says where it parts from them', () => {
		const problems = quoteProblems(
			[
				{
					file: 'h.yaml',
					field: 'steps.a.quote',
					quote: "Pupils are discouraged from 'following'  staff public accounts.",
				},
				{ file: 'h.yaml', field: 'steps.b.quote', quote: 'Staff must never follow pupils.' },
			],
			policy,
			'policy.txt'
		);
		expect(problems.map(({ field }) => field)).toEqual(['steps.b.quote']);
		expect(problems[0]!.message).toBe(
			"this quotation is not the policy's words, word for word: it parts from the policy after “Staff must”."
		);
		expect(problems[0]!.hint).toContain('copy the sentence exactly from policy.txt');
	});
});

describe('an id a page names', () => {
	const helpers = ['worried-about-a-post', 'connect-online', 'concern-about-the-school'];

	it('is found, or named with the closest id and every id', () => {
		const uses = [
			{ file: 'a.mdx', field: 'DecisionHelper helper', id: 'connect-online' },
			{ file: 'b.mdx', field: 'DecisionHelper helper', id: 'worried-about-a-psot' },
			{ file: 'c.mdx', field: 'DecisionHelper helper', id: 'quiz' },
		];
		const problems = unknownIdProblems(uses, helpers, 'src/lib/decision-helpers.ts');
		expect(problems.map(({ file }) => file)).toEqual(['b.mdx', 'c.mdx']);
		expect(problems[0]!.message).toBe(
			'"worried-about-a-psot" is not an id in src/lib/decision-helpers.ts.'
		);
		expect(problems[0]!.hint).toMatch(
			/^did you mean "worried-about-a-post"\? The ids are: "worried/
		);
		expect(problems[1]!.hint).toMatch(/^The ids are: /);
	});
});

describe('an editorial note that says a change is proposed', () => {
	const versions = [
		{ id: '1.0', status: 'approved' },
		{ id: '1.1', status: 'proposed' },
	];

	it('names a version still proposed, or is named with its entry, its field and what to do', () => {
		const notes = [
			{ id: 'proposed-change', proposal: '1.1' },
			{ id: 'no-change', proposal: undefined },
			{ id: 'approved-already', proposal: '1.0' },
		];
		const problems = proposalProblems(notes, versions);
		expect(problems.map(({ entry, field }) => [entry, field])).toEqual([
			['approved-already', 'proposal'],
		]);
		expect(problems[0]!.hint).toContain('"1.1"');
	});

	it('says to remove the line once no version is proposed (after npm run adopt, say)', () => {
		const [problem] = proposalProblems([{ id: 'note', proposal: '1.1' }], [versions[0]!]);
		expect(problem!.hint).toMatch(/^no version is proposed there now: remove the line/);
	});
});

describe('a contact a lesson gives pupils', () => {
	const unconfirmed = new Map([['gambling-line', 'its own page could not be read.']]);

	it('is not one marked unconfirmed: each is named with its lesson, the note and how to fix it', () => {
		const problems = unconfirmedContactProblems(
			[
				{ lesson: '11-16', contacts: ['childline', 'ceop'] },
				{ lesson: '16-18', contacts: ['childline', 'gambling-line'] },
			],
			unconfirmed,
			'lessons.yaml',
			'contacts.yaml'
		);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({
			file: 'lessons.yaml',
			entry: '16-18',
			field: 'help.contacts',
		});
		expect(problems[0]!.message).toBe(
			'gives pupils the contact "gambling-line", which contacts.yaml marks unconfirmed: its own page could not be read.'
		);
		expect(problems[0]!.hint).toMatch(
			/^take "gambling-line" out of help\.contacts \(lead with Childline/
		);
		expect(describeProblems(problems)).toMatch(
			/^lessons\.yaml, entry "16-18", field "help\.contacts": gives pupils the contact "gambling-line"/
		);
	});

	it('passes every lesson whose contacts are all confirmed', () => {
		expect(
			unconfirmedContactProblems(
				[{ lesson: '9-11', contacts: ['childline'] }],
				unconfirmed,
				'lessons.yaml',
				'contacts.yaml'
			)
		).toEqual([]);
	});
});

describe('a link to a section of the policy', () => {
	const anchorsOf = (page: string) =>
		page === 'policy/sample'
			? anchorsOfMarkdown('## Asking first\n\n### Who’s in it?\n')
			: undefined;

	it('gives the anchors Starlight gives headings', () => {
		expect(anchorsOfMarkdown('## Asking first\n\n### Who’s in it?\n# Not this')).toEqual([
			'asking-first',
			'whos-in-it',
		]);
	});

	it('goes to a heading that exists, or is named with the headings there are', () => {
		const links = [
			{ file: 'r.yaml', field: 'policy.anchor', page: 'policy/sample', anchor: 'asking-first' },
			{
				file: 'r.yaml',
				entry: 'x',
				field: 'policy.anchor',
				page: 'policy/sample',
				anchor: 'asking-firts',
			},
			{ file: 'r.yaml', field: 'policy.anchor', page: 'policy/nowhere', anchor: 'a' },
		];
		const [misspelt, missingPage, ...more] = anchorProblems(links, anchorsOf);
		expect(more).toEqual([]);
		expect(misspelt).toMatchObject({ file: 'r.yaml', entry: 'x', field: 'policy.anchor' });
		expect(misspelt!.message).toBe(
			'links to "#asking-firts" on policy/sample, which has no heading with that anchor.'
		);
		expect(misspelt!.hint).toContain('did you mean "asking-first"?');
		expect(misspelt!.hint).toContain('"asking-first", "whos-in-it"');
		expect(missingPage!.message).toBe('links to the page "policy/nowhere", which does not exist.');
	});
});

describe('the sidebar', () => {
	it('lists every page but the home and 404 pages', () => {
		const pages = ['', '404', 'a', 'b'].map((slug) => ({
			slug,
			file: `content/docs/${slug || 'index'}.mdx`,
		}));
		const [problem, ...more] = sidebarProblems(pages, ['a'], 'src/sidebar.ts');
		expect(more).toEqual([]);
		expect(problem).toMatchObject({ file: 'content/docs/b.mdx' });
		expect(problem!.hint).toBe("add 'b' to the group it belongs in, in src/sidebar.ts.");
	});
});

describe('the message', () => {
	it('puts where, what and a hint on each problem, in the manner of Starlight’s errors', () => {
		expect(
			describeProblems([
				{ file: 'f.yaml', entry: 'e', field: 'answer', message: 'is wrong.', hint: 'fix it.' },
				{ file: 'p.mdx', message: 'is lost.', hint: 'find it.' },
			])
		).toBe(
			'f.yaml, entry "e", field "answer": is wrong.\n  Hint: fix it.\n\np.mdx: is lost.\n  Hint: find it.'
		);
	});
});

describe('what pupils read', () => {
	const pupils = {
		file: 'content/data/example.yaml',
		entry: 'pupil-step',
		field: 'text',
		readers: 'pupils',
		level: 5,
	};

	it('passes a step a 10-year-old can read', () => {
		expect(
			readingProblems([
				{ ...pupils, text: 'Tell an adult you trust. They can help you.', avoid: adultWords },
			])
		).toEqual([]);
	});

	it('names the file, the entry and the sentence to shorten when a step reads above its level', () => {
		const [problem] = readingProblems([
			{
				...pupils,
				text: 'Tell an adult. Alternatively, communicate immediately with the designated safeguarding representative electronically.',
			},
		]);
		expect(problem).toMatchObject({ file: pupils.file, entry: pupils.entry, field: 'text' });
		expect(problem!.message).toMatch(/above the reading level of 5 for pupils/);
		expect(problem!.hint).toMatch(/^shorten this sentence for pupils: “Alternatively, communicate/);
	});

	it('names a word for adults where pupils read it', () => {
		const problems = readingProblems([
			{ ...pupils, text: 'Tell the safeguarding team.', avoid: adultWords },
		]);
		expect(problems.map(({ message }) => message)).toContain(
			'it says “safeguarding”, a word for adults, where pupils read it.'
		);
	});

	it('stops the fixture project’s build on a pupils’ step that reads too hard, as the tests would', () => {
		const problems = checkContent(
			broken,
			['policy/sample', 'tools/helper'],
			`${broken}policy-source.txt`
		);
		expect(describeProblems(problems)).toMatch(
			/content\/data\/worried-about-a-post\.yaml, entry "pupil-hard", field "title and text": it reads at level/
		);
	});
});

describe('telephone numbers in the wording', () => {
	it('names each one that cannot exist, with the file and a readable reason', () => {
		const problems = phoneNumberProblems([
			{
				file: 'content/data/example.yaml',
				text: 'Call 01392 496000 or 0800 1111, or 01392 4960000.',
			},
		]);
		expect(problems).toEqual([
			expect.objectContaining({
				file: 'content/data/example.yaml',
				message: expect.stringMatching(/^“01392 4960000” is too long/),
			}),
		]);
	});
});
