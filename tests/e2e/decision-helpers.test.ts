import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBuiltSite } from './support/site';
import AxeBuilder from '@axe-core/playwright';
import { extractText, getDocumentProxy } from 'unpdf';
import { decisionHelpers } from '../../src/lib/decision-helpers';
import { wordedHelper } from '../../src/decision-helpers';
import { decisionHelperWords } from '../../src/wording';
import {
	decideWorried,
	worriedHelper,
	type WorriedAnswers,
} from '../../src/lib/worried-about-a-post';
import { plainText } from '../../src/lib/rich-text';
import { docId, school } from '../../src/school';
import { learnerForms } from '../../src/lib/audience';

const site = useBuiltSite();
const worried = wordedHelper('worried-about-a-post');
const step = (id: string) => worried.steps[id]!.title;

/** Waits until the widget's script has run and its form is ready for keys. */
async function ready(page: Page) {
	await page.locator('.decision-helper').scrollIntoViewIfNeeded();
	await page.locator('.decision-helper form[data-ready]').waitFor();
}

/** The words of an answer, from the wording file (so the test follows any rewording). */
const label = (question: string, value: string) =>
	worried.questions.find((q) => q.id === question)!.options.find((o) => o.value === value)!.label;
const legend = (question: string) => worried.questions.find((q) => q.id === question)!.legend;

/** Answers the four questions by clicking, and asks for the steps. */
async function answer(page: Page, answers: WorriedAnswers) {
	for (const question of ['reporter', 'about', 'poster'] as const)
		await page
			.getByRole('group', { name: legend(question) })
			.getByRole('radio', { name: label(question, answers[question]), exact: true })
			.check();
	for (const kind of answers.kind)
		await page
			.getByRole('group', { name: legend('kind') })
			.getByRole('checkbox', { name: label('kind', kind), exact: true })
			.check();
	await page.getByRole('button', { name: decisionHelperWords.submit }).click();
	await page.locator('.decision-helper__result ol').waitFor();
}

const titles = (page: Page) =>
	page.locator('.decision-helper__result .decision-helper__step-title').allTextContents();
const expected = (answers: WorriedAnswers) =>
	decideWorried(answers).map(
		(id) => `${worried.steps[id]!.urgent ? `${decisionHelperWords.urgent} ` : ''}${step(id)}`
	);

describe('“I’m worried about a post” on the built site, by keyboard alone', () => {
	it('a member of staff reporting a parent’s abusive post about a teacher gets evidence, the head, POSH and the police, and nothing for parents', async () => {
		const { page, offsiteRequests, consoleErrors, close } = await site.visit(
			'/tools/worried-about-a-post/'
		);
		await ready(page);
		await page
			.getByRole('group', { name: legend('reporter') })
			.getByRole('radio', { name: label('reporter', 'staff') })
			.focus();
		await page.keyboard.press('Space'); // a member of staff
		await page.keyboard.press('Tab'); // into "Who or what is the post about?"
		await page.keyboard.press('ArrowDown'); // a member of staff
		await page.keyboard.press('Tab'); // into "Who posted it?"
		await page.keyboard.press('ArrowDown'); // a parent or carer
		// "What is it?" takes every answer that applies: each checkbox is a stop for the Tab key.
		const abuse = worriedHelper.questions.kind.indexOf('abuse');
		for (let i = 0; i <= abuse; i++) await page.keyboard.press('Tab');
		await page.keyboard.press('Space'); // abuse, threats or harassment
		await expect(
			page.getByRole('checkbox', { name: label('kind', 'abuse') }).isChecked()
		).resolves.toBe(true);
		for (let i = abuse; i < worriedHelper.questions.kind.length; i++)
			await page.keyboard.press('Tab'); // to the button
		await page.keyboard.press('Enter');
		const result = page.locator('.decision-helper__result');
		await expect(result.getAttribute('aria-live')).resolves.toBe('polite');
		await result.locator('ol').waitFor();
		const answers: WorriedAnswers = {
			reporter: 'staff',
			about: 'staff',
			poster: 'parent',
			kind: ['abuse'],
		};
		await expect(titles(page)).resolves.toEqual(expected(answers));
		expect(decideWorried(answers)).toEqual(
			expect.arrayContaining([
				'staff-keep-evidence',
				'staff-tell-head',
				'staff-posh',
				'staff-police',
			])
		);
		const text = await result.innerText();
		expect(text).toContain(school.roles.headteacher.short);
		await expect(
			result.getByRole('link', { name: '0344 381 4772' }).getAttribute('href')
		).resolves.toBe('tel:03443814772');
		await page.getByRole('button', { name: decisionHelperWords.startOver }).click();
		await expect.poll(() => result.innerText()).toBe('');
		await expect
			.poll(() => page.evaluate(() => document.activeElement?.getAttribute('type')))
			.toBe('radio');
		expect(offsiteRequests).toEqual([]);
		expect(consoleErrors).toEqual([]);
		await close();
	});

	it('a teaching assistant told of a pupil’s nude being used to bully them gets the “do not” steps, then the DSL by name and number, at 390 px', async () => {
		const { page, close } = await site.visit('/tools/worried-about-a-post/', {
			viewport: { width: 390, height: 844 },
		});
		await ready(page);
		const answers: WorriedAnswers = {
			reporter: 'staff',
			about: 'pupil',
			poster: 'pupil',
			kind: ['bullying', 'own-image'],
		};
		await answer(page, answers);
		await expect(titles(page)).resolves.toEqual(expected(answers));
		const result = page.locator('.decision-helper__result');
		const dslStep = result.locator('ol > li').nth(2);
		await expect(dslStep.innerText()).resolves.toContain(school.safeguarding.dsl.name);
		await expect(
			dslStep.getByRole('link', { name: school.safeguarding.dsl.phone }).getAttribute('href')
		).resolves.toBe(`tel:${school.safeguarding.dsl.phone.replace(/\D/g, '')}`);
		await expect(dslStep.getByRole('link', { name: '999' }).count()).resolves.toBe(1);
		await close();
	});

	it('a pupil who is being bullied is told to tell an adult, block and report, and about Childline', async () => {
		const { page, close } = await site.visit('/tools/worried-about-a-post/', {
			viewport: { width: 390, height: 844 },
		});
		await ready(page);
		const answers: WorriedAnswers = {
			reporter: 'pupil',
			about: 'pupil',
			poster: 'pupil',
			kind: ['bullying'],
		};
		await answer(page, answers);
		await expect(titles(page)).resolves.toEqual(expected(answers));
		await expect(
			page
				.locator('.decision-helper__result')
				.getByRole('link', { name: '0800 1111' })
				.getAttribute('href')
		).resolves.toBe('tel:08001111');
		await close();
	});
});

