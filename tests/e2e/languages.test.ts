import AxeBuilder from '@axe-core/playwright';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fill } from '../../src/lib/age-verdict';
import { pluralForm } from '../../src/lib/plural';
import { englishIdOf, languageOf, shippedLanguages } from '../../src/lib/translation-languages';
import { pageUrl } from '../../src/lib/url';
import { ageCheckerWords } from '../../src/age-checker-words';
import { siteWords } from '../../src/site-words';
import { builtPages } from './support/dist';
import { idOf, languagePaths, translatedPaths } from './support/languages';
import { useBuiltSite } from './support/site';

/**
 * The site in other languages (issue 22): every translated page (content/docs/<language>/) is built with its language's
 * lang and dir, its notice and a link to the same page in English; a page not yet translated is the English page with
 * Starlight's notice, kept out of that language's search index; the age checker works on a translated page at 390 px,
 * left to right and right to left; axe finds nothing on translated pages in either theme; and the "Listen" control
 * starts, pauses and stops, with a stand-in for the browser's speech engine.
 */
const site = useBuiltSite();
const all = builtPages(undefined, { languages: true });
const byPath = new Map(all.map((page) => [page.path, page.document]));
const translated = translatedPaths();
const fallbacks = languagePaths().filter((path) => !translated.includes(path));
const school = parse(readFileSync('content/school.yaml', 'utf8')) as { languages?: string[] };
const siteWordsOf = (code: string) =>
	parse(readFileSync(`content/data/site-words.${code}.yaml`, 'utf8')) as {
		listen: Record<string, string>;
	};

describe('the languages the school chose', () => {
	it('are each built, with a home page in that language, and nothing else is', () => {
		const built = new Set(languagePaths().map((path) => languageOf(idOf(path))));
		expect([...built].sort()).toEqual([...(school.languages ?? [])].sort());
		for (const code of school.languages ?? []) expect(byPath.has(`/${code}/`)).toBe(true);
	});

	it('are offered in Starlight’s language picker on every page, English among them', () => {
		const picker = byPath.get('/')!.querySelector('starlight-lang-select select');
		const options = [...(picker?.querySelectorAll('option') ?? [])].map((option) =>
			option.getAttribute('value')
		);
		expect(options).toContain('/');
		for (const code of school.languages ?? []) expect(options).toContain(`/${code}/`);
	});
});

describe.each(translated)('the translation %s', (path) => {
	const document = byPath.get(path)!;
	const code = languageOf(idOf(path))!;
	const language = shippedLanguages[code];

	it('is built in its language and direction', () => {
		expect(document.documentElement.getAttribute('lang')).toBe(language.lang);
		expect(document.documentElement.getAttribute('dir')).toBe(language.dir);
	});

	it('says it is a translation, whether a speaker has checked it, and links to the same page in English', () => {
		const notice = document.querySelector('[data-translation-notice]');
		expect(notice).not.toBeNull();
		expect(notice!.getAttribute('data-translation-checked')).toMatch(/^(yes|no)$/);
		const english = notice!.querySelector<HTMLAnchorElement>('a[data-english-link]')!;
		expect(english.getAttribute('href')).toBe(pageUrl(englishIdOf(idOf(path))));
		expect(byPath.has(english.getAttribute('href')!)).toBe(true);
	});

	it('is in its language’s search index, and its policy words are marked as a translation', () => {
		expect(document.querySelector('main[data-pagefind-body]')).not.toBeNull();
		for (const block of document.querySelectorAll('[data-layer="policy"]'))
			expect(block.getAttribute('data-translation')).toBe(code);
	});
});

describe('a page not yet translated', () => {
	it('is built in every language, the English page with the notice in the reader’s language', () => {
		expect(fallbacks.length).toBeGreaterThan(0);
		for (const path of fallbacks) {
			const document = byPath.get(path)!;
			const code = languageOf(idOf(path))!;
			expect(document.documentElement.getAttribute('lang'), path).toBe(shippedLanguages[code].lang);
			const notice = document.querySelector('[data-fallback-notice]');
			expect(notice, path).not.toBeNull();
			expect(notice!.querySelector('a')!.getAttribute('href'), path).toBe(
				pageUrl(englishIdOf(idOf(path)))
			);
		}
	});

	it('is left out of its language’s search index, where it would repeat the English', () => {
		for (const path of fallbacks)
			expect(byPath.get(path)!.querySelector('[data-pagefind-body]'), path).toBeNull();
	});
});

/**
 * The age checker on a translated page, in the reader's language (content/data/age-checker.<language>.yaml): the form,
 * an error by its field, and the answer's headline; an app's own notes stay in English, marked lang="en-GB" after a
 * label in the reader's language.
 */
