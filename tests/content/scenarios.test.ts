import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseListFile } from '../../src/lib/data-file';
import { decidePost, facts, wordReason, type Fact } from '../../src/lib/posting-rules';
import { bandsOf, bestChoice, bestIndex, gentleOrder, quizSet } from '../../src/lib/quiz';
import { scenarioSchema } from '../../src/schemas/scenario';
import { coverage, riskAreas, strands } from '../../src/lib/frameworks';
import { lessonSchema } from '../../src/schemas/lesson';
import { postingRulesWording as wording } from '../../src/wording';
import { pupilPages } from '../support/pages';

const scenarios = parseListFile(readFileSync('content/data/scenarios.yaml', 'utf8'), scenarioSchema, 'scenarios.yaml');
const lessons = parseListFile(readFileSync('content/data/lessons.yaml', 'utf8'), lessonSchema, 'lessons.yaml');
/** The bands, read from the scenarios themselves. */
const bands = bandsOf(scenarios);
const inBand = (band: string) => scenarios.filter((s) => s.band === band);
const has = (band: string, fact: Fact) => inBand(band).some((s) => s.facts[fact]);

/** Where a scenario's feedback links: its own link, or the policy section of the rule that decides its answer. */
const linkOf = (scenario: (typeof scenarios)[number]) =>
	scenario.link ?? wordReason(decidePost(scenario.facts, 'pupils', scenario.band).reasons[0]!, 'pupils', wording).policy.page;

describe('the quiz scenarios', () => {
	// The first two bands' full quizzes keep their 18 or more; a band added later (16-18, for sixth-formers) needs at
	// least six, as many as its lesson can use.
	it('number at least 18 for ages 9 to 11 and 11 to 16, at least 6 in every band, and a lesson for every band', () => {
		for (const band of ['9-11', '11-16']) expect(inBand(band).length, band).toBeGreaterThanOrEqual(18);
		for (const band of bands) expect(inBand(band).length, band).toBeGreaterThanOrEqual(6);
		expect(bands).toContain('16-18');
		expect(lessons.map((lesson) => lesson.id).sort()).toEqual([...bands].sort());
	});

	it('keep the heaviest out of a pupil’s own quiz, leaving enough in every band to start gently and build', () => {
		for (const band of bands) {
			const own = quizSet(inBand(band));
			expect(own.every((s) => s.intensity < 3), band).toBe(true);
			expect(own.length, band).toBeGreaterThanOrEqual(5);
			expect(inBand(band).length - own.length, `${band}: heavier scenarios for a lesson`).toBeGreaterThan(0);
		}
	});

	it.each(scenarios.map((scenario) => [scenario.id, scenario] as const))('%s: the policy’s rules give the authored answer', (_id, scenario) => {
		expect(decidePost(scenario.facts, 'pupils', scenario.band).verdict, `the rules (src/lib/posting-rules.ts) decide ${JSON.stringify(scenario.facts)}`).toBe(scenario.answer);
	});

	it('cover the risks the 2025 guidance adds, by their facts, in each band, and every KCSIE risk area', () => {
		for (const band of bands) {
			for (const fact of ['scam', 'unsafeContact', 'untrue', 'personalDetails', 'showsOthers', 'unkind'] as const) expect(has(band, fact), `${band}: ${fact}`).toBe(true);
			for (const risk of riskAreas) expect(inBand(band).some((s) => s.risks.includes(risk)), `${band}: ${risk}`).toBe(true);
		}
		expect(has('11-16', 'sexualImage'), '11-16: sexual images, real or AI-made').toBe(true);
		expect(has('11-16', 'illegalOrHateful'), '11-16: hate, extremism and misogyny').toBe(true);
		expect(inBand('11-16').some((s) => s.facts.sexualImage && s.facts.unsafeContact), '11-16: sextortion').toBe(true);
		// Sixth-formers: image-based abuse (AI-made too), sextortion, gambling, misinformation and extremism, their
		// digital footprint, a partner's control (passwords, location), and location while driving.
		expect(inBand('16-18').some((s) => s.facts.sexualImage && s.facts.unkind), '16-18: image-based abuse').toBe(true);
		expect(inBand('16-18').some((s) => s.facts.sexualImage && s.facts.unsafeContact), '16-18: sextortion').toBe(true);
		expect(inBand('16-18').some((s) => s.facts.untrue && s.facts.illegalOrHateful), '16-18: misinformation and extremism').toBe(true);
		expect(inBand('16-18').some((s) => s.facts.underAge && s.risks.includes('commerce')), '16-18: gambling').toBe(true);
		expect(inBand('16-18').some((s) => s.facts.revealsLocation && s.facts.personalDetails), '16-18: a partner asking for location and passwords').toBe(true);
	});

	it('are each tagged with framework strands, and together cover at least six of the eight', () => {
		const covered = coverage(strands, scenarios.map((s) => ({ tags: s.strands })));
		expect(Object.values(covered).filter((count) => count > 0).length).toBeGreaterThanOrEqual(6);
	});
});

