import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { school, teachesBand } from '../../src/school';
import { useBuiltSite } from './support/site';
import { normaliseText } from './support/dist';
import { helpline } from '../support/contacts';
import { lessonWords, postingRulesWording, quizWords } from '../../src/wording';
import { openSearch, searchFor } from '../../scripts/lib/search-box.ts';
import { bandLabel, bandsOf, quizSet } from '../../src/lib/quiz';

const site = useBuiltSite();
const everyScenario = parse(readFileSync('content/data/scenarios.yaml', 'utf8')) as {
	id: string;
	title: string;
	band: string;
	intensity: 1 | 2 | 3;
	choices: { text: string; feedback: string }[];
}[];
/** The scenarios of the bands the school teaches (its ageRange): the only ones its site publishes. */
const scenarios = everyScenario.filter((scenario) => teachesBand(scenario.band));
const childline = helpline('childline');
/** The words of the board and the lesson pages, from content/ (a school may reword them). */
const board = quizWords.classroom;
/** The pupils' quiz's words, from content/data/quiz.yaml. */
const pupil = quizWords.pupil;
const lessons = (
	parse(readFileSync('content/data/lessons.yaml', 'utf8')) as {
		id: string;
		title: string;
		scenarios: string[];
		sources: { label: string; url: string; kind: 'primary' | 'secondary' }[];
		baseline: { question: string };
	}[]
).filter((lesson) => teachesBand(lesson.id));
/** The bands, read from the scenarios, with their names as the start screen gives them. */
const bands = bandsOf(scenarios).map((band) => ({
	band,
	slug: band.replace('-', '-to-'),
	label: bandLabel(band, quizWords.start),
}));
/** The youngest band the school teaches, whose quiz a pupil meets first. */
const youngest = bands[0]!.band;
const inBand = (band: string) => scenarios.filter((s) => s.band === band);
/** A band's quiz as a pupil meets it on their own, and the board unless the teacher includes the heavier ones. */
const ownQuiz = (band: string) => quizSet(inBand(band));

/** Opens the quiz page and waits until the island has hydrated and attached its listeners. */
async function openQuiz(path = '/tools/should-i-post-this/', options = {}) {
	const visit = await site.visit(path, options);
	await visit.page.locator('.quiz').scrollIntoViewIfNeeded();
	await visit.page.locator('.quiz [data-ready]').waitFor();
	return visit;
}

/** Opens classroom mode for a band with the keyboard alone, and waits for the board to be ready. */
async function openBoard(page: Page, label = bands[0]!.label, heavier = false) {
	await page.getByRole('radio', { name: new RegExp(label) }).check();
	if (heavier) await page.getByRole('checkbox', { name: quizWords.start.heavier }).check();
	await page.getByRole('button', { name: pupil.classroom }).focus();
	await page.keyboard.press('Enter');
	const region = page.getByRole('region', { name: board.region });
	await region.and(page.locator('[data-ready]')).waitFor();
	return region;
}

const activeClass = (page: Page) => page.evaluate(() => document.activeElement?.className ?? '');
const progress = (page: Page) => page.locator('.classroom__progress').innerText();
const revealedCount = (page: Page) => page.locator('.classroom__choice--best').count();