/** The longest routes there are (found by going through every combination of the rules): a note for them must still fit. */
const longest: WorriedAnswers[] = [
	{
		reporter: 'dsl',
		about: 'staff',
		poster: 'staff',
		kind: ['criticism', 'harmful', 'extremist', 'faked-image', 'own-image', 'sexual-contact'],
	},
	{ reporter: 'staff', about: 'pupil', poster: 'pupil', kind: ['bullying'] },
];

describe('the incident note', () => {
	it.each(
		longest.map((answers) => [`${answers.reporter}: ${answers.kind.join(', ')}`, answers] as const)
	)(
		'prints on one page, alone, with what was typed and the steps ticked (%s)',
		async (_name, answers) => {
			const { page, close } = await site.visit('/tools/worried-about-a-post/');
			await ready(page);
			await answer(page, answers);
			const note = page.locator('.incident-note');
			await note.locator('summary').click();
			const seen = 'At break a pupil showed me messages in a group chat. '.repeat(6);
			await note.getByLabel(decisionHelperWords.note.when).fill('2026-12-01T10:45');
			await note.getByLabel(decisionHelperWords.note.who).fill('A. Teacher, Year 8 form tutor');
			await note.getByLabel(decisionHelperWords.note.seen).fill(seen);
			await note.getByLabel(decisionHelperWords.note.told).fill('The DSL, in person, at 11:00.');
			await note.getByRole('checkbox').first().check();
			// Print as the button does, without the print dialog.
			await page.evaluate(() => (window.print = () => {}));
			await note.getByRole('button', { name: decisionHelperWords.note.print }).click();
			await expect(page.evaluate(() => document.documentElement.dataset['printing'])).resolves.toBe(
				'incident-note'
			);
			const pdf = await page.pdf({ format: 'A4', printBackground: true });
			const pdfDocument = await getDocumentProxy(new Uint8Array(pdf));
			expect(pdfDocument.numPages).toBe(1);
			const { text } = await extractText(pdfDocument, { mergePages: true });
			const flat = text.replace(/\s+/g, ' ');
			expect(flat).toContain('A. Teacher, Year 8 form tutor');
			expect(flat).toContain('The DSL, in person, at 11:00.');
			expect(flat).toContain(
				decideWorried(answers).length > 0 ? plainText(step(decideWorried(answers).at(-1)!)) : ''
			);
			expect(flat).toContain(label('reporter', answers.reporter));
			// Nothing typed is kept: no storage, and a reload empties the note.
			const stored = await page.evaluate(() =>
				JSON.stringify([{ ...localStorage }, { ...sessionStorage }, document.cookie])
			);
			expect(stored).not.toContain('A. Teacher');
			await page.reload();
			await ready(page);
			await expect(page.locator('.incident-note').count()).resolves.toBe(0);
			await close();
		}
	);
});

