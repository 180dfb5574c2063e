import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseListFile } from '../../src/lib/data-file';
import { answer, answerFor, checkPost, kindFor, nextQuestion, reasonLinks, type Answers } from '../../src/lib/before-you-post';
import type { PostFacts } from '../../src/lib/posting-rules';
import { scenarioSchema } from '../../src/schemas/scenario';
import { postingRulesWording as wording } from '../../src/wording';
import { facts, ruleOf, verdictOf, wordReason } from '../../src/lib/posting-rules';
import { pupilPages } from '../support/pages';
import { names } from '../../src/school';

const scenarios = parseListFile(readFileSync('content/data/scenarios.yaml', 'utf8'), scenarioSchema, 'scenarios.yaml');

/** How many questions "Before you post" asks a pupil about a post, answering as its facts say, and its verdict. */
function questionsFor(post: PostFacts) {
	let answers: Answers = {};
	let count = 0;
	for (let question = nextQuestion(answers, 'pupils', wording); question && count < 30; question = nextQuestion(answers, 'pupils', wording)) {
		answers = answer(answers, question, answerFor(post, question));
		count++;
	}
	return { count, verdict: checkPost(answers, 'pupils', wording).verdict };
}

describe('Before you post, across the scenario bank', () => {
	const runs = scenarios.map((scenario) => ({ id: scenario.id, answer: scenario.answer, kind: kindFor(scenario.facts), ...questionsFor(scenario.facts) }));

	it('has a kind of post whose questions cover every scenario’s facts', () => {
		for (const run of runs) expect(run.kind, `${run.id}: no kind of post in src/lib/before-you-post.ts asks about all its facts`).toBeDefined();
	});

	it('reaches every scenario’s answer', () => {
		for (const run of runs) expect(run.verdict, run.id).toBe(run.answer);
	});

	it('asks at most 5 questions on average, and never more than 8', () => {
		const counts = runs.map((run) => run.count);
		const mean = counts.reduce((a, b) => a + b, 0) / counts.length;
		const max = Math.max(...counts);
		console.log(`Before you post: ${counts.length} scenarios, mean ${mean.toFixed(2)} questions, max ${max} (${runs.filter((run) => run.count === max).map((run) => run.id).join(', ')})`);
		expect(mean).toBeLessThanOrEqual(5);
		expect(max).toBeLessThanOrEqual(8);
	});
});

describe('the posting rules’ help pages', () => {
	it('are pages written for pupils, and the rules about harm from others name one', () => {
		const forPupils = pupilPages();
		for (const fact of facts) {
			const help = wording.rules[fact].help;
			if (help) expect(forPupils, `rules.${fact}.help.page: ${help.page} is not a page for pupils`).toContain(help.page);
		}
		for (const fact of ['unsafeContact', 'onlyKnownOnline', 'sexualImage'] as const) expect(wording.rules[fact].help, fact).toBeDefined();
	});

	it('show a pupil told to tell an adult only the page of help, never a policy section first (breaches and sanctions)', () => {
		const telling = facts.filter((fact) => verdictOf(fact, 'pupils') === 'tell-adult');
		expect(telling.length).toBeGreaterThan(0);
		for (const fact of telling) {
			const reason = wordReason({ fact, verdict: 'tell-adult' }, 'pupils', wording);
			expect(reason.help, `rules.${fact}.help: a tell-adult rule needs a page of help for pupils`).toBeDefined();
			expect(reasonLinks(reason, 'pupils'), fact).toEqual(['help']);
		}
		// And for a sixth-former (16 to 18), whose words may differ.
		for (const fact of facts.filter((f) => verdictOf(f, 'pupils', '16-18') === 'tell-adult')) {
			const reason = wordReason({ fact, verdict: 'tell-adult' }, 'pupils', wording, '16-18');
			expect(reasonLinks(reason, 'pupils'), fact).toEqual(['help']);
		}
		// Something risky the pupil would rather not name: the same.
		const unnamed = checkPost({ kind: 'photo', yes: { danger: true }, ticked: { dangerWhich: [] } }, 'pupils', wording).reasons[0]!;
		expect(unnamed.fact).toBe('unnamed');
		expect(reasonLinks(unnamed, 'pupils')).toEqual(['help']);
	});
});

describe('the posting rules for the sixth form', () => {
	it('word every rule whose verdict differs at 16 to 18 for a sixth-former, so that "think again" never comes with a younger pupil’s "tell an adult" advice', () => {
		const differing = facts.filter((fact) => ruleOf(fact).sixteenPlus !== undefined);
		expect(differing.length).toBeGreaterThan(0);
		for (const fact of differing) {
			expect(verdictOf(fact, 'pupils', '16-18'), fact).not.toBe(verdictOf(fact, 'pupils', '11-16'));
			expect(wording.rules[fact].sixteenPlus, `rules.${fact}.sixteenPlus`).toBeDefined();
		}
		// A route to the {dsl} stays in the sixth form's words wherever a child may be at risk.
		for (const fact of facts) {
			const older = wording.rules[fact].sixteenPlus;
			if (older && verdictOf(fact, 'pupils') === 'tell-adult') expect(older.instead, fact).toContain(names.dsl);
		}
	});
});
