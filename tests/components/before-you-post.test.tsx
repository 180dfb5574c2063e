import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import BeforeYouPost from '../../src/components/before-you-post/BeforeYouPost';
import { rules } from '../../src/lib/posting-rules';
import { postingRulesWording as wording } from '../../src/wording';

const question = (index: number, audience: 'pupils' | 'staff') => wording.rules[rules[index]!.fact].question[audience];

afterEach(cleanup);

describe('Before you post', () => {
	it('asks one question at a time and gives the verdict with what to do instead', async () => {
		render(<BeforeYouPost base="/" wording={wording} />);
		expect(await screen.findByRole('heading', { name: question(0, 'pupils') })).toBeTruthy();
		fireEvent.click(screen.getByRole('button', { name: 'No' }));
		expect(screen.getByRole('heading', { name: question(1, 'pupils') })).toBeTruthy();
		fireEvent.click(screen.getByRole('button', { name: 'Yes' }));
		const verdict = screen.getByRole('heading', { name: 'Don’t post it. Tell a trusted adult or report it.' });
		expect(document.activeElement).toBe(verdict);
		expect(verdict.closest('[aria-live="polite"]')).not.toBeNull();
		expect(screen.getByText(/What the policy says/).getAttribute('href')).toMatch(/^\/policy\//);
	});

	it('goes back a question, and starts over', async () => {
		render(<BeforeYouPost base="/" wording={wording} />);
		fireEvent.click(await screen.findByRole('button', { name: 'No' }));
		fireEvent.click(screen.getByRole('button', { name: 'Back' }));
		expect(screen.getByText('Question 1')).toBeTruthy();
		fireEvent.click(screen.getByRole('button', { name: 'No' }));
		fireEvent.click(screen.getByRole('button', { name: 'Start over' }));
		expect(screen.getByText('Question 1')).toBeTruthy();
	});

	it('words its questions for the person answering', async () => {
		render(<BeforeYouPost base="/" wording={wording} />);
		fireEvent.click(await screen.findByRole('radio', { name: 'a member of staff' }));
		expect(screen.getByRole('heading', { name: question(0, 'staff') })).toBeTruthy();
	});
});
