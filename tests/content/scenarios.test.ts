import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseListFile } from '../../src/lib/data-file';
import { decidePost } from '../../src/lib/posting-rules';
import { bands, scenarioSchema } from '../../src/schemas/scenario';
import { coverage, riskAreas, strands } from '../../src/lib/frameworks';

const text = readFileSync('content/data/scenarios.yaml', 'utf8');
const scenarios = parseListFile(text, scenarioSchema, 'scenarios.yaml');

describe('the quiz scenarios', () => {
	it('number at least 18 in each age band', () => {
		for (const band of bands) expect(scenarios.filter((s) => s.band === band).length, band).toBeGreaterThanOrEqual(18);
	});

	it('cover the topics the 2025 guidance adds, in each band, and every KCSIE risk area', () => {
		const has = (band: string, pattern: RegExp) => scenarios.some((s) => s.band === band && pattern.test(`${s.title} ${s.prompt}`));
		for (const band of bands) {
			expect(has(band, /chatbot|AI companion/i), `${band}: AI chatbots`).toBe(true);
			expect(has(band, /free|log in|scam/i), `${band}: scams`).toBe(true);
			expect(has(band, /game chat|in a game|voice chat/i), `${band}: strangers in game chat`).toBe(true);
			expect(has(band, /AI|isn’t real|rumour|shares/i), `${band}: misinformation and fakes`).toBe(true);
			for (const risk of riskAreas) expect(scenarios.some((s) => s.band === band && s.risks.includes(risk)), `${band}: ${risk}`).toBe(true);
		}
		expect(has('11-16', /nudify|nude/i), 'deepfakes and nudification').toBe(true);
		expect(has('11-16', /unless you pay/i), 'sextortion').toBe(true);
		expect(has('11-16', /influencer/i), 'misogynistic influencers').toBe(true);
		const sextortion = scenarios.find((s) => /unless you pay/i.test(s.prompt))!;
		expect(JSON.stringify(sextortion)).toMatch(/CEOP/);
		expect(JSON.stringify(sextortion)).toMatch(/Report Remove/);
	});

	it('are each tagged with framework strands, and together cover at least six of the eight', () => {
		const covered = coverage(strands, scenarios.map((s) => ({ tags: s.strands })));
		console.log('Scenarios per strand:', covered);
		expect(Object.values(covered).filter((count) => count > 0).length).toBeGreaterThanOrEqual(6);
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
  discuss: D
  teacherNotes: { why: W, ask: [Q1, Q2] }
  strands: [online-relationships]
  risks: [conduct]
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

	it('rejects teacher notes without two questions, and an unknown strand, naming them', () => {
		expect(() => parseListFile(valid.replace('ask: [Q1, Q2]', 'ask: [Q1]'), scenarioSchema, 's.yaml')).toThrow(/entry "x": "teacherNotes\.ask/);
		expect(() => parseListFile(valid.replace('[online-relationships]', '[friendship]'), scenarioSchema, 's.yaml')).toThrow(/entry "x": "strands\[0\]": must be one of/);
	});

	it('rejects a fact the rules do not know', () => {
		expect(() => parseListFile(valid.replace('showsOthers', 'isFunny'), scenarioSchema, 's.yaml')).toThrow(/entry "x": "facts/);
	});
});
