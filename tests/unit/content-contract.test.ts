import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/integrations/content-contract';
import {
	anchorProblems,
	anchorsOfMarkdown,
	describeProblems,
	quoteProblems,
	scenarioAnswerProblems,
	sidebarProblems,
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
			'content/docs/orphan.mdx',
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
