import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseListFile } from '../../src/lib/data-file';
import { decidePost } from '../../src/lib/posting-rules';
import { scenarioSchema } from '../../src/schemas/scenario';

const text = readFileSync('content/data/scenarios.yaml', 'utf8');
const scenarios = parseListFile(text, scenarioSchema, 'scenarios.yaml');

describe('the quiz scenarios', () => {
	it('number at least 18, with at least 8 in each age band', () => {
		expect(scenarios.length).toBeGreaterThanOrEqual(18);
		expect(scenarios.filter((s) => s.band === '9-11').length).toBeGreaterThanOrEqual(8);
		expect(scenarios.filter((s) => s.band === '11-16').length).toBeGreaterThanOrEqual(8);
	});

	it.each(scenarios.map((scenario) => [scenario.id, scenario] as const))('%s: the policy’s rules give the authored answer', (_id, scenario) => {
		expect(decidePost(scenario.facts).verdict).toBe(scenario.answer);
	});
});

describe('the scenario schema', () => {
	const valid = `- id: x
  band: "9-11"
  title: T
  prompt: P
  facts: { showsOthers: true }
  answer: ask-first
  remember: R
  choices:
    - { verdict: post, text: a, feedback: f }
    - { verdict: ask-first, text: b, feedback: f }
`;
	it('accepts a well-formed scenario', () => {
		expect(parseListFile(valid, scenarioSchema, 's.yaml')).toHaveLength(1);
	});

	it('rejects a scenario with no best answer, naming it', () => {
		expect(() => parseListFile(valid.replace('answer: ask-first', 'answer: dont-post'), scenarioSchema, 's.yaml')).toThrow(/entry "x": "choices": must have exactly one best choice/);
	});

	it('rejects two best answers', () => {
		expect(() => parseListFile(valid.replace('verdict: post,', 'verdict: ask-first,'), scenarioSchema, 's.yaml')).toThrow(/exactly one best choice/);
	});

	it('rejects a choice without feedback', () => {
		expect(() => parseListFile(valid.replace('text: a, feedback: f', 'text: a'), scenarioSchema, 's.yaml')).toThrow(/entry "x": "choices\[0\]\.feedback": every choice needs feedback/);
	});

	it('rejects a fact the rules do not know', () => {
		expect(() => parseListFile(valid.replace('showsOthers', 'isFunny'), scenarioSchema, 's.yaml')).toThrow(/entry "x": "facts/);
	});
});