describe('axe-core on every reader’s results, with the incident note open', () => {
	it.each(worriedHelper.questions.reporter.map((reporter) => [reporter] as const))(
		'%s',
		async (reporter) => {
			const { page, close } = await site.visit('/tools/worried-about-a-post/');
			await ready(page);
			await answer(page, {
				reporter,
				about: 'pupil',
				poster: 'pupil',
				kind: ['bullying', 'own-image', 'sexual-contact'],
			});
			await page.locator('.incident-note summary').click();
			const { violations } = await new AxeBuilder({ page })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
				.include('.decision-helper')
				.analyze();
			expect(
				violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
			).toEqual([]);
			await close();
		}
	);
});

describe('the pupils’ page, “Something online has upset or worried me”', () => {
	it('is reached from “For pupils”, and its help is reachable by keyboard at 390 px', async () => {
		const { page, consoleErrors, close } = await site.visit(`/${docId('for-pupils')}/`, {
			viewport: { width: 390, height: 844 },
		});
		await page
			.getByRole('link', { name: /Something online has upset or worried me/ })
			.first()
			.click();
		await page.waitForURL(/\/help\/something-upset-me\/$/);
		const main = page.locator('main');
		await expect(main.getByRole('heading', { level: 2 }).first().innerText()).resolves.toBe(
			'Tell an adult you trust'
		);
		const childline = main.getByRole('link', { name: '0800 1111' }).first();
		await expect(childline.getAttribute('href')).resolves.toBe('tel:08001111');
		// Every link in the page's text can be reached with the Tab key (each address once: Childline is given twice).
		const links = new Set(
			await main
				.locator('.sl-markdown-content a')
				.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')))
		).size;
		const reached = new Set<string>();
		await main.locator('h1').click();
		for (let i = 0; i < 60 && reached.size < links; i++) {
			await page.keyboard.press('Tab');
			const inContent = await page.evaluate(() =>
				Boolean(document.activeElement?.closest('.sl-markdown-content'))
			);
			if (inContent)
				reached.add(await page.evaluate(() => document.activeElement!.getAttribute('href')!));
		}
		expect(reached.size).toBe(links);
		expect(reached).toContain('tel:08001111');
		expect(consoleErrors).toEqual([]);
		await close();
	});
});

// The third DSL review (M3): every step's sources, each with the day it was read and its note, and a visible
// "not yet confirmed" wherever the source is marked unconfirmed; the same in the result and without JavaScript.
describe('the sources under each step of “I’m worried about a post”', () => {
	/** What each listed step should show: how many sources, how many with a note, how many not yet confirmed. */
	const expectedSources = (ids: readonly string[]) =>
		ids.map((id) => {
			const cited = worried.steps[id]!.references.map(
				(reference) => worried.sources[reference.source]!
			);
			return {
				sources: cited.length,
				checked: cited.length,
				notes: cited.filter((source) => source.note).length,
				unconfirmed: cited.filter((source) => source.unconfirmed).length,
			};
		});
	const shownSources = (steps: ReturnType<Page['locator']>) =>
		steps.evaluateAll(
			(items, words) =>
				items.map((item) => {
					const sources = [...item.querySelectorAll('.decision-helper__references > li')];
					return {
						sources: sources.length,
						checked: sources.filter((source) => source.textContent!.includes(words.checked)).length,
						notes: item.querySelectorAll('.decision-helper__references details').length,
						unconfirmed: [...item.querySelectorAll('.decision-helper__unconfirmed')].filter(
							(mark) =>
								mark.textContent === words.unconfirmed &&
								(mark as HTMLElement).offsetParent !== null
						).length,
					};
				}),
			{ checked: decisionHelperWords.checked, unconfirmed: decisionHelperWords.unconfirmed }
		);

	it('shows them under each step of the result: a teacher’s post bullying a pupil (an allegation)', async () => {
		const { page, close } = await site.visit('/tools/worried-about-a-post/', {
			viewport: { width: 390, height: 844 },
		});
		await ready(page);
		const answers: WorriedAnswers = {
			reporter: 'staff',
			about: 'pupil',
			poster: 'staff',
			kind: ['bullying'],
		};
		await answer(page, answers);
		const route = decideWorried(answers);
		const shown = await shownSources(page.locator('.decision-helper__result ol > li'));
		expect(shown).toEqual(expectedSources(route));
		expect(shown.some((step) => step.unconfirmed > 0)).toBe(true);
		await close();
	});

	it('shows the same without JavaScript, under every listed step', async () => {
		const { page, close } = await site.visit('/tools/worried-about-a-post/', {
			javaScriptEnabled: false,
		});
		const listed = worried.groups.flatMap((group) => group.steps);
		await expect(
			shownSources(page.locator('.decision-helper__groups .decision-helper__all > li'))
		).resolves.toEqual(expectedSources(listed));
		await close();
	});
});

