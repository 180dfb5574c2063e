import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { school } from '../../src/school';
import { worriedHelper } from '../../src/lib/worried-about-a-post';
import { wordedHelper } from '../../src/decision-helpers';
import { segments } from '../../src/lib/rich-text';

// The staff page "Suicide and self-harm: what to do": the DSL from the settings, helplines from the contacts, and the
// routes that lead to it (checked against the rules and the settings, never against the page's own sentences).
const page = readFileSync('content/docs/staff/suicide-and-self-harm.mdx', 'utf8');
const contacts = parse(readFileSync('content/data/contacts.yaml', 'utf8')) as { id: string }[];

describe('“Suicide and self-harm: what to do”', () => {
	it('takes the DSL’s details from the settings, never writes them', () => {
		const { dsl } = school.safeguarding;
		for (const detail of [dsl.name, dsl.phone, dsl.email]) expect(page).not.toContain(detail);
		expect(page).toContain('<ContactLink id="dsl" show="phone" />');
	});

	it('lists helplines that are in content/data/contacts.yaml', () => {
		const listed = [...page.matchAll(/ids=\{\[([^\]]+)\]\}/g)].flatMap(([, ids]) =>
			[...ids!.matchAll(/'([a-z-]+)'/g)].map(([, id]) => id!)
		);
		const outside = listed.filter((id) => !['dsl', 'deputy-dsl', 'out-of-hours'].includes(id));
		expect(outside.length).toBeGreaterThanOrEqual(3);
		for (const id of outside) expect(contacts.map((contact) => contact.id)).toContain(id);
	});

	it('gives 999 as a link, before anything else on the page', () => {
		const body = page.slice(page.indexOf('---', 3) + 3);
		const first = body.search(/\[999\]\(tel:999\)/);
		expect(first).toBeGreaterThan(0);
		expect(body.slice(0, first)).not.toMatch(/^##/m);
	});

	it('is where every reader’s self-harm step in “I’m worried about a post” leads staff', () => {
		const { steps } = wordedHelper('worried-about-a-post');
		const staffStep = worriedHelper.groups.staff.find((id) => id === 'staff-self-harm')!;
		const links = segments(steps[staffStep]!.text, '/').flatMap((s) => (s.href ? [s.href] : []));
		expect(links.some((href) => href.includes('staff/suicide-and-self-harm'))).toBe(true);
		expect(links).toContain('tel:999');
	});
});
