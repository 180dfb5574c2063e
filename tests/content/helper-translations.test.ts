import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { decisionHelper, decisionHelpers } from '../../src/lib/decision-helpers';
import { scopedHelper } from '../../src/lib/helper-translation';
import { languageCodes, type LanguageCode } from '../../src/lib/translation-languages';
import { helperWordings } from '../../src/decision-helpers';
import { translatedHelper } from '../../src/decision-helper-translations';
import { parseObjectFile } from '../../src/lib/data-file';
import { translatedHelperSchema } from '../../src/schemas/decision-helper-translation';

/** Every decision helper's words file in another language: content/data/<helper>.<language>.yaml. */
const files = readdirSync('content/data').flatMap((name) => {
	const match = /^(.+)\.([a-z]+)\.yaml$/.exec(name);
	const entry = decisionHelpers.find(({ id }) => id === match?.[1]);
	const language = languageCodes.find((code) => code === match?.[2]);
	return entry && language ? [{ file: `content/data/${name}`, id: entry.id, language }] : [];
});

const keysOf = (value: unknown, at = ''): string[] =>
	value && typeof value === 'object'
		? Object.entries(value).flatMap(([key, inner]) => keysOf(inner, at ? `${at}.${key}` : key))
		: [at];

/** The [link](address) addresses in a text: a translation keeps every one (CEOP, IWF, Childline …). */
const addresses = (text: string) => [...text.matchAll(/\]\(([^)]+)\)/g)].map((m) => m[1]).sort();
/** The school's names written {dsl}, {officePhone} …, less the word for its learners (a language says its own). */
const names = (text: string) =>
	[...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))]
		.filter((name) => !/^(learners?|Learners?)$/.test(name))
		.sort();
/** Phone numbers (999, 101, 0808 800 5000 …), which a translation keeps as they are. */
const numbers = (text: string) => [...text.matchAll(/\b\d{3}(?: ?\d{3,4})*\b/g)].map((m) => m[0]).sort();

describe('the decision helpers in other languages', () => {
	it('has the concern helper and the parents’ routes in Polish, Urdu and Arabic', () => {
		for (const language of ['pl', 'ur', 'ar'] as const)
			for (const id of ['concern-about-the-school', 'worried-about-a-post'] as const)
				expect(files).toContainEqual(expect.objectContaining({ id, language }));
	});

	describe.each(files)('$file', ({ file, id, language }) => {
		const entry = decisionHelper(id);
		const helper = scopedHelper(entry.helper, entry.translated!);
		const words = parseObjectFile(readFileSync(file, 'utf8'), translatedHelperSchema(helper), file);
		const english = helperWordings[id];

		it('matches the English keys: every question and answer the page asks, no step it cannot give', () => {
			expect(keysOf(words.questions).sort()).toEqual(
				keysOf(
					Object.fromEntries(Object.keys(helper.questions).map((q) => [q, english.questions[q]]))
				).sort()
			);
			for (const step of Object.keys(words.steps)) expect(helper.steps).toContain(step);
		});

		it('keeps each step’s links, phone numbers and school names as in English', () => {
			const raw = parse(readFileSync(`content/data/${id}.yaml`, 'utf8')) as {
				steps: Record<string, { text: string; title: string }>;
			};
			for (const [step, own] of Object.entries(words.steps)) {
				const source = raw.steps[step]!;
				expect(addresses(own!.text), `${step} links`).toEqual(addresses(source.text));
				expect(numbers(own!.text), `${step} numbers`).toEqual(numbers(source.text));
				expect(names(`${own!.title} ${own!.text}`), `${step} names`).toEqual(
					names(`${source.title} ${source.text}`)
				);
			}
		});

		it('gives the widget the English helper’s steps, in its order, each translated or marked as English', () => {
			const { steps, questions, fixed } = translatedHelper(id, language as LanguageCode);
			expect(Object.keys(steps)).toEqual([...helper.steps]);
			expect(questions.map((question) => question.id)).toEqual(Object.keys(helper.questions));
			for (const question of Object.keys(fixed)) expect(helper.questions).not.toHaveProperty(question);
			for (const [step, shown] of Object.entries(steps))
				expect(Boolean(shown.inEnglish), step).toBe(words.steps[step] === undefined);
		});
	});
});