describe('the quiz’s choices make pupils think', () => {
	const figures = bands.map((band) => {
		const list = inBand(band);
		const longest = list.filter((s) => {
			const lengths = s.choices.map((c) => c.text.length);
			return lengths[bestIndex(s)] === Math.max(...lengths);
		}).length;
		const positions = [0, 1, 2, 3].map((i) => list.filter((s) => bestIndex(s) === i).length);
		return { band, count: list.length, longest, positions };
	});
	console.log(
		figures
			.map(({ band, count, longest, positions }) => `${band}: best answer the longest in ${longest} of ${count} (${Math.round((100 * longest) / count)}%); best answers at A–D: ${positions.join(', ')}`)
			.join('\n')
	);

	it.each(figures.map((f) => [f.band, f] as const))('%s: the best answer is the longest in at most 40% of scenarios', (_band, { count, longest }) => {
		expect(longest / count).toBeLessThanOrEqual(0.4);
	});

	it.each(bands.map((band) => [band] as const))('%s: the best answer is the shortest in at most 40% of scenarios', (band) => {
		const list = inBand(band);
		const shortest = list.filter((s) => {
			// Shorter than every other choice (a tie gives nothing away).
			const best = s.choices[bestIndex(s)]!.text.length;
			return s.choices.every((c, i) => i === bestIndex(s) || c.text.length > best);
		});
		expect(shortest.length / list.length, shortest.map((s) => s.id).join(', ')).toBeLessThanOrEqual(0.4);
	});

	// Words that give a "tell an adult" answer away when only the best answer uses them.
	const helpWords = /\b(tell|report|adult|teacher|parent|police)\b/i;
	it('in scenarios whose best answer names an adult or reporting, it is seldom the only choice that does ("pick the one with an adult" must not win)', () => {
		const telling = scenarios.filter((s) => helpWords.test(bestChoice(s).text));
		const alone = telling.filter((s) => s.choices.filter((c) => helpWords.test(c.text)).length === 1);
		console.log(`Scenarios where only the best answer names an adult or reporting: ${alone.length} of ${telling.length} whose best answer does`);
		expect(alone.length / telling.length, alone.map((s) => s.id).join(', ')).toBeLessThanOrEqual(0.2);
	});

	it.each(figures.map((f) => [f.band, f] as const))('%s: the best answers are not mostly in one position', (_band, { count, positions }) => {
		expect(Math.max(...positions) / count).toBeLessThanOrEqual(0.5);
	});

	it.each(scenarios.map((s) => [s.id, s] as const))('%s: its choices are of similar length, at least three, and each has its own feedback', (_id, scenario) => {
		const lengths = scenario.choices.map((c) => c.text.length);
		expect(scenario.choices.length).toBeGreaterThanOrEqual(3);
		expect(Math.max(...lengths) / Math.min(...lengths), `choice lengths ${lengths.join(', ')}`).toBeLessThanOrEqual(1.8);
		expect(new Set(scenario.choices.map((c) => c.feedback)).size).toBe(scenario.choices.length);
	});
});

describe('the quiz’s order', () => {
	it('has everyday scenarios in each band to start gently', () => {
		for (const band of bands) expect(inBand(band).filter((s) => s.intensity === 1).length, band).toBeGreaterThanOrEqual(3);
	});

	it('never opens a shuffled quiz with a heavy topic', () => {
		for (const band of bands)
			for (const seed of [0, 0.3, 0.6, 0.99]) expect(gentleOrder(inBand(band), () => seed)[0]!.intensity, band).toBe(1);
	});

	it.each(lessons.map((lesson) => [lesson.id, lesson] as const))('lesson %s: lists its scenarios lightest first', (_id, lesson) => {
		const levels = lesson.scenarios.map((id) => scenarios.find((s) => s.id === id)!.intensity);
		expect(levels).toEqual([...levels].sort());
	});
});

describe('the quiz’s links', () => {
	const forPupils = pupilPages();

	it.each(scenarios.map((s) => [s.id, s] as const))('%s: the feedback links to a page written for pupils', (_id, scenario) => {
		expect(forPupils, `${linkOf(scenario)} is not a page whose audiences include pupils`).toContain(linkOf(scenario));
	});

	it('link a scenario about being harmed to a help page, never to the policy', () => {
		for (const scenario of scenarios.filter((s) => s.answer === 'tell-adult')) {
			expect(scenario.link, scenario.id).toBeDefined();
			expect(scenario.link!.startsWith('policy/'), scenario.id).toBe(false);
		}
	});

	it('know every fact the rules know', () => {
		for (const scenario of scenarios) for (const fact of Object.keys(scenario.facts)) expect([...facts, 'othersAgreed', 'publicAccount']).toContain(fact);
	});
});

describe('the scenario schema', () => {
	const valid = `- id: x
  band: "9-11"
  intensity: 1
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

	it('rejects a fact the rules do not know, a missing intensity and a link that is not a page', () => {
		expect(() => parseListFile(valid.replace('showsOthers', 'isFunny'), scenarioSchema, 's.yaml')).toThrow(/entry "x": "facts/);
		expect(() => parseListFile(valid.replace('  intensity: 1\n', ''), scenarioSchema, 's.yaml')).toThrow(/entry "x": "intensity"/);
		expect(() => parseListFile(valid.replace('  remember: R\n', '  remember: R\n  link: https://example.com\n'), scenarioSchema, 's.yaml')).toThrow(/entry "x": "link": must be a page of this site/);
	});
});