describe('the decision helpers without JavaScript', () => {
	// Every step of the helper's wording is listed, each with its quote of the policy if it has one. (This replaces
	// "at least 5 steps and 3 quotes", a number written nowhere else: a helper may have as few steps as it needs.)
	it.each(decisionHelpers.map(({ id, page }) => [`/${page}/`, id] as const))(
		'%s shows its guidance as a readable list',
		async (path, id) => {
			// Each step as often as it is listed: once, or once under each reader it is for (a step for every member of
			// staff is listed for the DSL and the Headteacher too).
			const worded = wordedHelper(id);
			const listed = worded.groups.length
				? worded.groups.flatMap((group) => group.steps)
				: Object.keys(worded.steps);
			const steps = listed.map((step) => worded.steps[step]!);
			const { page, close } = await site.visit(path, { javaScriptEnabled: false });
			await expect(page.locator('.decision-helper__all > li').count()).resolves.toBe(steps.length);
			await expect(page.locator('.decision-helper__all blockquote').count()).resolves.toBe(
				steps.filter((step) => step.quote).length
			);
			// The island's form is in the page too (so nothing moves when it loads), but cannot work: it is hidden.
			await expect(page.locator('.decision-helper form').isVisible()).resolves.toBe(false);
			await close();
		}
	);

	it('“I’m worried about a post” has a blank incident note that prints alone, on one page, with what was written in', async () => {
		const { page, close } = await site.visit('/tools/worried-about-a-post/', {
			javaScriptEnabled: false,
		});
		const note = page.locator('.incident-note--static');
		await expect(note.count()).resolves.toBe(1);
		await note.locator('summary').click();
		const words = decisionHelperWords.note;
		await note
			.getByLabel(words.reported)
			.fill('A fake account messaging Year 7 pupils on Instagram');
		await note.getByLabel(words.who).fill('B. Assistant, teaching assistant');
		await note.getByLabel(words.seen).fill('A pupil showed me the messages at lunch. '.repeat(5));
		await note.getByLabel(words.taken).fill('Told the DSL by phone at 12:40.');
		await note.getByLabel(words.told).fill('The DSL, by phone, at 12:40.');
		// The browser's own Print, as a reader without JavaScript prints it: the note alone, on one page.
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('.decision-helper__groups').isVisible()).resolves.toBe(false);
		await expect(page.locator('header').first().isVisible()).resolves.toBe(false);
		const pdf = await page.pdf({ format: 'A4', printBackground: true });
		const pdfDocument = await getDocumentProxy(new Uint8Array(pdf));
		expect(pdfDocument.numPages).toBe(1);
		const { text } = await extractText(pdfDocument, { mergePages: true });
		const flat = text.replace(/\s+/g, ' ');
		expect(flat).toContain('B. Assistant, teaching assistant');
		expect(flat).toContain('The DSL, by phone, at 12:40.');
		expect(flat).toContain('A fake account messaging Year 7 pupils on Instagram');
		await close();
	});

	it('“I’m worried about a post” lists each reader’s steps under their own heading', async () => {
		const { page, close } = await site.visit('/tools/worried-about-a-post/', {
			javaScriptEnabled: false,
		});
		const headings = await page.locator('.decision-helper__group-title').allInnerTexts();
		expect(headings).toEqual(worried.groups.map((group) => group.heading));
		for (const group of worried.groups) {
			const section = page
				.locator('.decision-helper__groups > section')
				.filter({ has: page.getByRole('heading', { name: group.heading }) });
			await expect(section.locator('.decision-helper__all > li').count()).resolves.toBe(
				group.steps.length
			);
		}
		await close();
	});
});

