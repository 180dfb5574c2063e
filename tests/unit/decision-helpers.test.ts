import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { everyCombination, type Helper } from '../../src/lib/guidance';
import { decisionHelpers } from '../../src/lib/decision-helpers';
import { wordedHelper } from '../../src/decision-helpers';
import { plainText } from '../../src/lib/rich-text';
import { school } from '../../src/school';
import { decideConnect } from '../../src/lib/connect-online';
import { decideConcern } from '../../src/lib/concern-about-the-school';
import { anchorsOf } from '../support/anchors';
import { policySourcePath } from '../../src/school-settings-path.mjs';

const normalise = (text: string) => text.replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim();
const source = normalise(readFileSync(policySourcePath(), 'utf8'));

const helpers = decisionHelpers.map((entry) => ({ ...entry, ...wordedHelper(entry.id) }));

describe.each(helpers)('$id', ({ id, helper, questions, steps, groups, decide, page }) => {
	const combinations = everyCombination(questions);

	it('has a page that shows it', () => {
		expect(readFileSync(`content/docs/${page}.mdx`, 'utf8')).toContain(
			`<DecisionHelper helper="${id}" />`
		);
	});

	it('has an answer for every combination of answers, each step naming its policy section or guidance', () => {
		expect(combinations.length).toBe(
			questions.reduce((count, question) => count * question.options.length, 1)
		);
		for (const answers of combinations) {
			const result = decide(answers);
			expect(result.length, JSON.stringify(answers)).toBeGreaterThan(0);
			for (const step of result)
				expect(steps[step]?.policy?.label ?? steps[step]?.guidance?.label, step).toBeTruthy();
			expect(new Set(result).size, JSON.stringify(answers)).toBe(result.length);
		}
	});

	it('puts any urgent step first', () => {
		for (const answers of combinations) {
			const result = decide(answers);
			const urgent = result.filter((step) => steps[step]!.urgent);
			expect(result.slice(0, urgent.length), JSON.stringify(answers)).toEqual(urgent);
		}
	});

	it('can reach every step', () => {
		const reached = new Set(combinations.flatMap((answers) => decide(answers)));
		expect([...reached].sort()).toEqual(Object.keys(steps).sort());
	});

	it('gives each reader only their own group’s steps, if it groups them', () => {
		if (!(helper as Helper).groups) return;
		const [question] = questions;
		expect(groups.map((group) => group.id)).toEqual(
			question!.options.map((option) => option.value)
		);
		expect(groups.flatMap((group) => group.steps).sort()).toEqual(Object.keys(steps).sort());
		for (const answers of combinations) {
			const own = groups.find((group) => group.id === answers[question!.id])!.steps;
			expect(
				decide(answers).filter((step) => !own.includes(step)),
				JSON.stringify(answers)
			).toEqual([]);
		}
	});

	it.each(Object.entries(steps).map(([step, words]) => [step, words] as const))(
		'step %s quotes the policy word for word and links to a real section',
		(_step, words) => {
			if (words.quote) expect(source).toContain(normalise(words.quote));
			if (words.policy) expect(anchorsOf(words.policy.page)).toContain(words.policy.anchor);
			if (words.guidance) expect(words.guidance.url).toMatch(/^https:\/\//);
		}
	);

	it('never writes a role title the school’s settings give, so another school’s titles are used', () => {
		const file = readFileSync(decisionHelpers.find((entry) => entry.id === id)!.wording, 'utf8');
		for (const role of Object.values(school.roles))
			expect(file).not.toMatch(new RegExp(`\\b${role.long.replace(/[/]/g, '\\/')}\\b`));
		expect(file).not.toMatch(/\bHeadteacher\b/);
		expect(plainText(JSON.stringify(steps))).not.toMatch(/\{\w+\}/);
	});
});

describe('connecting online', () => {
	it('does not allow a pupil’s friend request to a teacher, and reports it to the DSL', () => {
		expect(
			decideConnect({ from: 'pupil', to: 'adult', action: 'friend-request', family: 'no' })
		).toEqual(['not-allowed', 'report-to-dsl']);
	});

	it('discourages following, forbids staff following pupils, and reports a staff member’s attempt to the Headteacher', () => {
		expect(decideConnect({ from: 'pupil', to: 'adult', action: 'follow', family: 'no' })).toEqual([
			'discouraged',
		]);
		expect(decideConnect({ from: 'staff', to: 'pupil', action: 'follow', family: 'no' })).toEqual([
			'must-not-follow',
			'report-to-head',
		]);
	});

	it('allows a declared family link only with the Headteacher’s approval', () => {
		expect(
			decideConnect({ from: 'volunteer', to: 'pupil', action: 'message', family: 'yes' })
		).toEqual(['not-allowed', 'exception']);
	});
});

describe('a concern about the school', () => {
	const concern = wordedHelper('concern-about-the-school');

	it('goes to the school privately first, then the complaints procedure, named as a link', () => {
		expect(decideConcern({ kind: 'decision', tried: 'no', remote: 'no' })[0]).toBe(
			'contact-privately'
		);
		expect(decideConcern({ kind: 'decision', tried: 'yes', remote: 'no' })[0]).toBe('complaints');
		expect(concern.steps['complaints']!.text).toContain(`(${school.complaintsProcedure.url})`);
		expect(plainText(concern.steps['complaints']!.text)).not.toContain(
			school.complaintsProcedure.url
		);
	});
});
