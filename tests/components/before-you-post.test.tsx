import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import BeforeYouPost from '../../src/components/before-you-post/BeforeYouPost';
import { groups } from '../../src/lib/before-you-post';
import { postingRulesWording as wording } from '../../src/wording';

const group = (index: number, audience: 'pupils' | 'staff') =>
	wording.groups[groups[index]!.id]![audience];

afterEach(cleanup);

describe('Before you post', () => {
	it('says it is ready once it works', async () => {
		const { container } = render(<BeforeYouPost base="/" wording={wording} />);
		await screen.findByRole('button', { name: 'Yes' });
		expect(container.querySelector('[data-ready]')).not.toBeNull();
	});

	it('asks one question at a time and gives the verdict with what to do instead', async () => {
		render(<BeforeYouPost base="/" wording={wording} />);
		expect(await screen.findByRole('heading', { name: group(0, 'pupils') })).toBeTruthy();
		fireEvent.click(screen.getByRole('button', { name: 'No' }));
		expect(screen.getByRole('heading', { name: group(1, 'pupils') })).toBeTruthy();
		fireEvent.click(screen.getByRole('button', { name: 'Yes' }));
		// "Unkind or untrue?" yes: which one, to give the reason.
		expect(
			screen.getByRole('heading', { name: wording.rules.unkind.question.pupils })
		).toBeTruthy();
		fireEvent.click(screen.getByRole('button', { name: 'Yes' }));
		const verdict = screen.getByRole('heading', { name: 'Don’t post it.' });
		expect(document.activeElement).toBe(verdict);
		expect(verdict.closest('[aria-live="polite"]')).not.toBeNull();
		expect(screen.getByText(wording.rules.unkind.reason.pupils)).toBeTruthy();
		expect(screen.getByText(/What the policy says/).getAttribute('href')).toMatch(/^\/policy\//);
	});

	it('says a post with nothing wrong can be posted after only its broad questions', async () => {
		render(<BeforeYouPost base="/" wording={wording} />);
		for (const _ of groups) fireEvent.click(await screen.findByRole('button', { name: 'No' }));
		expect(screen.getByRole('heading', { name: 'You can post it.' })).toBeTruthy();
	});

	it('goes back a question, and starts over, keeping focus on the question', async () => {
		render(<BeforeYouPost base="/" wording={wording} />);
		fireEvent.click(await screen.findByRole('button', { name: 'No' }));
		fireEvent.click(screen.getByRole('button', { name: 'Back' }));
		expect(screen.getByText('Question 1')).toBeTruthy();
		expect(document.activeElement?.id).toBe('byp-question');
		fireEvent.click(screen.getByRole('button', { name: 'No' }));
		fireEvent.click(screen.getByRole('button', { name: 'Start over' }));
		expect(screen.getByText('Question 1')).toBeTruthy();
		expect(document.activeElement?.id).toBe('byp-question');
	});

	it('words its questions, reasons and advice for the person answering', async () => {
		render(<BeforeYouPost base="/" wording={wording} />);
		fireEvent.click(await screen.findByRole('radio', { name: 'a member of staff' }));
		expect(screen.getByRole('heading', { name: group(0, 'staff') })).toBeTruthy();
		for (const _ of groups) fireEvent.click(screen.getByRole('button', { name: 'No' }));
		expect(screen.getByText(wording.nothingWrong.instead.staff)).toBeTruthy();
		expect(screen.queryByText(/good friend/)).toBeNull();
	});
});
