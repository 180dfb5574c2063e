import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import AgeChecker from '../../src/components/age-checker/AgeChecker';
import { parseListFile } from '../../src/lib/data-file';
import { appSchema } from '../../src/schemas/apps';
import { ageCheckerWording, featureLabels, pegiWording } from '../../src/wording';
import { findApp, nameLines, oldestChild } from '../../src/lib/age-check';
import {
	describeChild,
	errorMessage,
	fill,
	formWords,
	widgetWords,
} from '../../src/lib/age-verdict';
import { verdictApp } from '../../src/lib/app';
import { formatDate } from '../../src/lib/dates';

const apps = parseListFile(readFileSync('content/data/apps.yaml', 'utf8'), appSchema, 'apps.yaml');

afterEach(cleanup);

const words = ageCheckerWording;
const { form } = words;

async function renderChecker() {
	render(
		<AgeChecker
			apps={apps}
			pegiWording={pegiWording}
			featureLabels={featureLabels}
			policyQuote="We ask parents to respect age ratings."
			policyUrl="/policy/age-limits/#respecting-age-ratings"
			words={ageCheckerWording}
			guideUrls={Object.fromEntries(apps.map((app) => [app.id, `/apps/${app.id}/`]))}
			staleSources={[]}
		/>
	);
	return screen.findByRole('combobox', { name: form.app.label });
}