describe('the pupil quiz on the built site', () => {
	it('a pupil completes the quiz by keyboard alone, focus always following, and sees the summary with where to get help', async () => {
		const { page, offsiteRequests, consoleErrors, close } = await openQuiz();
		await page.getByRole('button', { name: pupil.start }).focus();
		await page.keyboard.press('Enter');
		const total = ownQuiz(youngest).length;
		for (let question = 1; question <= total; question++) {
			await expect(page.locator('.quiz__progress').innerText()).resolves.toBe(
				`${pupil.question} ${question} ${pupil.of} ${total}`
			);
			// Focus is on the question's heading: Tab to the first choice, pick it with Space, Tab to the button.
			await page.waitForFunction(() => document.activeElement?.id === 'quiz-question');
			await page.keyboard.press('Tab');
			await page.keyboard.press('Space');
			await page.keyboard.press('Tab');
			await page.keyboard.press('Enter');
			// Focus moves to the feedback, which is in view; the chosen answer is marked in words.
			await page.waitForFunction(() =>
				document.activeElement?.classList.contains('quiz__feedback')
			);
			if (question === 1) {
				const box = await page.locator('.quiz__feedback').boundingBox();
				const height = page.viewportSize()!.height;
				expect(box!.y).toBeGreaterThanOrEqual(0);
				expect(box!.y).toBeLessThan(height / 2);
				await expect(page.locator('.quiz__mark').first().innerText()).resolves.toMatch(/^[✓✗] /);
				await expect(page.locator('.quiz__choice').first().innerText()).resolves.toMatch(
					/Your answer/
				);
			}
			await page.keyboard.press('Tab'); // to the policy link
			await page.keyboard.press('Tab'); // to Next
			await page.keyboard.press('Enter');
		}
		const summary = page.getByRole('heading', {
			name: new RegExp(`^${pupil.scoreBefore} \\d+ ${pupil.scoreOf} \\d+$`),
		});
		await summary.waitFor();
		await page.waitForFunction(
			(words) => document.activeElement?.textContent?.startsWith(words),
			pupil.scoreBefore
		);
		await expect(
			page.getByRole('link', { name: childline.phone }).getAttribute('href')
		).resolves.toBe(`tel:${childline.phone.replace(/\D/g, '')}`);
		await expect(
			page
				.locator('.quiz')
				.getByRole('link', { name: /Something online has upset or worried me: what to do/ })
				.getAttribute('href')
		).resolves.toMatch(/\/help\/something-upset-me\/$/);
		// Starting over keeps focus in the quiz.
		await page.getByRole('button', { name: 'Try again in a new order' }).focus();
		await page.keyboard.press('Enter');
		await page.waitForFunction(() => document.activeElement?.id === 'quiz-question');
		expect(offsiteRequests).toEqual([]);
		expect(consoleErrors).toEqual([]);
		await close();
	});

	it('on a phone, the feedback comes into view after Check my answer', async () => {
		const { page, close } = await openQuiz('/tools/should-i-post-this/', {
			viewport: { width: 390, height: 844 },
		});
		await page.getByRole('button', { name: pupil.start }).click();
		await page.locator('.quiz__choice input').first().check();
		await page.getByRole('button', { name: pupil.check }).click();
		await page.waitForFunction(() => document.activeElement?.classList.contains('quiz__feedback'));
		const box = (await page.locator('.quiz__feedback').boundingBox())!;
		expect(box.y).toBeGreaterThanOrEqual(0);
		expect(box.y).toBeLessThan(844 / 2);
		await close();
	});

	it('without JavaScript, lists every scenario but the heaviest with its answer in <details>', async () => {
		const { page, close } = await site.visit('/tools/should-i-post-this/', {
			javaScriptEnabled: false,
		});
		const listed = quizSet(scenarios).length;
		await expect(page.locator('.scenario-list__item').count()).resolves.toBe(listed);
		await expect(page.locator('.scenario-list__item details').count()).resolves.toBe(listed);
		await expect(page.locator('.scenario-list__note:visible').innerText()).resolves.toBe(
			quizWords.start.listNote
		);
		// Each band under its own heading, so a 9-year-old never meets the older band's scenarios in theirs.
		for (const { band, label } of bands) {
			const section = page.getByRole('region', { name: label });
			await expect(section.locator('.scenario-list__item').count()).resolves.toBe(
				ownQuiz(band).length
			);
		}
		await close();
	});
});

