import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readingChecks } from '../../src/integrations/content-contract';
import { describeProblems, readingProblems } from '../../src/lib/content-contract';
import { names } from '../../src/school';

const page = 'help/something-upset-me';
const [, frontmatter = '', body = ''] = readFileSync(`content/docs/${page}.mdx`, 'utf8').split(/^---$/m);
const data = parse(frontmatter) as { audiences: string[]; summary: string; pupilSummary: string };
/** The words a pupil reads: the page without its imports, and with each link's words. */
const words = body
	.replace(/^import .*$/gm, '')
	.replace(/<ContactLink [^>]*label="([^"]+)"[^>]*\/>/g, '$1')
	.replace(/<ContactLink [^>]*\/>/g, 'it')
	.replace(/^#+ (.*)$/gm, '$1.')
	.replace(/^- /gm, '');

describe('“Something online has upset or worried me”', () => {
	it('is for pupils, and reads easily for a 10-year-old (the content contract’s rule, which the build checks too)', () => {
		expect(data.audiences).toEqual(['pupils']);
		const checks = readingChecks(process.cwd(), names).filter(({ file }) => file === `content/docs/${page}.mdx`);
		expect(checks.map(({ field }) => field)).toEqual(['the page', 'pupilSummary', 'summary']);
		expect(describeProblems(readingProblems(checks))).toBe('');
	});

	it('says to tell a trusted adult first, to block and report, and names Childline, CEOP and Report Remove, with their links from the contacts', () => {
		const headings = [...body.matchAll(/^## (.*)$/gm)].map(([, heading]) => heading);
		expect(headings[0]).toBe('Tell an adult you trust');
		expect(headings[1]).toBe('Block and report');
		expect(body).toContain('<ContactLink id="childline" show="phone" />');
		expect(body).toContain('<ContactLink id="childline" show="url" />');
		expect(body).toMatch(/<ContactLink id="ceop" show="url"/);
		expect(body).toMatch(/<ContactLink id="report-remove" show="url"/);
		const contacts = parse(readFileSync('content/data/contacts.yaml', 'utf8')) as { id: string }[];
		for (const id of ['childline', 'ceop', 'report-remove', 'police-emergency']) expect(contacts.map((contact) => contact.id)).toContain(id);
	});

	// The third DSL review (S2): 999 before anything else; a section on a threat to share a photo (sextortion) with
	// CEOP, Report Remove and Childline; and wherever the page advises blocking, keep the chat and tell an adult first.
	const sections = body.split(/^## /m);
	it('puts 999 at the top, before the first heading', () => {
		expect(sections[0]).toContain('<ContactLink id="police-emergency" show="phone" />');
	});

	it('has a section for a threat to share a photo that links CEOP, Report Remove and Childline’s number', () => {
		const links = (section: string) => [...section.matchAll(/<ContactLink id="([^"]+)" show="([^"]+)"/g)].map(([, id, show]) => `${id} ${show}`);
		expect(sections.filter((section) => ['ceop url', 'report-remove url', 'childline phone'].every((link) => links(section).includes(link)))).toHaveLength(1);
	});

	it('says to keep the chat and tell an adult before blocking, wherever it says to block', () => {
		const blocking = sections.filter((section) => /\bblock/i.test(section.replace(/^.*\n/, '')));
		expect(blocking.length).toBeGreaterThanOrEqual(2);
		for (const section of blocking) {
			expect(section).toMatch(/delete/i);
			expect(section).toMatch(/before you block/i);
		}
	});

	it('uses no adult words', () => {
		expect(`${words} ${data.pupilSummary}`).not.toMatch(/Prevent|safeguarding|DSL|radicalis|extremis|indecent|harassment|policy/i);
	});

	it.each(['for-pupils', 'tools/before-you-post', 'tools/should-i-post-this'])('is linked from %s', (from) => {
		const text = readFileSync(`content/docs/${from}.mdx`, 'utf8');
		expect(text).toMatch(/help\/something-upset-me/);
	});

	it('“For pupils” and “Before you post” lose the adult wording', () => {
		expect(readFileSync('content/docs/for-pupils.mdx', 'utf8')).not.toMatch(/policy\/extremism|Prevent/);
		const rules = parse(readFileSync('content/data/posting-rules.yaml', 'utf8')) as { rules: Record<string, { reason: string; question: { pupils: string }; instead: { pupils: string } }> };
		for (const rule of Object.values(rules.rules)) expect(`${rule.reason} ${rule.question.pupils} ${rule.instead.pupils}`).not.toMatch(/Prevent/);
	});
});

describe('the contacts the routes name', () => {
	const contacts = parse(readFileSync('content/data/contacts.yaml', 'utf8')) as { id: string; for: string; when: string; source: string; checked: string }[];

	it.each(['childline', 'ceop', 'report-remove', 'report-harmful-content', 'act', 'posh'])('%s says who it is for, when to use it, its source and the date it was checked', (id) => {
		const contact = contacts.find((entry) => entry.id === id)!;
		expect(contact.for.length).toBeGreaterThan(20);
		expect(contact.when.length).toBeGreaterThan(20);
		expect(contact.source).toMatch(/^https:\/\//);
		expect(contact.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	});
});
