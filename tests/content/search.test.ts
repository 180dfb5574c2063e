import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { planQuery, stopWords, words } from '../../src/lib/search-query';
import { conceptSynonyms, readSearchSettings } from '../../src/search-settings';
import { parseObjectFile } from '../../src/lib/data-file';
import { fillNames } from '../../src/lib/school-names';
import { schoolSchema } from '../../src/schemas/school';
import { schoolNames } from '../../src/school';

const file = 'content/data/search.yaml';
const original = parse(readFileSync(file, 'utf8')) as Record<string, any>;
const read = () => structuredClone(original);
const check = (data: unknown) => () => readSearchSettings(stringify(data));

describe('the search box’s words in content/data/search.yaml', () => {
	const settings = readSearchSettings(readFileSync(file, 'utf8'));
	const synonyms = conceptSynonyms(settings);

	it('are valid', () => {
		expect(settings.suggestions.length).toBeGreaterThan(0);
		expect(settings.concepts.length).toBeGreaterThan(0);
		expect(synonyms.length).toBeGreaterThan(0);
	});

	it('list each word people type once, so that it maps to one thing', () => {
		const typed = synonyms.flatMap((synonym) => synonym.words);
		expect(typed.filter((word, index) => typed.indexOf(word) !== index)).toEqual([]);
	});

	it('name each concept once', () => {
		const names = settings.concepts.map(({ concept }) => concept);
		expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
	});

	it('map to words that carry meaning, which the search looks for', () => {
		for (const { means } of synonyms)
			expect(
				words(means).some((word) => !stopWords.has(word)),
				means
			).toBe(true);
		for (const { words: typed, means } of synonyms) {
			for (const phrase of typed)
				expect(planQuery(phrase, synonyms)[0]?.term, phrase).toBe(words(means).join(' '));
		}
	});

	it('find the school’s own word for its learners, whichever word is typed: “student posted a nude” is “pupil posted a nude”', () => {
		const settingsOf = (path: string) =>
			parseObjectFile(readFileSync(path, 'utf8'), schoolSchema, path);
		// The template says pupils; the other school's fixture says students.
		for (const school of [settingsOf('content/school.yaml'), settingsOf('tests/fixtures/other-school.yaml')]) {
			const filled = conceptSynonyms(fillNames(settings, schoolNames(school)), schoolNames(school).learner);
			const terms = (question: string) => planQuery(question, filled).map((concept) => concept.term);
			const own = school.learners.replace(/s$/, '');
			expect(terms('student posted a nude'), school.learners).toEqual([own, 'posted', 'indecent image']);
			expect(terms('pupil posted a nude'), school.learners).toEqual([own, 'posted', 'indecent image']);
			// The school's own word is searched as typed, not as a synonym of itself.
			expect(planQuery(own, filled)[0]?.synonym, school.learners).toBeUndefined();
		}
	});

	it('send a child at risk to pages that exist', () => {
		const routes = settings.concepts.flatMap(({ concept, route = [] }) =>
			route.map((slug) => [concept, slug] as const)
		);
		expect(routes.length).toBeGreaterThan(0);
		for (const [concept, slug] of routes)
			expect(
				existsSync(`content/docs/${slug}.mdx`) || existsSync(`content/docs/${slug}/index.mdx`),
				`${concept}: ${slug}`
			).toBe(true);
	});

	it('stop the build with a message naming the file, the concept and the field when something is wrong', () => {
		const upper = read();
		upper.concepts[0].synonyms[0].words[0] = 'Nudes';
		expect(check(upper)).toThrow(
			new RegExp(
				`content/data/search\\.yaml[\\s\\S]*concepts\\[0\\] \\(“${upper.concepts[0].concept}”\\)\\.synonyms\\[0\\]\\.words\\[0\\][\\s\\S]*lower case`
			)
		);
		const missing = read();
		delete missing.concepts[1].synonyms[0].means;
		expect(check(missing)).toThrow(/concepts\[1\] \(“[^”]+”\)\.synonyms\[0\]\.means": is missing/);
		const badRoute = read();
		badRoute.concepts[0].route = ['/tools/worried-about-a-post/'];
		expect(check(badRoute)).toThrow(/route\[0\][\s\S]*without slashes at the ends/);
		const badStrand = read();
		badStrand.concepts[0].strand = 'contacts';
		expect(check(badStrand)).toThrow(/strand[\s\S]*content, contact, conduct or commerce/);
		const none = read();
		none.suggestions = [];
		expect(check(none)).toThrow(/suggestions[\s\S]*at least one/);
		const noPlace = read();
		noPlace.unmatched = 'Nothing matched.';
		expect(check(noPlace)).toThrow(/unmatched[\s\S]*\{words\}/);
		const oneList = read();
		oneList.concepts[0].together = [['pictures']];
		expect(check(oneList)).toThrow(/together[\s\S]*at least two lists/);
		// Each check writes and reads the whole file again: slow on a loaded machine.
	}, 20_000);
});