describe('classroom mode on the built site', () => {
	it('a teacher runs it by keyboard: R and Space reveal, arrows and N/P move, focus never lost', async () => {
		const { page, close } = await openQuiz();
		const region = await openBoard(page);
		await expect(activeClass(page)).resolves.toBe('classroom');
		await expect(revealedCount(page)).resolves.toBe(0);
		await page.keyboard.press('Space');
		await expect(revealedCount(page)).resolves.toBe(1);
		await expect(region.locator('.classroom__discuss').innerText()).resolves.toContain(
			board.discuss
		);
		await page.keyboard.press('ArrowRight');
		await expect(progress(page)).resolves.toMatch(new RegExp(`^${board.scenario} 2 `));
		await expect(revealedCount(page)).resolves.toBe(0);
		await page.keyboard.press('r');
		await expect(revealedCount(page)).resolves.toBe(1);
		await page.keyboard.press('n');
		await page.keyboard.press('p');
		await expect(progress(page)).resolves.toMatch(new RegExp(`^${board.scenario} 2 `));
		// Tab to a button: its own Enter and Space do what it says, and R still reveals.
		await page.keyboard.press('ArrowLeft');
		await page.getByRole('button', { name: board.next }).focus();
		await page.keyboard.press('Space');
		await expect(progress(page)).resolves.toMatch(new RegExp(`^${board.scenario} 2 `));
		await page.keyboard.press('Enter');
		await expect(progress(page)).resolves.toMatch(new RegExp(`^${board.scenario} 3 `));
		await page.keyboard.press('r');
		await expect(revealedCount(page)).resolves.toBe(1);
		// The Reveal button, now disabled, would have dropped focus: it stays on the board.
		await page.keyboard.press('ArrowRight');
		await page.getByRole('button', { name: board.reveal }).focus();
		await page.keyboard.press('Enter');
		await expect(revealedCount(page)).resolves.toBe(1);
		await expect(
			page.evaluate(() => document.querySelector('.classroom')!.contains(document.activeElement))
		).resolves.toBe(true);
		// Leaving classroom mode puts focus back on the button that opened it.
		await page.getByRole('button', { name: board.leave }).focus();
		await page.keyboard.press('Enter');
		await page.waitForFunction(
			(words) => document.activeElement?.textContent?.startsWith(words),
			pupil.classroom
		);
		await close();
	});

	it('a Year 5 teacher with a presenter remote at 1920 px: Page Down reveals then moves on, Page Up goes back, votes by number keys drawn as bars, an end screen, one Esc leaves', async () => {
		const { page, close } = await openQuiz('/tools/should-i-post-this/', {
			viewport: { width: 1920, height: 1080 },
		});
		const region = await openBoard(page);
		const count = ownQuiz(youngest).length;
		await page.getByRole('button', { name: board.countVotes }).click();
		await page.keyboard.press('1');
		await page.keyboard.press('1');
		await page.keyboard.press('2');
		await expect(page.getByLabel(`${board.votesFor} A`).inputValue()).resolves.toBe('2');
		await expect(region.locator('.classroom__share').first().innerText()).resolves.toBe('67%');
		await page.getByRole('button', { name: board.teacherNotes }).click();
		for (let index = 1; index <= count; index++) {
			await expect(progress(page)).resolves.toMatch(new RegExp(`^${board.scenario} ${index} `));
			await expect(revealedCount(page)).resolves.toBe(0);
			await page.keyboard.press('PageDown');
			await expect(revealedCount(page)).resolves.toBe(1);
			await page.keyboard.press('PageDown');
			// Notes are closed on every new scenario.
			await expect(page.locator('.classroom__notes').count()).resolves.toBe(0);
		}
		await expect(region.getByRole('heading', { name: board.endTitle }).isVisible()).resolves.toBe(
			true
		);
		await expect(region.getByRole('row').count()).resolves.toBe(count + 1);
		await page.keyboard.press('PageUp');
		await expect(progress(page)).resolves.toMatch(new RegExp(`^${board.scenario} ${count} `));
		await page.keyboard.press('Escape');
		await expect(page.getByRole('region', { name: board.region }).count()).resolves.toBe(0);
		await expect(page.evaluate(() => document.fullscreenElement)).resolves.toBeNull();
		await close();
	});

	it('after a click on Next or on a vote, Space reveals (and does not press the button again)', async () => {
		const { page, close } = await openQuiz();
		await openBoard(page);
		await page.getByRole('button', { name: board.next }).click();
		await expect(progress(page)).resolves.toMatch(new RegExp(`^${board.scenario} 2 `));
		await page.keyboard.press('Space');
		await expect(progress(page)).resolves.toMatch(new RegExp(`^${board.scenario} 2 `));
		await expect(revealedCount(page)).resolves.toBe(1);
		await page.keyboard.press('ArrowRight');
		await page.getByRole('button', { name: board.countVotes }).click();
		await page.getByRole('button', { name: `${board.oneMore} A` }).click();
		await page.keyboard.press('Space');
		await expect(page.getByLabel(`${board.votesFor} A`).inputValue()).resolves.toBe('1');
		await expect(revealedCount(page)).resolves.toBe(1);
		await close();
	});

	it('keeps each scenario’s vote counts while the board is open, and starts afresh when it opens again', async () => {
		const { page, close } = await openQuiz();
		await openBoard(page);
		await page.getByRole('button', { name: board.countVotes }).click();
		for (let i = 0; i < 3; i++)
			await page.getByRole('button', { name: `${board.oneMore} A` }).click();
		await page.keyboard.press('ArrowRight');
		await expect(page.getByLabel(`${board.votesFor} A`).inputValue()).resolves.toBe('0');
		await page.getByRole('button', { name: `${board.oneMore} B` }).click();
		await page.keyboard.press('ArrowLeft');
		await expect(page.getByLabel(`${board.votesFor} A`).inputValue()).resolves.toBe('3');
		await page.keyboard.press('n');
		await expect(page.getByLabel(`${board.votesFor} B`).inputValue()).resolves.toBe('1');
		await page.getByRole('button', { name: board.leave }).click();
		await openBoard(page);
		await page.getByRole('button', { name: board.countVotes }).click();
		await expect(page.getByLabel(`${board.votesFor} A`).inputValue()).resolves.toBe('0');
		await close();
	});

	for (const [width, height] of [
		[1280, 720],
		[1920, 1080],
	] as const) {
		it(`fits every scenario on a ${width}×${height} screen, answer, votes and notes showing, with nothing cut off`, async () => {
			const { page, close } = await openQuiz('/tools/should-i-post-this/', {
				viewport: { width, height },
			});
			// Every scenario, the heaviest included (the teacher's choice).
			for (const { band, label } of bands) {
				await openBoard(page, label, true);
				await page.getByRole('button', { name: board.countVotes }).click();
				for (let index = 1; index <= inBand(band).length; index++) {
					await expect(progress(page)).resolves.toMatch(
						new RegExp(`^${board.scenario} ${index} ${board.of}`)
					);
					// Notes close at each new scenario: open them again, so that the fit is measured with them showing.
					await page.getByRole('button', { name: board.teacherNotes }).click();
					await page.keyboard.press('r');
					await page.locator('.classroom__notes').waitFor();
					await page.locator('.classroom__discuss').waitFor();
					const fit = await page.evaluate(() => {
						const board = document.querySelector<HTMLElement>('.classroom')!;
						const controls = document
							.querySelector('.classroom__controls')!
							.getBoundingClientRect();
						const content = [...document.querySelectorAll('.classroom__main > * *')].map(
							(element) => element.getBoundingClientRect()
						);
						return {
							scrolls:
								board.scrollHeight > board.clientHeight || board.scrollWidth > board.clientWidth,
							controlsInView: controls.bottom <= innerHeight && controls.right <= innerWidth,
							contentAboveControls: Math.max(...content.map((box) => box.bottom)) <= controls.top,
							contentInside: Math.max(...content.map((box) => box.right)) <= innerWidth,
							title: document.querySelector('.classroom__title')!.textContent,
						};
					});
					expect(fit, `${band}: ${fit.title}`).toEqual({
						scrolls: false,
						controlsInView: true,
						contentAboveControls: true,
						contentInside: true,
						title: fit.title,
					});
					await page.keyboard.press('ArrowRight');
				}
				// On from the last scenario is the end screen; back to the last to measure its type.
				await page.keyboard.press('ArrowLeft');
				const { fontSize, fit } = await page.locator('.classroom__prompt').evaluate((element) => ({
					fontSize: parseFloat(getComputedStyle(element).fontSize),
					fit: Number(element.closest<HTMLElement>('.classroom')!.dataset['fit']),
				}));
				// Type scales with the screen: about 25 px at 720 p, 37 px at 1080 p, before a scenario too long for
				// the screen steps it down (to no less than 70% of that) to fit.
				expect(fit).toBeGreaterThanOrEqual(0.7);
				expect(fontSize / fit).toBeGreaterThanOrEqual(height * 0.033);
				await page.getByRole('button', { name: board.leave }).click();
			}
			await close();
		});
	}

	it('a lesson plan’s link opens the quiz on the lesson’s scenarios', async () => {
		for (const lesson of lessons) {
			const { page, close } = await site.visit(`/lessons/ages-${lesson.id.replace('-', '-to-')}/`);
			const href = await page
				.getByRole('link', { name: lessonWords.plan.openQuiz })
				.getAttribute('href');
			await page.goto(new URL(href!, page.url()).href);
			await page.locator('.quiz').scrollIntoViewIfNeeded();
			await page.locator('.quiz [data-ready]').waitFor();
			await expect(
				page.getByRole('radio', { name: /This lesson’s scenarios/ }).isChecked()
			).resolves.toBe(true);
			await page.getByRole('button', { name: pupil.classroom }).click();
			await expect(progress(page)).resolves.toBe(
				`${board.scenario} 1 ${board.of} ${lesson.scenarios.length}`
			);
			const first = scenarios.find((s) => s.id === lesson.scenarios[0])!;
			await expect(page.locator('.classroom__title').innerText()).resolves.toBe(first.title);
			await close();
		}
	});

	it('a lesson plan links each source, and says whether it is the text itself or a summary of it', async () => {
		for (const lesson of lessons) {
			const { page, close } = await site.visit(`/lessons/ages-${lesson.id.replace('-', '-to-')}/`);
			const items = page.locator('.lesson-plan ul.lesson-plan__sources > li');
			await expect(items.count()).resolves.toBe(lesson.sources.length);
			for (const [index, source] of lesson.sources.entries()) {
				const item = items.nth(index);
				await expect(item.getByRole('link').getAttribute('href')).resolves.toBe(source.url);
				await expect(item.innerText()).resolves.toContain(`(${lessonWords.plan[source.kind]})`);
			}
			await close();
		}
	});
});