describe('the age checker', () => {
	it('renders its form at once, and marks itself ready once its listeners are attached', async () => {
		render(
			<AgeChecker
				apps={apps}
				pegiWording={pegiWording}
				featureLabels={featureLabels}
				policyQuote=""
				policyUrl="/"
				words={ageCheckerWording}
				guideUrls={{}}
				staleSources={[]}
			/>
		);
		expect(screen.getByRole('combobox', { name: form.app.label })).toBeTruthy();
		await waitFor(() =>
			expect(document.querySelector('.age-checker__form')?.hasAttribute('data-ready')).toBe(true)
		);
	});

	it('suggests Instagram when “insta” is typed, and chooses it with the arrow keys and Enter', async () => {
		const input = await renderChecker();
		fireEvent.input(input, { target: { value: 'insta' } });
		expect(input.getAttribute('aria-expanded')).toBe('true');
		expect(screen.getAllByRole('option')[0]!.textContent).toMatch(/^Instagram/);
		fireEvent.keyDown(input, { key: 'ArrowDown' });
		expect(input.getAttribute('aria-activedescendant')).toBe(screen.getAllByRole('option')[0]!.id);
		fireEvent.keyDown(input, { key: 'Enter' });
		expect((input as HTMLInputElement).value).toBe('Instagram');
		expect(input.getAttribute('aria-expanded')).toBe('false');
	});

	it('closes the list with Escape and keeps the text; a second Escape clears it', async () => {
		const input = await renderChecker();
		fireEvent.input(input, { target: { value: 'snap' } });
		fireEvent.keyDown(input, { key: 'Escape' });
		expect(input.getAttribute('aria-expanded')).toBe('false');
		expect((input as HTMLInputElement).value).toBe('snap');
		fireEvent.keyDown(input, { key: 'Escape' });
		expect((input as HTMLInputElement).value).toBe('');
	});

	it('gives the verdict in a polite live region', async () => {
		const input = await renderChecker();
		fireEvent.input(input, { target: { value: 'insta' } });
		fireEvent.input(screen.getByLabelText(form.years.label), { target: { value: '12' } });
		fireEvent.click(screen.getByRole('button', { name: form.check }));
		const instagram = findApp(apps, 'instagram')!;
		const expected = fill(ageCheckerWording.headlines['not-yet-terms'], {
			minimum: instagram.minimumAge!.age,
			wait: fill(ageCheckerWording.waits.years, { time: fill(words.units.year, { count: 1 }) }),
		});
		const verdict = await screen.findByText(`${expected}.`);
		expect(verdict.closest('[aria-live="polite"]')).not.toBeNull();
		const lastRead = instagram.sources
			.map((source) => source.checked)
			.sort()
			.at(-1)!;
		expect(
			screen.getByText(fill(words.verdict.lastChecked, { date: formatDate(lastRead) }), {
				exact: false,
			})
		).toBeTruthy();
		expect(
			screen
				.getByRole('link', { name: fill(ageCheckerWording.guideLink, { app: 'Instagram' }) })
				.getAttribute('href')
		).toBe('/apps/instagram/');
		expect(screen.getByRole('link', { name: words.verdict.policy }).getAttribute('href')).toBe(
			'/policy/age-limits/#respecting-age-ratings'
		);
	});

	it('puts a message next to each field that is wrong, and moves focus to the first', async () => {
		const input = await renderChecker();
		fireEvent.input(screen.getByLabelText(form.years.label), { target: { value: '12.5' } });
		fireEvent.click(screen.getByRole('button', { name: form.check }));
		await waitFor(() => expect(document.activeElement).toBe(input));
		expect(input.getAttribute('aria-invalid')).toBe('true');
		expect(screen.getByText(words.errors['app-missing']).id).toBe(
			input.getAttribute('aria-describedby')!.split(' ')[1]
		);
		expect(screen.getByLabelText(form.years.label).getAttribute('aria-invalid')).toBe('true');
		expect(screen.getByText(words.errors['years-not-whole'])).toBeTruthy();
		expect(screen.getByText(fill(form.correctMany, { count: 2 }))).toBeTruthy();
	});

	it('fills the numbers into a message', async () => {
		const input = await renderChecker();
		fireEvent.input(input, { target: { value: 'TikTok' } });
		fireEvent.input(screen.getByLabelText(form.years.label), { target: { value: '40' } });
		fireEvent.click(screen.getByRole('button', { name: form.check }));
		const message = errorMessage(
			{ field: 'years', code: 'years-out-of-range', values: { oldest: oldestChild } },
			words
		);
		expect(message).not.toMatch(/[{}]/);
		expect(await screen.findByText(message)).toBeTruthy();
		expect(screen.getByText(form.correctOne)).toBeTruthy();
	});

	it('says when a date of birth is in the future', async () => {
		const input = await renderChecker();
		fireEvent.input(input, { target: { value: 'TikTok' } });
		fireEvent.click(screen.getByLabelText(form.birth.mode));
		fireEvent.input(screen.getByLabelText(form.birth.label), {
			target: { value: '2999-01-01' },
		});
		fireEvent.click(screen.getByRole('button', { name: form.check }));
		expect(await screen.findByText(words.errors['birth-future'])).toBeTruthy();
	});

	it('answers a year group that spans the minimum age', async () => {
		const input = await renderChecker();
		fireEvent.input(input, { target: { value: 'snapchat' } });
		fireEvent.click(screen.getByLabelText(form['year-group'].mode));
		fireEvent.input(screen.getByLabelText(form['year-group'].label), { target: { value: '8' } });
		fireEvent.click(screen.getByRole('button', { name: form.check }));
		const snapchat = findApp(apps, 'snapchat')!;
		expect(
			await screen.findByText(
				`${fill(words.headlines['spans-terms'], { minimum: snapchat.minimumAge!.age })}.`
			)
		).toBeTruthy();
	});

	it('helps with an app it does not know', async () => {
		const input = await renderChecker();
		fireEvent.input(input, { target: { value: 'Bloop Chat' } });
		fireEvent.input(screen.getByLabelText(form.years.label), { target: { value: '11' } });
		fireEvent.click(screen.getByRole('button', { name: form.check }));
		expect(
			await screen.findByText(fill(ageCheckerWording.unknownApp, { query: 'Bloop Chat' }))
		).toBeTruthy();
		expect(screen.getByText(ageCheckerWording.findOut.stores)).toBeTruthy();
	});

	it('offers “Did you mean …?” for a misspelling, and checks the app chosen', async () => {
		const input = await renderChecker();
		fireEvent.input(input, { target: { value: 'instagramm' } });
		fireEvent.input(screen.getByLabelText(form.years.label), { target: { value: '14' } });
		fireEvent.click(screen.getByRole('button', { name: form.check }));
		const suggestion = await screen.findByRole('button', { name: 'Instagram' });
		fireEvent.click(suggestion);
		expect(
			await screen.findByText(
				`${fill(ageCheckerWording.headlines['meets-terms'], { minimum: 13 })}.`
			)
		).toBeTruthy();
		// Focus moves to the new answer as the suggestion's button goes (it used to stay in the app field).
		expect(document.activeElement?.hasAttribute('data-answer')).toBe(true);
		expect(document.activeElement?.textContent).toContain('Instagram');
	});

	it('shows everything for an age, grouped by the same answer as the checker gives', async () => {
		await renderChecker();
		fireEvent.input(screen.getByLabelText(form.years.label), { target: { value: '11' } });
		fireEvent.click(screen.getByRole('button', { name: form.showAll }));
		expect(
			await screen.findByText(
				fill(words.verdict.everyApp, { child: describeChild({ mode: 'years', years: 11 }, words) })
			)
		).toBeTruthy();
		expect(screen.getByRole('button', { name: form.hideAll })).toBeTruthy();
		const notYet = screen
			.getByText(new RegExp(`^${ageCheckerWording.groups['not-yet']}`))
			.closest('section')!;
		// An 18-rated game with no terms age is “not yet”, not among the apps with nothing known.
		const rated18 = apps.find((app) => app.pegi?.rating === 18 && !app.minimumAge)!;
		expect(notYet.textContent).toContain(rated18.name);
		expect(screen.getByText(new RegExp(`^${ageCheckerWording.groups.meets}`))).toBeTruthy();
	});
});