describe('“Can we connect online?” on the built site', () => {
	it('answers a pupil’s friend request to a teacher', async () => {
		const { page, close } = await site.visit('/tools/connect-online/');
		await ready(page);
		await page
			.getByRole('group', { name: 'Who wants to connect?' })
			.getByRole('radio', { name: `A ${learnerForms(school.learners).learner}` })
			.check();
		await page
			.getByRole('radio', { name: 'A member of staff, governor, volunteer or contractor' })
			.check();
		await page.getByRole('radio', { name: 'A friend request' }).check();
		await page
			.getByRole('group', { name: /already family/ })
			.getByRole('radio', { name: 'No' })
			.check();
		await page.getByRole('button', { name: 'Show what to do' }).click();
		await expect
			.poll(() => page.locator('.decision-helper__result').innerText())
			.toMatch(/Not allowed[\s\S]*Tell the DSL/);
		await close();
	});
});

describe('the contacts page', () => {
	it('shows the named safeguarding people and services from the settings, each number a link', async () => {
		const { page, close } = await site.visit('/contacts/');
		const atSchool = page.locator('main');
		const { dsl, deputies, outOfHours, childrensServices, lado, onlineSafetyLead } =
			school.safeguarding;
		const tel = (phone: string) => `tel:${phone.replace(/\D/g, '')}`;
		const card = (name: string) =>
			atSchool.locator('.contact-card').filter({ has: page.getByRole('heading', { name }) });
		for (const person of [dsl, ...deputies]) {
			const found = card(person.name);
			await expect(found.count()).resolves.toBe(1);
			await expect(
				found.getByRole('link', { name: person.phone }).getAttribute('href')
			).resolves.toBe(tel(person.phone));
			await expect(
				found.getByRole('link', { name: person.email }).getAttribute('href')
			).resolves.toBe(`mailto:${person.email}`);
			await expect(found.innerText()).resolves.toContain(person.hours);
		}
		await expect(card(onlineSafetyLead.name).count()).resolves.toBe(1);
		await expect(
			card(childrensServices.name).getByRole('link', { name: childrensServices.phone }).count()
		).resolves.toBe(1);
		for (const phone of [outOfHours.phone, lado.phone])
			await expect(
				atSchool.locator(`a[href="${tel(phone)}"]`).count()
			).resolves.toBeGreaterThanOrEqual(1);
		await close();
	});

	it('is where the staff page sends a member of staff for the DSL, and the staff page names them from the settings', async () => {
		const { page, close } = await site.visit('/staff/when-you-are-targeted/');
		const main = page.locator('main');
		await expect(main.innerText()).resolves.toContain(school.safeguarding.dsl.name);
		await expect(
			main.getByRole('link', { name: school.safeguarding.dsl.phone }).first().getAttribute('href')
		).resolves.toBe(`tel:${school.safeguarding.dsl.phone.replace(/\D/g, '')}`);
		await expect(
			main.getByRole('link', { name: school.safeguarding.lado.phone }).count()
		).resolves.toBeGreaterThanOrEqual(1);
		await close();
	});

	it('lists every contact the policy names, from the settings and the data', async () => {
		const { page, close } = await site.visit('/contacts/');
		const text = await page.locator('main').innerText();
		const fromSettings = [
			`${school.shortName} school office`,
			school.roles.dsl.long,
			school.roles.headteacher.long,
			school.localAdvisers.name,
		];
		for (const name of [
			...fromSettings,
			'Professionals Online Safety Helpline',
			'NSPCC',
			'CEOP',
			'999',
			'101',
		]) {
			expect(text).toContain(name);
		}
		for (const name of [
			'Childline',
			'Report Remove',
			'Report Harmful Content',
			'Action Counters Terrorism',
		])
			expect(text).toContain(name);
		await close();
	});
});

describe('the staff page on the school’s online reputation', () => {
	it('shows the example replies with the school’s names, the complaints procedure as a named link, and links to the routes', async () => {
		const { page, close } = await site.visit('/staff/online-reputation/');
		const main = page.locator('main');
		await expect(main.locator('.reputation-reply').count()).resolves.toBeGreaterThanOrEqual(5);
		await expect(
			main.getByRole('link', { name: school.office.email }).first().getAttribute('href')
		).resolves.toBe(`mailto:${school.office.email}`);
		await expect(
			main.getByRole('link', { name: 'complaints procedure' }).first().getAttribute('href')
		).resolves.toBe(school.complaintsProcedure.url);
		await expect(main.innerText()).resolves.not.toContain(school.complaintsProcedure.url);
		await main
			.getByRole('link', { name: /I’m worried about a post/ })
			.last()
			.click();
		await page.waitForURL(/\/tools\/worried-about-a-post\/$/);
		await close();
	});
});
