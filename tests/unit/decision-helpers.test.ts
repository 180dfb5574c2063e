import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { everyCombination, wordHelper } from '../../src/lib/guidance';
import { school } from '../../src/school';
import { concernWording, connectWording, worriedWording } from '../../src/wording';
import { decideWorried, worriedHelper, type WorriedAnswers } from '../../src/lib/worried-about-a-post';
import { connectHelper, decideConnect, type ConnectAnswers } from '../../src/lib/connect-online';
import { concernHelper, decideConcern, type ConcernAnswers } from '../../src/lib/concern-about-the-school';
import { anchorsOf } from '../support/anchors';
import { policySourcePath } from '../../src/school-settings-path.mjs';

const worried = wordHelper(worriedHelper, worriedWording);
const connect = wordHelper(connectHelper, connectWording);
const concern = wordHelper(concernHelper, concernWording);
const normalise = (text: string) => text.replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim();
const source = normalise(readFileSync(policySourcePath(), 'utf8'));

const helpers = [
	{ name: 'I’m worried about a post', ...worried, decide: (a: Record<string, string>) => decideWorried(a as WorriedAnswers) as string[] },
	{ name: 'Can we connect online?', ...connect, decide: (a: Record<string, string>) => decideConnect(a as ConnectAnswers) as string[] },
	{ name: 'I have a concern about the school', ...concern, decide: (a: Record<string, string>) => decideConcern(a as ConcernAnswers) as string[] },
];

describe.each(helpers)('$name', ({ questions, steps, decide }) => {
	const combinations = everyCombination(questions);

	it('has an answer for every combination of answers, each step naming its policy section', () => {
		expect(combinations.length).toBe(questions.reduce((count, question) => count * question.options.length, 1));
		for (const answers of combinations) {
			const result = decide(answers);
			expect(result.length, JSON.stringify(answers)).toBeGreaterThan(0);
			for (const id of result) expect(steps[id]?.policy.label, id).toBeTruthy();
			expect(new Set(result).size, JSON.stringify(answers)).toBe(result.length);
		}
	});

	it('puts any urgent step first', () => {
		for (const answers of combinations) {
			const result = decide(answers);
			const urgent = result.filter((id) => steps[id]!.urgent);
			expect(result.slice(0, urgent.length)).toEqual(urgent);
		}
	});

	it('can reach every step', () => {
		const reached = new Set(combinations.flatMap((answers) => decide(answers)));
		expect([...reached].sort()).toEqual(Object.keys(steps).sort());
	});

	it.each(Object.entries(steps).map(([id, step]) => [id, step] as const))('step %s quotes the policy word for word and links to a real section', (_id, step) => {
		if (step.quote) expect(source).toContain(normalise(step.quote));
		expect(anchorsOf(step.policy.page)).toContain(step.policy.anchor);
	});
});

describe('safety first', () => {
	it('whenever a post may be an indecent image of a child, the first step is not to copy, screenshot, forward or save it, then to tell the DSL', () => {
		for (const answers of everyCombination(worried.questions).filter((a) => a['kind'] === 'child-image')) {
			expect(decideWorried(answers as WorriedAnswers).slice(0, 2)).toEqual(['do-not-share', 'tell-dsl']);
		}
		expect(worried.steps['do-not-share']!.title).toBe('Do not copy, screenshot, forward or save it');
	});

	it('involves the police for a post that may be illegal or dangerous', () => {
		expect(decideWorried({ reporter: 'staff', poster: 'outsider', kind: 'illegal' })).toContain('police');
	});

	it('asks for deletion of an abusive post by a member of the school community, and reports a third party’s to the platform', () => {
		expect(decideWorried({ reporter: 'staff', poster: 'parent', kind: 'bullying' })).toContain('request-deletion');
		expect(decideWorried({ reporter: 'staff', poster: 'outsider', kind: 'bullying' })).toEqual(expect.arrayContaining(['report-to-platform', 'posh']));
	});
});

describe('connecting online', () => {
	it('does not allow a pupil’s friend request to a teacher, and reports it to the DSL', () => {
		expect(decideConnect({ from: 'pupil', to: 'adult', action: 'friend-request', family: 'no' })).toEqual(['not-allowed', 'report-to-dsl']);
	});

	it('discourages following, forbids staff following pupils, and reports a staff member’s attempt to the Headteacher', () => {
		expect(decideConnect({ from: 'pupil', to: 'adult', action: 'follow', family: 'no' })).toEqual(['discouraged']);
		expect(decideConnect({ from: 'staff', to: 'pupil', action: 'follow', family: 'no' })).toEqual(['must-not-follow', 'report-to-head']);
	});

	it('allows a declared family link only with the Headteacher’s approval', () => {
		expect(decideConnect({ from: 'volunteer', to: 'pupil', action: 'message', family: 'yes' })).toEqual(['not-allowed', 'exception']);
	});
});

describe('a concern about the school', () => {
	it('goes to the school privately first, then the complaints procedure', () => {
		expect(decideConcern({ kind: 'decision', tried: 'no', remote: 'no' })[0]).toBe('contact-privately');
		expect(decideConcern({ kind: 'decision', tried: 'yes', remote: 'no' })[0]).toBe('complaints');
		expect(concern.steps['complaints']!.text).toContain(school.complaintsProcedure.url);
	});
});
