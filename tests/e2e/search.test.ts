import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { decisionHelpers } from '../../src/lib/decision-helpers';
import { fillNames } from '../../src/lib/school-names';
import { audienceLabels, contentId, names, school } from '../../src/school';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages } from './support/dist';
import {
	answered,
	openSearch,
	searchBox,
	searchEach as searchEachOnSite,
	searchFor as searchForOnSite,
} from '../../scripts/lib/search-box.ts';
import {
	everyAppsAge,
	heldOutHalf,
	questions,
	sameSituation,
	tuningHalf,
} from './support/search-questions';
import { heldOutQuestions } from './support/search-heldout';
import {
	heldOutQuestions as decemberQuestions,
	tuningQuestions,
	untouchedQuestions,
} from './support/search-heldout-2026-12';
import { heldOutQuestions as blindQuestions } from './support/search-heldout-2026-12-blind';
import { heldOutQuestions as blindQuestions3 } from './support/search-heldout-2026-12-03';
import { distDir, inDist, useBuiltSite, type Visit } from './support/site';

/**
 * A result's page as content/docs names it, as the question lists do: at a school that says students, the site's
 * "/for-students/" is "/for-pupils/" (src/school.ts, contentId).
 */
const inContent = (path: string) =>
	path === '/' || !path.startsWith('/') ? path : `/${contentId(path.replace(/^\/|\/$/g, ''))}/`;
const searchFor = async (...args: Parameters<typeof searchForOnSite>) =>
	(await searchForOnSite(...args)).map(inContent);
const searchEach = async (...args: Parameters<typeof searchEachOnSite>) =>
	(await searchEachOnSite(...args)).map((urls) => urls.map(inContent));
const site = useBuiltSite();
const settings = parse(
	readFileSync(new URL('../../content/data/search.yaml', import.meta.url), 'utf8')
) as {
	suggestions: string[];
	dialog: Record<string, string>;
	concepts: { concept: string; route?: string[]; synonyms: { words: string[]; means: string }[] }[];
};
const synonyms = settings.concepts.flatMap(({ synonyms }) => synonyms);
/** Wording from content as a pattern of what a reader sees: each {placeholder} is a word or two of the school's. */
const filledIn = (wording: string) =>
	new RegExp(
		`^${wording
			.split(/(\{\w+\})/)
			.map((part) =>
				/^\{\w+\}$/.test(part) ? "[\\p{L}’' ]+?" : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
			)
			.join('')}$`,
		'u'
	);
/** A sentence of the dialog's, from search.yaml, as a pattern: its placeholders stand for anything. */
const sentence = (key: string, values: Record<string, string> = {}) =>
	new RegExp(
		settings.dialog[key]!.split(/(\{\w+\})/)
			.map((part) => {
				const name = /^\{(\w+)\}$/.exec(part)?.[1];
				if (!name) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
				return values[name] !== undefined
					? values[name]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
					: '.*?';
			})
			.join('')
	);

