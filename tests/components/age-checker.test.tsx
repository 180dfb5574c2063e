import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import AgeChecker from '../../src/components/age-checker/AgeChecker';
import { parseListFile } from '../../src/lib/data-file';
import { appSchema } from '../../src/schemas/apps';
import { featureLabels, pegiWording } from '../../src/wording';

const apps = parseListFile(readFileSync('content/data/apps.yaml', 'utf8'), appSchema, 'apps.yaml');

afterEach(cleanup);

async function renderChecker() {
	render(<AgeChecker apps={apps} pegiWording={pegiWording} featureLabels={featureLabels} policyQuote="We ask parents to respect age ratings." policyUrl="/policy/age-limits/#respecting-age-ratings" />);
	return screen.findByRole('combobox', { name: /app, site or game/i });
}

describe('the age checker', () => {
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
		const verdict = await screen.findByText(/Not yet: Instagram’s minimum age is 13/);
		expect(verdict.closest('[aria-live="polite"]')).not.toBeNull();
		expect(screen.getByText(/Checked 24 November 2026/)).toBeTruthy();
		expect(screen.getByRole('link', { name: 'Our policy on age limits' }).getAttribute('href')).toBe('/policy/age-limits/#respecting-age-ratings');
	});

	it('puts a message next to each field that is wrong, and moves focus to the first', async () => {
		const input = await renderChecker();
		fireEvent.input(screen.getByLabelText('Child’s age'), { target: { value: '12.5' } });
		fireEvent.click(screen.getByRole('button', { name: 'Check' }));
		await waitFor(() => expect(document.activeElement).toBe(input));
		expect(input.getAttribute('aria-invalid')).toBe('true');
		expect(screen.getByText(/Type the name of an app/).id).toBe(input.getAttribute('aria-describedby')!.split(' ')[1]);
		expect(screen.getByLabelText('Child’s age').getAttribute('aria-invalid')).toBe('true');
		expect(screen.getByText(/whole number of years/)).toBeTruthy();
	});

	it('says when a date of birth is in the future', async () => {
		const input = await renderChecker();
		fireEvent.input(input, { target: { value: 'TikTok' } });
		fireEvent.click(screen.getByLabelText('Date of birth'));
		fireEvent.input(screen.getByLabelText('Child’s date of birth'), { target: { value: '2999-01-01' } });
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
		expect(await screen.findByText(/We don’t have “Bloop Chat” in our list/)).toBeTruthy();
		expect(screen.getByText(/App Store or Google Play/)).toBeTruthy();
	});

	it('shows everything for an age, split into meets and not yet', async () => {
		await renderChecker();
		fireEvent.input(screen.getByLabelText('Child’s age'), { target: { value: '13' } });
		fireEvent.click(screen.getByRole('button', { name: 'Show everything for this age' }));
		expect(await screen.findByText(/Every app for a child of 13/)).toBeTruthy();
		expect(screen.getByText(/^Meets the minimum age/)).toBeTruthy();
		expect(screen.getByText(/^Not yet/)).toBeTruthy();
	});
});
