import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { school } from '../../src/school';
import { policySourcePath } from '../../src/school-settings-path.mjs';
import { anchorsOf } from '../support/anchors';

// The staff page "When you are targeted online": the policy's words where it quotes them, and the anchors the routes link to.
const page = readFileSync('content/docs/staff/when-you-are-targeted.mdx', 'utf8');
const normalise = (text: string) => text.replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim();
const source = normalise(readFileSync(policySourcePath(), 'utf8'));

describe('“When you are targeted online”', () => {
	it('quotes the policy word for word', () => {
		const quotes = [...page.matchAll(/^\s*> (.+)$/gm)].map(([, quote]) =>
			quote!.replace(/\{school\.shortName\}/g, school.shortName)
		);
		expect(quotes.length).toBeGreaterThanOrEqual(5);
		for (const quote of quotes) expect(source).toContain(normalise(quote));
	});

	it('has the sections the routes link to', () => {
		const wording = readFileSync('content/data/worried-about-a-post.yaml', 'utf8');
		const anchors = anchorsOf('staff/when-you-are-targeted');
		for (const [, anchor] of wording.matchAll(/staff\/when-you-are-targeted#([a-z-]+)/g))
			expect(anchors).toContain(anchor);
	});

	it('takes the DSL’s and the LADO’s details from the settings, never writes them', () => {
		const { dsl, lado } = school.safeguarding;
		for (const detail of [dsl.name, dsl.phone, lado.phone]) expect(page).not.toContain(detail);
		expect(page).toContain('<ContactLink id="dsl" show="phone" />');
		expect(page).toContain('<ContactLink id="lado" show="phone" />');
	});
});