describe('worksheets, lesson plans and home sheets on paper', () => {
	/** The page printed to A4 by Chromium, as the text of each sheet of paper. */
	async function printed(page: Page): Promise<string[]> {
		await page.emulateMedia({ media: 'print' });
		const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
		const document = await getDocumentProxy(new Uint8Array(pdf));
		const [, , width, height] = (await document.getPage(1)).view;
		expect([Math.round(width!), Math.round(height!)]).toEqual([595, 842]); // A4, in points
		return ((await extractText(document, { mergePages: false })).text as string[]).map(
			normaliseText
		);
	}

	for (const { band, slug, label } of bands) {
		it(`prints the ${label.toLowerCase()} worksheet: that band only, the school’s name, a name and date line, and the answer key on a page of its own`, async () => {
			const { page, close } = await site.visit(`/tools/quiz-worksheet/ages-${slug}/`);
			await expect(page.locator('button[data-print][data-ready]').isVisible()).resolves.toBe(true);
			const text = await page.locator('.worksheet').innerText();
			for (const scenario of scenarios)
				expect(text.includes(scenario.title), scenario.title).toBe(scenario.band === band);
			await expect(page.locator('.worksheet__key li').count()).resolves.toBe(inBand(band).length);
			// Gentle order, lightest first; the heaviest on a sheet of their own, under the note about preparing the class.
			const titles = await page.locator('.worksheet__question h3').allInnerTexts();
			const levels = titles.map(
				(title) => scenarios.find((s) => s.title === title.trim())!.intensity
			);
			expect(levels).toEqual([...levels].sort((a, b) => a - b));
			const heavy = inBand(band).filter((s) => s.intensity === 3);
			await expect(page.locator('.worksheet__heavier .worksheet__question').count()).resolves.toBe(
				heavy.length
			);
			const pages = await printed(page);
			if (heavy.length > 0) {
				const lastLight = titles[titles.length - heavy.length - 1]!;
				const firstHeavy = titles[titles.length - heavy.length]!;
				const sheetOf = (title: string) =>
					pages.findIndex((sheet) => sheet.includes(normaliseText(title)));
				expect(
					sheetOf(firstHeavy),
					'the heavier scenarios start a sheet of their own'
				).toBeGreaterThan(sheetOf(lastLight));
			}
			expect(pages[0]).toContain(normaliseText(school.name));
			expect(pages[0]).toMatch(/Name: .*Class: .*Date:/);
			const key = pages.findIndex((sheet) => sheet.includes('Answer key'));
			expect(key).toBeGreaterThan(0);
			expect(pages[key]!.startsWith(`Answer key: ${label.toLowerCase()}`)).toBe(true);
			expect(pages.slice(0, key).join(' ')).not.toContain('Answer key');
			for (const hidden of ['header.header', 'nav.sidebar', 'button[data-print]'])
				await expect(page.locator(hidden).first().isVisible(), hidden).resolves.toBe(false);
			await close();
		});

		it(`prints the ${label.toLowerCase()} lesson plan, and its “Talk about it at home” sheet on one side of A4`, async () => {
			const lesson = lessons.find((l) => l.id === band)!;
			const { page, close } = await site.visit(`/lessons/ages-${slug}/`);
			const sheets = await printed(page);
			for (const [index, sheet] of sheets.entries())
				expect(sheet.trim(), `sheet ${index + 1} of ${sheets.length} is blank`).not.toBe('');
			const plan = sheets.join(' ');
			for (const heading of [
				lessonWords.plan.objectives,
				lessonWords.plan.groundRules,
				lessonWords.plan.disclosure,
				lessonWords.plan.vocabulary,
				lessonWords.plan.send,
				lessonWords.plan.answerKey,
				...Object.values(lessonWords.stages),
			])
				expect(plan).toContain(normaliseText(heading));
			for (const id of lesson.scenarios) {
				const scenario = scenarios.find((s) => s.id === id)!;
				expect(plan).toContain(normaliseText(scenario.title));
				// The answer key says why each other answer is weaker, as the script asks the class.
				for (const choice of scenario.choices)
					expect(plan, `${id}: ${choice.text}`).toContain(normaliseText(choice.feedback));
			}
			// A choice's verdict keys its votes and marks the best answer; it is never shown, as a label beside "Post it
			// with your name…" would read oddly ("dont-post"): the key gives each answer's letter, text and feedback.
			const key = await page.locator('#answer-key + ol').innerText();
			for (const verdict of ['ask-first', 'think-again', 'dont-post', 'tell-adult'])
				expect(key, verdict).not.toContain(verdict);
			await page.goto(site.url(`/lessons/talk-about-it-at-home-ages-${slug}/`));
			const home = await printed(page);
			expect(home).toHaveLength(1);
			expect(home[0]).toContain(normaliseText(school.name));
			expect(home[0]).toContain(school.office.email);
			// The DSL's line is on the one page, and the age checker is named where a family can find it: no bare path
			// ("/tools/age-checker/") that no one could follow from paper, in a build that does not know the site's address.
			expect(home[0]).toContain(school.safeguarding.dsl.phone);
			expect(home[0]).toContain(normaliseText(lessonWords.home.checkAppPage));
			expect(home[0]).not.toMatch(/(^|\s)\/[a-z]/);
			await close();
		});
	}

	for (const { band, slug, label } of bands) {
		it(`prints the ${label.toLowerCase()} lesson’s worksheet on at most two sides of A4: the baseline, the lesson’s scenarios only, the end assessment, and no answers`, async () => {
			const lesson = lessons.find((l) => l.id === band)!;
			const { page, close } = await site.visit(`/lessons/worksheet-ages-${slug}/`);
			const sheets = await printed(page);
			console.log(`${label} lesson worksheet: ${sheets.length} page(s)`);
			expect(sheets.length).toBeLessThanOrEqual(2);
			const text = sheets.join(' ');
			expect(text).toContain(normaliseText(school.name));
			expect(text).toContain(normaliseText(lesson.baseline.question));
			for (const scenario of scenarios)
				expect(text.includes(normaliseText(scenario.title)), scenario.title).toBe(
					lesson.scenarios.includes(scenario.id)
				);
			expect(text).not.toContain(normaliseText(board.bestAnswer));
			// Room to write: a box after the baseline and a line for each scenario's "why".
			await expect(page.locator('.lesson-worksheet__space').count()).resolves.toBe(2);
			await expect(page.locator('.worksheet__why').count()).resolves.toBe(lesson.scenarios.length);
			await close();
		});
	}

	it('without JavaScript there is no Print button, and the worksheet is all there', async () => {
		const { page, close } = await site.visit(`/tools/quiz-worksheet/ages-${bands[0]!.slug}/`, {
			javaScriptEnabled: false,
		});
		await expect(page.locator('button[data-print]').isVisible()).resolves.toBe(false);
		await expect(page.locator('.worksheet__question').count()).resolves.toBe(
			inBand(youngest).length
		);
		await close();
	});
});