describe('the age checker, on the fixtures (tests/fixtures/apps.yaml)', () => {
	const fixtures = parseListFile(
		readFileSync('tests/fixtures/apps.yaml', 'utf8'),
		appSchema,
		'tests/fixtures/apps.yaml'
	);
	const props = {
		pegiWording,
		featureLabels,
		policyQuote: 'Quote.',
		policyUrl: '/policy/',
		words: widgetWords(ageCheckerWording),
		guideBase: '/apps/',
		staleSources: [],
		devicesUrl: '/devices/',
	};
	const ask = async (app: string, age: string) => {
		const input = await screen.findByRole('combobox', { name: form.app.label });
		fireEvent.input(input, { target: { value: app } });
		fireEvent.input(screen.getByLabelText(form.years.label), { target: { value: age } });
		fireEvent.click(screen.getByRole('button', { name: form.check }));
	};
	const answer = () => document.querySelector<HTMLElement>('[data-answer]');

	it('moves focus to the answer after Check, inside the live region', async () => {
		render(<AgeChecker apps={fixtures} {...props} />);
		await ask('Chatterbox', '14');
		await waitFor(() => expect(document.activeElement).toBe(answer()));
		expect(answer()!.closest('[aria-live]')).toBeTruthy();
		expect(answer()!.tabIndex).toBe(-1);
	});

	it('says an app whose terms set no minimum age has none, and what applies at this age, as a list', async () => {
		render(<AgeChecker apps={fixtures} {...props} />);
		await ask('Brick Park', '10');
		await waitFor(() => expect(answer()).toBeTruthy());
		const app = fixtures.find((entry) => entry.id === 'brick-park')!;
		expect(answer()!.textContent).toContain(
			`${fill(ageCheckerWording.headlines['no-minimum-settings'], { app: app.name })}.`
		);
		const items = [...answer()!.querySelectorAll('li')].map((item) => item.textContent);
		expect(items).toContain(
			fill(ageCheckerWording.details['at-age'], { from: 9, text: app.noMinimumAge!.atAge[1]!.text })
		);
		expect(items.join(' ')).not.toContain(app.noMinimumAge!.atAge[0]!.text);
		// What changes later is listed only for birthdays still to come; the device guides are linked.
		expect(
			screen.getByRole('link', { name: ageCheckerWording.verdict.devices }).getAttribute('href')
		).toBe('/devices/');
	});

	it('speaks about a series whose newest edition is not rated here', async () => {
		render(<AgeChecker apps={fixtures} {...props} />);
		await ask('War Games', '12');
		await waitFor(() => expect(answer()).toBeTruthy());
		expect(answer()!.className).toContain('age-verdict--not-yet');
		expect(answer()!.textContent).toContain('War Games: Year Nine');
	});

	it('loads the apps from its data file when they are not given, and answers once they arrive', async () => {
		const calls: string[] = [];
		const original = globalThis.fetch;
		globalThis.fetch = (async (url: string) => {
			calls.push(url);
			return new Response(
				JSON.stringify({
					apps: fixtures.map(verdictApp),
					words: widgetWords(ageCheckerWording),
					pegiWording,
					featureLabels,
					staleSources: [],
				})
			);
		}) as typeof fetch;
		try {
			// As on the checker's page: only the form's words on the page, the rest with the data.
			render(
				<AgeChecker
					dataUrl="/apps/verdicts.json"
					{...props}
					words={formWords(widgetWords(ageCheckerWording))}
					pegiWording={undefined}
					featureLabels={undefined}
					staleSources={undefined}
				/>
			);
			await ask('Chatterbox', '12');
			await waitFor(() => expect(answer()?.className).toContain('age-verdict--not-yet'));
			expect(calls).toEqual(['/apps/verdicts.json']);
			// Suggestions come from the loaded apps, forgiving spaces.
			const input = screen.getByRole('combobox', { name: form.app.label });
			fireEvent.input(input, { target: { value: 'chatter box' } });
			expect(screen.getAllByRole('option')[0]!.textContent).toMatch(/^Chatterbox/);
		} finally {
			globalThis.fetch = original;
		}
	});

	it('suggests from the names on the page before anything has loaded', async () => {
		const original = globalThis.fetch;
		globalThis.fetch = (() => new Promise(() => undefined)) as typeof fetch;
		try {
			render(<AgeChecker dataUrl="/apps/verdicts.json" names={nameLines(fixtures)} {...props} />);
			const input = await screen.findByRole('combobox', { name: form.app.label });
			fireEvent.input(input, { target: { value: 'cafe' } });
			expect(input.getAttribute('aria-expanded')).toBe('true');
			expect(screen.getAllByRole('option')[0]!.textContent).toMatch(/^Café Quest/);
		} finally {
			globalThis.fetch = original;
		}
	});

	it('says so by the answer when the apps cannot be loaded', async () => {
		const original = globalThis.fetch;
		globalThis.fetch = (async () => new Response('', { status: 500 })) as typeof fetch;
		try {
			render(<AgeChecker dataUrl="/apps/verdicts.json" {...props} />);
			await ask('Chatterbox', '12');
			expect(await screen.findByText(ageCheckerWording.form.loadFailed)).toBeTruthy();
		} finally {
			globalThis.fetch = original;
		}
	});
});