async function checkAge(page: Page, code: 'pl' | 'ur' | 'ar') {
	const words = ageCheckerWords(code);
	await page.locator('.age-checker').scrollIntoViewIfNeeded();
	await page.locator('.age-checker__form[data-ready]').waitFor();
	// The checker is no longer said to be in English.
	await expect(page.locator('[data-in-english]').count()).resolves.toBe(0);
	const input = page.getByRole('combobox', { name: words.form.app.label });
	await input.focus();
	await page.keyboard.type('insta');
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Enter');
	await expect(input.inputValue()).resolves.toBe('Instagram');
	// No age: the message is by the field, in the reader's language, and focus goes to the field.
	await page.getByRole('button', { name: words.form.check }).click();
	const age = page.getByLabel(words.form.years.label);
	await expect(age.getAttribute('aria-invalid')).resolves.toBe('true');
	await expect(page.locator('.age-checker__form').innerText()).resolves.toContain(
		words.errors['years-missing']
	);
	await expect(age.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
	await age.fill('12');
	await page.getByRole('button', { name: words.form.check }).click();
	const expected = fill(words.headlines['not-yet-terms'], {
		minimum: 13,
		// One year, in the language's own plural form for 1 where it gives them ("سنة واحدة").
		wait: fill(words.waits.years, {
			time: words.plurals
				? pluralForm(words.lang ?? code, 1, words.plurals.year)
				: fill(words.units.year, { count: 1 }),
		}),
	});
	await expect(page.locator('.age-verdict__headline').innerText()).resolves.toContain(expected);
	// What stays in English is marked so, after a label in the reader's language.
	await expect(page.locator('.age-verdict [lang="en-GB"]').count()).resolves.toBeGreaterThan(0);
	await expect(page.locator('.age-verdict__in-english').first().innerText()).resolves.toBe(
		siteWords(code).notice.appInEnglish
	);
	await expect(page.locator('.age-verdict h4').first().innerText()).resolves.toBe(
		words.verdict.changes
	);
	// At 390 px nothing overflows sideways, left to right or right to left.
	await expect(
		page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
	).resolves.toBeLessThanOrEqual(0);
}

describe.each(['pl', 'ur', 'ar'] as const)('the age checker in %s, at 390 px', (code) => {
	it.each(['light', 'dark'] as const)(
		'answers a parent end to end in its words, and axe finds nothing in the %s theme',
		async (theme) => {
			const path = `/${code}/tools/age-checker/`;
			expect(translated).toContain(path);
			const { page, offsiteRequests, consoleErrors, close } = await site.open({
				viewport: { width: 390, height: 844 },
			});
			await page.addInitScript((chosen) => localStorage.setItem('starlight-theme', chosen), theme);
			await page.goto(site.url(path));
			await expect(page.evaluate(() => document.documentElement.dataset['theme'])).resolves.toBe(
				theme
			);
			await expect(page.evaluate(() => document.documentElement.dir)).resolves.toBe(
				shippedLanguages[code].dir
			);
			await checkAge(page, code);
			const { violations } = await new AxeBuilder({ page }).withTags(wcag).analyze();
			expect(
				violations.map(
					(violation) =>
						`${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`
				)
			).toEqual([]);
			expect(offsiteRequests).toEqual([]);
			expect(consoleErrors).toEqual([]);
			await close();
		}
	);
});

const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
describe.each([
	'/pl/policy/age-limits/',
	'/ur/policy/age-limits/',
	'/ur/',
	'/ur/parents/bullied-online/',
	'/ur/help/something-upset-me/',
	'/pl/for-pupils/',
	'/ar/policy/extremism/',
])('axe on %s', (path) => {
	it.each(['light', 'dark'] as const)('finds nothing in the %s theme', async (theme) => {
		const visit = await site.open({ viewport: { width: 390, height: 900 } });
		await visit.page.addInitScript(
			(chosen) => localStorage.setItem('starlight-theme', chosen),
			theme
		);
		await visit.page.goto(site.url(path));
		await expect(
			visit.page.evaluate(() => document.documentElement.dataset['theme'])
		).resolves.toBe(theme);
		const { violations } = await new AxeBuilder({ page: visit.page }).withTags(wcag).analyze();
		expect(
			violations.map(
				(violation) =>
					`${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`
			)
		).toEqual([]);
		await visit.close();
	});
});

/**
 * A stand-in for the browser's speech engine, installed before the page loads: it has a voice for `lang`, records
 * what it is asked to do, and ends each utterance only when the test says so.
 */
function stubSpeech(lang: string) {
	type Calls = { spoken: string[]; calls: string[]; finish: () => void };
	const voice = {
		lang,
		name: `Test voice (${lang})`,
		default: true,
		localService: true,
		voiceURI: 'test',
	};
	let current: (EventTarget & { text: string }) | undefined;
	const record: Calls = {
		spoken: [],
		calls: [],
		finish: () => current?.dispatchEvent(new Event('end')),
	};
	const synth = Object.assign(new EventTarget(), {
		getVoices: () => [voice],
		speak: (utterance: EventTarget & { text: string }) => {
			current = utterance;
			record.spoken.push(utterance.text);
			record.calls.push('speak');
		},
		pause: () => record.calls.push('pause'),
		resume: () => record.calls.push('resume'),
		cancel: () => record.calls.push('cancel'),
		speaking: false,
		paused: false,
		pending: false,
	});
	Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
	(window as unknown as { speech: Calls }).speech = record;
}

describe('reading a page aloud', () => {
	it('is hidden where the device has no voice for the page’s language, and never starts by itself', async () => {
		const visit = await site.open();
		await visit.page.addInitScript(stubSpeech, 'en-GB');
		// With an English voice only: shown on an English page, hidden on an Urdu one.
		await visit.page.goto(site.url('/'));
		await visit.page.locator('[data-read-aloud][data-ready]').waitFor();
		await visit.page.goto(site.url('/ur/'));
		await visit.page.locator('main').waitFor();
		await expect(visit.page.locator('[data-read-aloud]').isHidden()).resolves.toBe(true);
		await expect(
			visit.page.evaluate(() => (window as unknown as { speech: { calls: string[] } }).speech.calls)
		).resolves.toEqual([]);
		await visit.close();
	});

	it('starts, pauses, carries on and stops, highlighting the sentence it reads, by keyboard alone', async () => {
		const visit = await site.open({ viewport: { width: 390, height: 844 } });
		const { page } = visit;
		await page.addInitScript(stubSpeech, 'pl-PL');
		const loads: string[] = [];
		page.on('request', (request) => loads.push(request.url()));
		await page.goto(site.url('/pl/policy/raising-a-concern/'));
		const control = page.locator('[data-read-aloud][data-ready]');
		await control.waitFor();
		const listen = siteWordsOf('pl').listen;
		const play = control.locator('[data-read-aloud-play]');
		// Nothing has been spoken, and the reading code has not loaded.
		await expect(
			page.evaluate(() => (window as unknown as { speech: { calls: string[] } }).speech.calls)
		).resolves.toEqual([]);
		expect(loads.some((url) => /\/read-aloud\.[\w-]+\.js$/.test(url))).toBe(false);

		await play.focus();
		await page.keyboard.press('Enter');
		await page.locator('[data-read-aloud][data-state="playing"]').waitFor();
		expect(loads.some((url) => /\/read-aloud\.[\w-]+\.js$/.test(url))).toBe(true);
		const title = await page.locator('main h1').innerText();
		await expect(
			page.evaluate(() => (window as unknown as { speech: { spoken: string[] } }).speech.spoken[0])
		).resolves.toBe(title.trim());
		await expect(play.innerText()).resolves.toContain(listen['pause']);
		await expect(control.locator('[role="status"]').innerText()).resolves.toBe(listen['reading']);
		await expect(page.evaluate(() => CSS.highlights.has('read-aloud'))).resolves.toBe(true);

		// The next sentence follows when the engine finishes one.
		await page.evaluate(() =>
			(window as unknown as { speech: { finish: () => void } }).speech.finish()
		);
		await expect(
			page.evaluate(
				() => (window as unknown as { speech: { spoken: string[] } }).speech.spoken.length
			)
		).resolves.toBe(2);

		await page.keyboard.press('Enter');
		await page.locator('[data-read-aloud][data-state="paused"]').waitFor();
		await expect(play.innerText()).resolves.toContain(listen['resume']);
		await page.keyboard.press('Enter');
		await page.locator('[data-read-aloud][data-state="playing"]').waitFor();

		await control.locator('[data-read-aloud-stop]').click();
		await page.locator('[data-read-aloud][data-state="idle"]').waitFor();
		await expect(
			page.evaluate(() => (window as unknown as { speech: { calls: string[] } }).speech.calls)
		).resolves.toEqual(['cancel', 'speak', 'speak', 'pause', 'resume', 'cancel']);
		await expect(page.evaluate(() => CSS.highlights.has('read-aloud'))).resolves.toBe(false);
		// Focus goes back to Listen, never lost with the Stop button that hides.
		await expect(
			page.evaluate(() => document.activeElement?.hasAttribute('data-read-aloud-play'))
		).resolves.toBe(true);
		await expect(play.innerText()).resolves.toContain(listen['listen']);
		await visit.close();
	});
});
