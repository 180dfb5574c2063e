import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countCombinations, eachCombination, type Helper } from '../../src/lib/guidance';
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
	it('has a page that shows it', () => {
		expect(readFileSync(`content/docs/${page}.mdx`, 'utf8')).toContain(
			`<DecisionHelper helper="${id}" />`
		);
	});

	// One pass over every combination of answers (for "I'm worried about a post", over a million): each gives steps,
	// none twice, each naming its policy section or guidance, urgent steps first, and only the reader's own group.
	it('gives every combination of answers its steps: none twice, each with its policy or guidance, urgent first, the reader’s own', () => {
		const grouped = (helper as Helper).groups ? questions[0]! : undefined;
		const own = new Map(groups.map((group) => [group.id, new Set(group.steps)]));
		const cited = new Set(
			Object.keys(steps).filter(
				(step) => steps[step]!.policy || steps[step]!.guidance || steps[step]!.references.length
			)
		);
		const urgent = new Set(Object.keys(steps).filter((step) => steps[step]!.urgent));
		const reached = new Set<string>();
		const failures: string[] = [];
		let count = 0;
		for (const answers of eachCombination(questions)) {
			count++;
			const result = decide(answers);
			const why = (problem: string) =>
				failures.length < 5 && failures.push(`${problem}: ${JSON.stringify(answers)}`);
			if (result.length === 0) why('no steps');
			if (new Set(result).size !== result.length) why('a step twice');
			for (const step of result) {
				reached.add(step);
				if (!cited.has(step)) why(`${step} names no policy section or guidance`);
			}
			const firstOrdinary = result.findIndex((step) => !urgent.has(step));
			if (firstOrdinary >= 0 && result.slice(firstOrdinary).some((step) => urgent.has(step)))
				why('an urgent step after an ordinary one');
			if (grouped) {
				const mine = own.get(answers[grouped.id] as string)!;
				if (result.some((step) => !mine.has(step))) why('another reader’s step');
			}
		}
		expect(failures).toEqual([]);
		expect(count).toBe(countCombinations(questions));
		expect([...reached].sort(), 'every step can be reached').toEqual(Object.keys(steps).sort());
		// About 45 s on one core (every combination of every helper): a guard against a rule that never ends, with room
		// for a busy machine.
	}, 300_000);

	it('lists every step under a reader, one heading for each answer to the first question, if it groups them', () => {
		if (!(helper as Helper).groups) return;
		const [question] = questions;
		expect(groups.map((group) => group.id)).toEqual(
			question!.options.map((option) => option.value)
		);
		expect([...new Set(groups.flatMap((group) => group.steps))].sort()).toEqual(
			Object.keys(steps).sort()
		);
	});

	it.each(Object.entries(steps).map(([step, words]) => [step, words] as const))(
		'step %s quotes the policy word for word and links to a real section',
		(_step, words) => {
			if (words.quote) expect(source).toContain(normalise(words.quote));
			if (words.policy) expect(anchorsOf(words.policy.page)).toContain(words.policy.anchor);
			if (words.guidance) expect(words.guidance.url).toMatch(/^https:\/\//);
			for (const reference of words.references) expect(reference.url).toMatch(/^https:\/\//);
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
