import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import AgeChecker from '../../src/components/age-checker/AgeChecker';
import { parseListFile } from '../../src/lib/data-file';
import { appSchema } from '../../src/schemas/apps';
import { ageCheckerWording, featureLabels, pegiWording } from '../../src/wording';
import { findApp } from '../../src/lib/age-check';
import { fill } from '../../src/lib/age-verdict';

const apps = parseListFile(readFileSync('content/data/apps.yaml', 'utf8'), appSchema, 'apps.yaml');

afterEach(cleanup);

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
	return screen.findByRole('combobox', { name: /app, site or game/i });
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
		expect(screen.getByRole('combobox', { name: /app, site or game/i })).toBeTruthy();
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
		fireEvent.input(screen.getByLabelText('Child’s age'), { target: { value: '12' } });
		fireEvent.click(screen.getByRole('button', { name: 'Check' }));
		const instagram = findApp(apps, 'instagram')!;
		const expected = fill(ageCheckerWording.headlines['not-yet-terms'], {
			minimum: instagram.minimumAge!.age,
			wait: fill(ageCheckerWording.waits.years, { time: '1 year' }),
		});
		const verdict = await screen.findByText(`${expected}.`);
		expect(verdict.closest('[aria-live="polite"]')).not.toBeNull();
		expect(screen.getByText(/Last checked \d+ \w+ \d{4}/)).toBeTruthy();
		expect(
			screen
				.getByRole('link', { name: fill(ageCheckerWording.guideLink, { app: 'Instagram' }) })
				.getAttribute('href')
		).toBe('/apps/instagram/');
		expect(
			screen.getByRole('link', { name: 'Our policy on age limits' }).getAttribute('href')
		).toBe('/policy/age-limits/#respecting-age-ratings');
	});

	it('puts a message next to each field that is wrong, and moves focus to the first', async () => {
		const input = await renderChecker();
		fireEvent.input(screen.getByLabelText('Child’s age'), { target: { value: '12.5' } });
		fireEvent.click(screen.getByRole('button', { name: 'Check' }));
		await waitFor(() => expect(document.activeElement).toBe(input));
		expect(input.getAttribute('aria-invalid')).toBe('true');
		expect(screen.getByText(/Type the name of an app/).id).toBe(
			input.getAttribute('aria-describedby')!.split(' ')[1]
		);
		expect(screen.getByLabelText('Child’s age').getAttribute('aria-invalid')).toBe('true');
		expect(screen.getByText(/whole number of years/)).toBeTruthy();
	});

	it('says when a date of birth is in the future', async () => {
		const input = await renderChecker();
		fireEvent.input(input, { target: { value: 'TikTok' } });
		fireEvent.click(screen.getByLabelText('Date of birth'));
		fireEvent.input(screen.getByLabelText('Child’s date of birth'), {
			target: { value: '2999-01-01' },
		});
		fireEvent.click(screen.getByRole('button', { name: 'Check' }));
		expect(await screen.findByText(/in the future/)).toBeTruthy();
	});

	it('answers a year group that spans the minimum age', async () => {
		const input = await renderChecker();
		fireEvent.input(input, { target: { value: 'snapchat' } });
		fireEvent.click(screen.getByLabelText('School year (England)'));
		fireEvent.input(screen.getByLabelText('Child’s school year'), { target: { value: '8' } });
		fireEvent.click(screen.getByRole('button', { name: 'Check' }));
		expect(await screen.findByText(/It depends on their birthday/)).toBeTruthy();
	});

	it('helps with an app it does not know', async () => {
		const input = await renderChecker();
		fireEvent.input(input, { target: { value: 'Bloop Chat' } });
		fireEvent.input(screen.getByLabelText('Child’s age'), { target: { value: '11' } });
		fireEvent.click(screen.getByRole('button', { name: 'Check' }));
		expect(
			await screen.findByText(fill(ageCheckerWording.unknownApp, { query: 'Bloop Chat' }))
		).toBeTruthy();
		expect(screen.getByText(ageCheckerWording.findOut.stores)).toBeTruthy();
	});

	it('offers “Did you mean …?” for a misspelling, and checks the app chosen', async () => {
		const input = await renderChecker();
		fireEvent.input(input, { target: { value: 'instagramm' } });
		fireEvent.input(screen.getByLabelText('Child’s age'), { target: { value: '14' } });
		fireEvent.click(screen.getByRole('button', { name: 'Check' }));
		const suggestion = await screen.findByRole('button', { name: 'Instagram' });
		fireEvent.click(suggestion);
		expect(
			await screen.findByText(
				`${fill(ageCheckerWording.headlines['meets-terms'], { minimum: 13 })}.`
			)
		).toBeTruthy();
		expect(document.activeElement).toBe(input);
	});

	it('shows everything for an age, grouped by the same answer as the checker gives', async () => {
		await renderChecker();
		fireEvent.input(screen.getByLabelText('Child’s age'), { target: { value: '11' } });
		fireEvent.click(screen.getByRole('button', { name: 'Show everything for this age' }));
		expect(await screen.findByText(/Every app for a child of 11/)).toBeTruthy();
		const notYet = screen
			.getByText(new RegExp(`^${ageCheckerWording.groups['not-yet']}`))
			.closest('section')!;
		// An 18-rated game with no terms age is “not yet”, not among the apps with nothing known.
		const rated18 = apps.find((app) => app.pegi?.rating === 18 && !app.minimumAge)!;
		expect(notYet.textContent).toContain(rated18.name);
		expect(screen.getByText(new RegExp(`^${ageCheckerWording.groups.meets}`))).toBeTruthy();
	});
});