describe('Before you post on the built site', () => {
	it('answers by keyboard, and without JavaScript lists every question once, with no repeated words', async () => {
		const { page, close } = await site.visit('/tools/before-you-post/');
		await page.locator('.before-you-post').scrollIntoViewIfNeeded();
		await page.locator('.before-you-post [data-ready]').waitFor();
		const words = postingRulesWording.before;
		const verdicts = postingRulesWording.verdicts;
		// A message about a named teacher, by keyboard: what it is, nothing harmful, it is about a teacher.
		await page.getByRole('radio', { name: words.kind.choices['words']!.pupils }).focus();
		await page.keyboard.press('Space');
		await page.getByRole('button', { name: words.interface['next']! }).focus();
		await page.keyboard.press('Enter');
		await page.waitForFunction(() => document.activeElement?.id === 'byp-question');
		await page.getByRole('button', { name: words.interface['no']! }).focus();
		await page.keyboard.press('Enter');
		await page.waitForFunction(() => document.activeElement?.id === 'byp-question');
		await page.getByRole('checkbox').first().waitFor();
		await page.locator('.before-you-post__choices input[value="aboutStaff"]').focus();
		await page.keyboard.press('Space');
		await page.getByRole('button', { name: words.interface['next']! }).focus();
		await page.keyboard.press('Enter');
		await expect
			.poll(() => page.getByRole('heading', { name: verdicts['dont-post'].pupils }).isVisible())
			.toBe(true);
		await page.waitForFunction(() => document.activeElement?.id === 'byp-verdict');
		await page.getByRole('button', { name: words.interface['startOver']! }).focus();
		await page.keyboard.press('Enter');
		await page.waitForFunction(() => document.activeElement?.id === 'byp-question');
		await close();

		const noScript = await site.visit('/tools/before-you-post/', { javaScriptEnabled: false });
		// Each rule's question and advice (the rules inside the broad question about harm are listed under it).
		const items = await noScript.page
			.locator('.before-you-post__static li:not(:has(li))')
			.allInnerTexts();
		expect(items.length).toBeGreaterThanOrEqual(15);
		for (const item of items) {
			const sentences = item.split(/(?<=[.?!])\s+/).filter((sentence) => sentence.length > 0);
			expect(new Set(sentences).size, item).toBe(sentences.length);
		}
		await noScript.close();
	});
});

describe('the lessons, found by year group', () => {
	it('a teacher’s search for a year group puts that band’s lesson plan first, from the home page', async () => {
		const { page, close } = await site.visit('/');
		await openSearch(page);
		const lessonYears = parse(readFileSync('content/data/lessons.yaml', 'utf8')) as {
			id: string;
			years: number[];
		}[];
		// Only the bands the school teaches have a lesson on its site (its ageRange).
		for (const lesson of lessonYears.filter(({ id }) => teachesBand(id)))
			for (const year of lesson.years) {
				const results = await searchFor(page, `year ${year} lesson`);
				expect(results[0], `year ${year} lesson`).toBe(
					`/lessons/ages-${lesson.id.replace('-', '-to-')}/`
				);
			}
		await close();
	});
});