/** Words people actually type, and the page that must come first. */
const queries: [query: string, page: string][] = [
	// An app's name finds its guide (/apps/<id>/), which has its minimum age and links to the policy and the checker.
	['WhatsApp', '/apps/whatsapp/'],
	['WhatsApp age', '/apps/whatsapp/'],
	// The guide named just what was typed comes before the guide to a part of it (Snapchat My AI).
	['Snapchat', '/apps/snapchat/'],
	['underage use', '/policy/age-limits/'],
	['complaint', '/policy/raising-a-concern/'],
	['complain', '/policy/raising-a-concern/'],
	['photographs', '/policy/photographs-and-information/'],
	['photos', '/policy/photographs-and-information/'],
	['photo without consent', '/policy/photographs-and-information/'],
	['friend request', '/policy/contact-between-pupils-and-staff/'],
	['follow a teacher', '/policy/contact-between-pupils-and-staff/'],
	['pupil added me', '/policy/contact-between-pupils-and-staff/'],
	['can we connect online', '/tools/connect-online/'],
	['extremism', '/policy/extremism/'],
	['radicalisation', '/policy/extremism/'],
	['extremist meme', '/policy/extremism/'],
	['Prevent duty', '/policy/extremism/'],
	['nasty comment', '/policy/breaches-and-offending-posts/'],
	['delete the post', '/policy/breaches-and-offending-posts/'],
	['abusive post', '/policy/breaches-and-offending-posts/'],
	['worried about a post', '/tools/worried-about-a-post/'],
	['Childline', '/help/something-upset-me/'],
	['upset', '/help/something-upset-me/'],
	['bad review', '/staff/online-reputation/'],
	['fake account', '/tools/worried-about-a-post/'],
	['safeguarding lead', '/policy/further-questions/'],
	['NSPCC helpline', '/policy/further-questions/'],
	['POSH', '/policy/breaches-and-offending-posts/'],
	['helpline phone number', '/contacts/'],
	['Mumsnet', '/policy/why-reputation-matters/'],
	['Ofsted', '/policy/why-reputation-matters/'],
	['Roblox age', '/apps/roblox/'],
	['can my child use this app', '/tools/age-checker/'],
	['screen time', '/policy/supporting-your-child/'],
	['bedtime', '/policy/supporting-your-child/'],
	['Google Classroom', '/policy/communication-channels/'],
	['oversharing', '/policy/staff-conduct/'],
	['teacher Facebook', '/policy/staff-conduct/'],
	['cookies', '/about/privacy/'],
	['data protection', '/policy/acceptable-use-and-data-protection/'],
	['quiz', '/tools/should-i-post-this/'],
	['worksheet', '/tools/quiz-worksheet/'],
	['before you post', '/tools/before-you-post/'],
	['print the policy', '/policy/in-full/'],
	['policy PDF', '/policy/in-full/'],
];

/** The lessons' worksheets, one per age band: pages named "worksheet" as the quiz's are. */
const lessonWorksheets = () =>
	builtPages()
		.map(({ path }) => path)
		.filter((path) => /^\/lessons\/worksheet-/.test(path));

/** One page with the search box open, shared by the tests that only type into it. */
let shared: Visit;
beforeAll(async () => {
	shared = await site.visit('/', { viewport: { width: 390, height: 844 } });
	await openSearch(shared.page);
});
afterAll(async () => {
	await shared?.close();
});

async function chooseAudience(page: Page, audience: string) {
	await searchBox.dialog(page).getByRole('radio', { name: audience }).check();
}

describe('search, through the site’s own search box', () => {
	// The queries' results, searched for once, all in one call in the page (searchEach), when the first test asks.
	let queryResults: Promise<string[][]> | undefined;
	const resultsOf = async (query: string) =>
		(
			await (queryResults ??= searchEach(
				shared.page,
				queries.map(([typed]) => typed)
			))
		)[queries.findIndex(([typed]) => typed === query)]!;

	it.each(queries)('“%s” gives %s first', async (query, expected) => {
		const urls = await resultsOf(query);
		// An app's age is answered by its guide, or by the pages whose checker covers every app (as in the questions below).
		// "worksheet" is answered by the quiz's worksheets and, since the lessons' worksheets were added, by those too.
		const right =
			/ age$/.test(query) && expected.startsWith('/apps/')
				? [expected, ...everyAppsAge]
				: query === 'worksheet'
					? [expected, ...lessonWorksheets()]
					: query === 'upset'
						? // The one word is answered by the pupils' help page and by the parents' page on upsetting content.
							[expected, '/parents/upsetting-content/']
						: [expected];
		expect(right, `results: ${urls.join(', ')}`).toContain(urls[0]);
	});

	/** Whether the first result answers a question of the list: its page, or the same situation's, or the checker for an app's age. */
	const answersListed = (expected: string, first: string | undefined) =>
		first === expected ||
		Object.entries(sameSituation).some(([helper, section]) =>
			expected === helper ? first === section : expected === section && first === helper
		) ||
		(expected.startsWith('/apps/') && everyAppsAge.includes(first ?? ''));

	/**
	 * Searches for each question in the box (all in one call in the page: searchEach): how many put an answering page
	 * first, and which did not.
	 */
	async function measure(
		items: { question: string; right: (first: string | undefined) => boolean }[]
	) {
		const found = await searchEach(
			shared.page,
			items.map(({ question }) => question)
		);
		const outcomes = items.map(({ question, right }, at) => ({
			question,
			urls: found[at]!,
			right: right(found[at]![0]),
		}));
		const wrong = outcomes
			.filter(({ right }) => !right)
			.map(({ question, urls }) => `${question}: got ${urls.slice(0, 3).join(', ') || 'nothing'}`);
		return { outcomes, right: outcomes.filter(({ right }) => right).length, wrong };
	}
	const report = (name: string, right: number, of: number, wrong: string[]) =>
		console.info(
			`${name}: ${right} of ${of} right first (${((100 * right) / of).toFixed(1)}%).${wrong.length ? `\nNot first:\n${wrong.join('\n')}` : ''}`
		);

	// The list's bar was 95% of all 86 questions, when special cases had been written for single ones (issue 23):
	// it is replaced by the held-out bar, 90%, on each half, reported apart, beside the 81 questions never tuned on.
	it(`answers at least 90% of each half of the ${questions.length} questions people type with the right page first, and none with nothing; the tuning and held-out halves reported apart`, async () => {
		expect(questions.length).toBeGreaterThanOrEqual(60);
		const halves = [];
		for (const [name, half] of [
			['Search questions, tuning half (even places)', tuningHalf],
			['Search questions, held-out half (odd places)', heldOutHalf],
		] as const) {
			const result = await measure(
				half.map(([question, expected]) => ({
					question,
					right: (first) => answersListed(expected, first),
				}))
			);
			report(name, result.right, half.length, result.wrong);
			halves.push(result);
		}
		const outcomes = halves.flatMap(({ outcomes }) => outcomes);
		expect(
			outcomes.filter(({ urls }) => urls.length === 0).map(({ question }) => question)
		).toEqual([]);
		for (const { right, outcomes: half } of halves)
			expect(right / half.length).toBeGreaterThanOrEqual(0.9);
	});

	/**
	 * The issue's bar (issue 23): an answering page first for 90% of questions never tuned on, and for every question
	 * about a child at risk. These 81 were held out until they were measured (2026-12-02: 52 of 81, 27 of 30 about a
	 * child at risk; 51 and 26 once the parents' pages were merged); having been seen, they became a tuning set
	 * when the ranking was next changed (the same day), and reached the floors below. The questions held out now
	 * are `decemberQuestions` (search-heldout-2026-12.ts), measured in the next test. Raise the floors as the search
	 * improves, never lower them.
	 */
	const heldOutBar = 0.9;
	/**
	 * The floors of questions answered were measured on the template's own content, at the school its settings name
	 * (content/school.yaml's name then): they hold there. A school that adopted the template has its own words, and a
	 * page it reworded may fairly answer fewer questions written against another school's pages: its figures are
	 * printed against the floors, not held to them. What holds at every school is the route for a child at risk.
	 */
	const measuredOn = 'St Margaret’s School';
	const atLeast = (figure: number, floor: number, what: string) => {
		if (school.name === measuredOn) expect(figure, what).toBeGreaterThanOrEqual(floor);
		else if (figure < floor)
			console.warn(
				`${what}: ${figure}, below the floor of ${floor} measured on ${measuredOn}’s content, not ${school.name}’s.`
			);
	};
	const heldOutFloor = 64;
	const atRiskFloor = 30;

	it(`puts an answering page first for the ${heldOutQuestions.length} held-out questions (never tuned on), reported against the ${heldOutBar * 100}% bar, and a route for a child at risk`, async () => {
		expect(heldOutQuestions.length).toBeGreaterThanOrEqual(80);
		const result = await measure(
			heldOutQuestions.map(({ question, answers }) => ({
				question,
				right: (first) => answers.includes(first ?? ''),
			}))
		);
		const atRisk = heldOutQuestions.flatMap((question, at) =>
			question.atRisk ? [{ ...question, ...result.outcomes[at]! }] : []
		);
		const atRiskWrong = atRisk
			.filter(({ right }) => !right)
			.map(({ question, atRisk, urls }) => `${question} (${atRisk}): got ${urls[0] ?? 'nothing'}`);
		report('Held-out questions', result.right, heldOutQuestions.length, result.wrong);
		report(
			'Held-out questions about a child at risk',
			atRisk.length - atRiskWrong.length,
			atRisk.length,
			atRiskWrong
		);
		const belowBar = result.right / heldOutQuestions.length < heldOutBar || atRiskWrong.length > 0;
		if (belowBar)
			console.warn(
				`Held-out questions are below the bar of ${heldOutBar * 100}%, with every question about a child at risk routed (issue 23).`
			);
		atLeast(result.right, heldOutFloor, 'Held-out questions right first');
		expect(atRisk.length - atRiskWrong.length).toBeGreaterThanOrEqual(atRiskFloor);
	});

	/**
	 * The questions held out now (issue 23): 80 written on 2026-12-02 before the ranking was changed that day, from
	 * the policy's text and the research notes' situations, and never tuned on; measured once, at the end of that
	 * work, through this box on 2026-12-02: 53 of 80 (66.3%; parents 13 of 20, pupils 12, staff 12, misspelt or in
	 * slang 16), 20 of 28 about a child at risk, one of those with an app guide first, below the bar. In the next
	 * session (8) they were split: every third question (`untouchedQuestions`) is left untouched while the ranking
	 * is tuned on the rest (`tuningQuestions`), and the two parts are reported apart, the untouched part's misses
	 * shown only with SEARCH_SHOW_UNTOUCHED=1, for the one measure at the end. Baseline before tuning (2026-12-02,
	 * session 8): tuning part 33 of 54 (61.1%), 13 of 18 at risk, one app guide first; untouched part 22 of 26
	 * (84.6%), 10 of 10 at risk. Measured once each at the end of that tuning (the same day): tuning part 42 of 54
	 * (77.8%), 18 of 18 at risk, no app guide first; untouched part 22 of 26 (84.6%), 10 of 10 at risk, none. The
	 * floors are what was measured, one question less for another machine, and every question about a child at risk
	 * routed, none to an app guide: the test prints the figures against the bar and fails if they get worse. Raise
	 * them as the search improves, never lower them. Both parts are now seen: the next tuning needs new questions.
	 */
	const decemberFloors = {
		tuning: { right: 41, atRisk: 18, appGuideFirst: 0 },
		untouched: { right: 21, atRisk: 10, appGuideFirst: 0 },
	};

	for (const [part, partQuestions, showMisses] of [
		['tuning', tuningQuestions, true],
		['untouched', untouchedQuestions, process.env.SEARCH_SHOW_UNTOUCHED === '1'],
	] as const) {
		// While the ranking is being tuned (SEARCH_TUNING=1), the untouched part is not even counted.
		it.skipIf(part === 'untouched' && process.env.SEARCH_TUNING === '1')(
			`puts an answering page first for the ${partQuestions.length} questions of the ${part} part of the December 2026 held-out set, reported against the ${heldOutBar * 100}% bar, and a route for a child at risk`,
			async () => {
				const name = `Held-out questions (December 2026), ${part} part`;
				const result = await measure(
					partQuestions.map(({ question, answers }) => ({
						question,
						right: (first) => answers.includes(first ?? ''),
					}))
				);
				report(name, result.right, partQuestions.length, showMisses ? result.wrong : []);
				for (const from of ['parent', 'pupil', 'staff', 'misspelt-or-slang'] as const) {
					const group = partQuestions.flatMap((question, at) =>
						question.from === from ? [result.outcomes[at]!] : []
					);
					console.info(
						`  from ${from}: ${group.filter(({ right }) => right).length} of ${group.length}`
					);
				}
				const atRisk = partQuestions.flatMap((question, at) =>
					question.atRisk ? [{ ...question, ...result.outcomes[at]! }] : []
				);
				const atRiskWrong = atRisk
					.filter(({ right }) => !right)
					.map(
						({ question, atRisk, urls }) => `${question} (${atRisk}): got ${urls[0] ?? 'nothing'}`
					);
				report(
					`${name}, about a child at risk`,
					atRisk.length - atRiskWrong.length,
					atRisk.length,
					showMisses ? atRiskWrong : []
				);
				// The bar: no question about a child at risk puts an app guide first.
				const appGuideFirst = atRisk.filter(({ urls }) => urls[0]?.startsWith('/apps/'));
				console.info(
					`${name}, about a child at risk with an app guide first: ${appGuideFirst.length}`
				);
				if (
					result.right / partQuestions.length < heldOutBar ||
					atRiskWrong.length > 0 ||
					appGuideFirst.length > 0
				)
					console.warn(
						`${name} is below the bar of ${heldOutBar * 100}%, with every question about a child at risk routed (issue 23).`
					);
				const floor = decemberFloors[part];
				expect(appGuideFirst.length).toBeLessThanOrEqual(floor.appGuideFirst);
				atLeast(result.right, floor.right, `${name}, right first`);
				expect(atRisk.length - atRiskWrong.length).toBeGreaterThanOrEqual(floor.atRisk);
			}
		);
	}

	it('keeps the December 2026 held-out set at 80 questions or more, 20 from each kind of asker, split for tuning', () => {
		expect(decemberQuestions.length).toBeGreaterThanOrEqual(80);
		for (const from of ['parent', 'pupil', 'staff', 'misspelt-or-slang'] as const)
			expect(
				decemberQuestions.filter((question) => question.from === from).length
			).toBeGreaterThanOrEqual(20);
		expect(untouchedQuestions.length + tuningQuestions.length).toBe(decemberQuestions.length);
		expect(untouchedQuestions.length).toBeGreaterThanOrEqual(
			Math.floor(decemberQuestions.length / 3)
		);
	});

	/**
	 * The two blind sets (issue 23), each written by someone who never saw the search's code, words or lists. The set of
	 * 111 (2026-12-02) was measured once, 54 of 111, 22 of 45 at risk, and has been tuned on since (2026-12-03: 62,
	 * 29); the set of 100 (2026-12-03) was measured before that tuning, 70 of 100, 38 of 43 at risk, and once after
	 * it, 70 and 39, and is not tuned on. The floors are those figures, one less for another machine; never lower them.
	 * A set's misses are printed only with SEARCH_SHOW_UNTOUCHED=1, so that the set not tuned on is counted unread.
	 */
	const blindSets = [
		{ name: '111 (tuned on since)', questions: blindQuestions, right: 61, atRisk: 28, show: true },
		{
			name: '100 (never tuned on)',
			questions: blindQuestions3,
			right: 69,
			atRisk: 38,
			show: process.env.SEARCH_SHOW_UNTOUCHED === '1',
		},
	];
	for (const set of blindSets)
		it(`puts an answering page first for the blind set of ${set.name}, no app guide first for a child at risk`, async () => {
			const result = await measure(
				set.questions.map(({ question, answers }) => ({
					question,
					right: (first) => answers.includes(first ?? ''),
				}))
			);
			report(
				`Blind set of ${set.name}`,
				result.right,
				set.questions.length,
				set.show ? result.wrong : []
			);
			const atRisk = set.questions.flatMap((question, at) =>
				question.atRisk ? [result.outcomes[at]!] : []
			);
			const routed = atRisk.filter(({ right }) => right).length;
			console.info(`  about a child at risk: ${routed} of ${atRisk.length}`);
			expect(atRisk.filter(({ urls }) => /^\/(apps|devices)\//.test(urls[0] ?? ''))).toEqual([]);
			atLeast(result.right, set.right, `Blind set of ${set.name}, right first`);
			expect(routed).toBeGreaterThanOrEqual(set.atRisk);
		});

	it('says why a route page is first, in the result and in what is announced', async () => {
		const route = settings.concepts.find(({ route }) => route?.length)!;
		await searchFor(shared.page, route.synonyms[0]!.words[0]!);
		const first = searchBox.results(shared.page).first();
		await expect(first.getAttribute('data-route')).resolves.toBe('');
		await expect(first.innerText()).resolves.toContain(settings.dialog.route);
		await expect(searchBox.status(shared.page).innerText()).resolves.toContain(
			settings.dialog.routeStatus
		);
		await expect(
			searchBox.results(shared.page).nth(1).getAttribute('data-route')
		).resolves.toBeNull();
		await searchFor(shared.page, 'photographs');
		await expect(
			searchBox.results(shared.page).first().getAttribute('data-route')
		).resolves.toBeNull();
	});

	it('prefers the page written for who is asking, when the search says it', async () => {
		const parent = await searchFor(shared.page, 'my son is being bullied online');
		expect(parent[0]).toMatch(/^\/parents\//);
	});

	it('leads with the route for each concept where a child may be at risk, whatever app the search names', async () => {
		const atRisk = settings.concepts.filter(({ route }) => route?.length);
		expect(atRisk.length).toBeGreaterThan(0);
		const asked = atRisk.flatMap(({ concept, route, synonyms }) => {
			const word = synonyms[0]!.words[0]!;
			return [word, `${word} on roblox`].map((query) => ({ concept, route: route!, query }));
		});
		const found = await searchEach(
			shared.page,
			asked.map(({ query }) => query)
		);
		asked.forEach(({ concept, route, query }, at) =>
			expect(
				route.map((slug) => `/${slug}/`),
				`${concept}: “${query}” gave ${found[at]![0]}`
			).toContain(found[at]![0])
		);
	});

	it('leaves app guides out unless the search names the app, or asks about apps in general', async () => {
		const unnamed = await searchFor(shared.page, 'someone keeps sending me messages');
		expect(unnamed.filter((url) => url.startsWith('/apps/'))).toEqual([]);
		expect((await searchFor(shared.page, 'is roblox ok for my son'))[0]).toBe('/apps/roblox/');
	});

	it('says which words no page holds, and that the results match the rest', async () => {
		const urls = await searchFor(shared.page, 'zqxjv photo of my child');
		expect(urls.length).toBeGreaterThan(0);
		await expect(searchBox.status(shared.page).innerText()).resolves.toMatch(/“zqxjv”/);
	});

	it('never corrects a word spelt right into another ("apple" is not "apply")', async () => {
		await searchFor(shared.page, 'apple screen time');
		await expect(searchBox.status(shared.page).innerText()).resolves.not.toMatch(
			sentence('corrected')
		);
	});

	it('marks only whole words and their forms in the excerpts, never a short prefix', async () => {
		await searchFor(shared.page, 'someone posted a photo');
		const marks = (
			await shared.page.locator('.site-search__result-excerpt mark').allInnerTexts()
		).map((mark) => mark.toLowerCase());
		expect(marks.length).toBeGreaterThan(0);
		for (const mark of marks) expect(mark, marks.join(', ')).toMatch(/^(post|photo)/);
		expect(marks).not.toContain('a');
	});

	it('gives each result as a real link, the listbox’s option itself', async () => {
		await searchFor(shared.page, 'complaint');
		const results = await searchBox.results(shared.page).evaluateAll((options) =>
			options.map((option) => ({
				path: (option as HTMLElement).dataset.path,
				href: option.getAttribute('href'),
			}))
		);
		expect(results.length).toBeGreaterThan(0);
		for (const { path, href } of results) expect(new URL(href!, 'http://x').pathname).toBe(path);
	});

	it('finds a page for every word the synonyms file maps people’s words to', async () => {
		// As the school's words fill them in ('{learner}' is "pupil" or "student").
		const filled = fillNames(synonyms, names);
		const found = await searchEach(
			shared.page,
			filled.map(({ means }) => means)
		);
		filled.forEach(({ means }, at) => expect(found[at], means).not.toEqual([]));
	});

	it('shows the page’s own words in every excerpt, never its keyword list', async () => {
		// Read from each page's HTML as written (parsing every page into a DOM for one tag was most of this test's time).
		const keywordLists = builtPages()
			.map(
				({ path }) =>
					/<meta data-pagefind-meta="[^"]*keywords\[content\]" content="([^"]*)"/.exec(
						readFileSync(join(distDir, path.endsWith('/') ? `${path}index.html` : path), 'utf8')
					)?.[1]
			)
			.filter((list): list is string => Boolean(list))
			.map((list) =>
				list
					.replace(/&quot;/g, '"')
					.replace(/&#39;/g, "'")
					.replace(/&lt;/g, '<')
					.replace(/&gt;/g, '>')
					.replace(/&amp;/g, '&')
			);
		expect(keywordLists.length).toBeGreaterThan(0);
		for (const query of [
			'complaint',
			'WhatsApp',
			'friend request',
			'nudes',
			'my son wants snapchat is he old enough',
		]) {
			await searchFor(shared.page, query);
			const excerpts = await shared.page.locator('.site-search__result-excerpt').allInnerTexts();
			expect(excerpts.length, query).toBeGreaterThan(0);
			for (const excerpt of excerpts) {
				expect(excerpt.trim(), query).not.toBe('');
				for (const list of keywordLists)
					expect(excerpt, query).not.toContain(list.split(', ').slice(0, 3).join(', '));
			}
		}
	});

	it('leads “privacy settings” to the settings of children’s apps, not the site’s privacy notice', async () => {
		const urls = await searchFor(shared.page, 'privacy settings');
		expect(urls[0]).toBe('/policy/supporting-your-child/');
		expect(urls[0]).not.toBe('/about/privacy/');
	});

	it('corrects a misspelling of the site’s own words, and says what it searched', async () => {
		const urls = await searchFor(shared.page, 'complane');
		expect(urls[0]).toBe('/policy/raising-a-concern/');
		await expect(searchBox.status(shared.page).innerText()).resolves.toMatch(
			sentence('corrected', { typed: '“complane”' })
		);
	});

	it('can be narrowed to one audience, in one compact row on a phone', async () => {
		const { page } = shared;
		const filter = page.locator('site-search [data-search-filter]');
		const box = await filter.boundingBox();
		expect(box!.height).toBeLessThanOrEqual(48);
		await chooseAudience(page, 'Staff');
		expect(await searchFor(page, 'complaint')).not.toContain('/policy/raising-a-concern/');
		await chooseAudience(page, 'Parents');
		expect((await searchFor(page, 'complaint'))[0]).toBe('/policy/raising-a-concern/');
		await chooseAudience(page, 'Everyone');
	});

	it('says kindly when nothing matches, and offers the audience pages, the helpers and the contacts', async () => {
		const { page } = shared;
		expect(await searchFor(page, 'zqxjv wibble flurb')).toEqual([]);
		await expect(searchBox.status(page).innerText()).resolves.toMatch(sentence('noneFound'));
		const next = page.locator('site-search [data-search-next]');
		await expect(next.isVisible()).resolves.toBe(true);
		await expect(next.innerText()).resolves.toMatch(
			sentence('nothingMatches', { query: 'zqxjv wibble flurb' })
		);
		const links = (
			await next
				.getByRole('link')
				.evaluateAll((anchors) =>
					anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname)
				)
		).map((path) => inContent(inDist(path)));
		expect(links).toEqual(
			expect.arrayContaining([
				'/for-parents/',
				'/for-pupils/',
				'/for-staff/',
				'/tools/worried-about-a-post/',
				'/tools/connect-online/',
				'/tools/concern-about-the-school/',
				'/contacts/',
			])
		);
	});

	it('suggests searches from content/data/search.yaml before anything is typed, each of which finds a page', async () => {
		const { page } = shared;
		await searchBox.input(page).fill('');
		await answered(page, '');
		const offered = (await page.locator('site-search [data-suggestion]').allInnerTexts()).map(
			(text) => text.trim()
		);
		// Each as written in search.yaml, with the school's words ({learner} …) filled in.
		expect(offered).toHaveLength(settings.suggestions.length);
		settings.suggestions.forEach((suggestion, index) =>
			expect(offered[index]).toMatch(filledIn(suggestion))
		);
		for (const suggestion of offered) {
			await searchBox.input(page).fill('');
			await answered(page, '');
			await page.locator('site-search [data-suggestion]', { hasText: suggestion }).click();
			await answered(page, suggestion);
			await expect(searchBox.results(page).count(), suggestion).resolves.toBeGreaterThan(0);
		}
	});
});

describe('the search dialog, by keyboard and screen reader', () => {
	it('opens with Ctrl+K, announces the number of results, moves through them with the arrows and opens one with Enter', async () => {
		const { page, close } = await site.visit('/policy/extremism/');
		await page.locator('site-search[data-ready]').waitFor({ state: 'attached' });
		await page.keyboard.press('Control+k');
		const input = searchBox.input(page);
		await expect(input.evaluate((element) => element === document.activeElement)).resolves.toBe(
			true
		);
		await expect(input.getAttribute('aria-controls')).resolves.toBe('site-search-results');
		await input.pressSequentially('friend request');
		await answered(page, 'friend request');
		await expect(input.getAttribute('aria-expanded')).resolves.toBe('true');
		const status = searchBox.status(page);
		await expect(status.getAttribute('role')).resolves.toBe('status');
		await expect(status.innerText()).resolves.toMatch(
			new RegExp(`^(?:${sentence('found').source}|${sentence('foundOne').source})`)
		);
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowDown');
		const second = searchBox.results(page).nth(1);
		await expect(input.getAttribute('aria-activedescendant')).resolves.toBe(
			await second.getAttribute('id')
		);
		await expect(second.getAttribute('aria-selected')).resolves.toBe('true');
		await page.keyboard.press('ArrowUp');
		const first = searchBox.results(page).first();
		await expect(first.getAttribute('aria-selected')).resolves.toBe('true');
		const target = await first.getAttribute('data-path');
		await page.keyboard.press('Enter');
		await page.waitForURL((url) => url.pathname === target);
		await close();
	});

	it('closes with Escape and gives focus back to the search button', async () => {
		const { page, close } = await site.visit('/');
		await openSearch(page);
		await page.keyboard.press('Escape');
		await expect(searchBox.dialog(page).isVisible()).resolves.toBe(false);
		await expect(
			searchBox.button(page).evaluate((button) => button === document.activeElement)
		).resolves.toBe(true);
		await close();
	});

	it('shows the input at once, before its code has loaded', async () => {
		const { page, close } = await site.visit('/');
		await page.route('**/_astro/search-dialog*', () => {
			// Held back: the dialog must not wait for it.
		});
		await openSearch(page);
		await expect(searchBox.input(page).isVisible()).resolves.toBe(true);
		await expect(page.locator('site-search [data-suggestion]').first().isVisible()).resolves.toBe(
			true
		);
		await close();
	});

	for (const theme of ['light', 'dark'] as const) {
		for (const width of [320, 1280]) {
			it(`has no WCAG 2.2 AA violation with results and with none, ${theme} theme, ${width} px`, async () => {
				const { page, close } = await site.open({ viewport: { width, height: 800 } });
				await page.addInitScript(
					(chosen) => localStorage.setItem('starlight-theme', chosen),
					theme
				);
				await page.goto(site.url('/'));
				await openSearch(page);
				const check = async () => {
					const { violations } = await new AxeBuilder({ page })
						.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
						.analyze();
					return violations.map(
						(violation) =>
							`${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`
					);
				};
				expect(await check()).toEqual([]);
				await searchFor(page, 'a pupil sent me a friend request');
				await page.keyboard.press('ArrowDown');
				expect(await check()).toEqual([]);
				await searchFor(page, 'zqxjv wibble');
				expect(await check()).toEqual([]);
				const overflow = await page.evaluate(
					() => document.documentElement.scrollWidth - window.innerWidth
				);
				expect(overflow).toBeLessThanOrEqual(0);
				await close();
			});
		}
	}
});

describe('search without JavaScript', () => {
	it('is a link to a page that lists every page by audience', async () => {
		const { page, close } = await site.visit('/policy/extremism/', { javaScriptEnabled: false });
		const link = page.getByRole('link', { name: /search/i }).first();
		await expect(link.isVisible()).resolves.toBe(true);
		await link.click();
		await page.waitForURL((url) => inDist(url.pathname) === '/site-map/');
		const headings = await page.locator('.site-map h2').allInnerTexts();
		expect(headings).toEqual(
			(['parents', 'pupils', 'staff'] as const).map(
				(audience) => `For ${audienceLabels[audience].toLowerCase()}`
			)
		);
		const listed = new Set(
			(
				await page
					.locator('.site-map a')
					.evaluateAll((anchors) =>
						anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname)
					)
			).map((path) => inDist(path))
		);
		const everyPage = builtPages()
			.map(({ path }) => path)
			.filter(
				(path) => !path.startsWith('/pagefind/') && !['/404.html', '/site-map/'].includes(path)
			);
		expect(everyPage.filter((path) => !listed.has(path))).toEqual([]);
		await close();
	});
});

describe('what Pagefind indexes', () => {
	it('does not index the widgets’ button labels', async () => {
		const { page, close } = await site.visit('/');
		const labels: Record<string, string[]> = {
			'/tools/should-i-post-this/': [
				'Start the quiz',
				'Classroom mode (for teachers)',
				'Check my answer',
			],
			'/tools/age-checker/': ['Show everything for this age', 'App, site or game'],
			...Object.fromEntries(
				decisionHelpers.map(({ page }) => [`/${page}/`, ['Show what to do', 'Start over']])
			),
			'/tools/before-you-post/': ['Start over'],
		};
		const indexed: Record<string, string> = await page.evaluate(`(async () => {
			const base = document.querySelector('site-search')?.dataset.base ?? '/';
			const pagefind = await import(base + 'pagefind/pagefind.js');
			const { results } = await pagefind.search(null, { filters: {} });
			const data = await Promise.all(results.map((result) => result.data()));
			return Object.fromEntries(data.map((entry) => ['/' + new URL(entry.url, location.href).pathname.slice(base.length), entry.content]));
		})()`);
		for (const [path, words] of Object.entries(labels)) {
			expect(indexed[path], path).toBeDefined();
			for (const label of words) expect(indexed[path], `${path}: ${label}`).not.toContain(label);
		}
		await close();
	});
});
