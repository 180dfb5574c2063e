import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import Quiz from '../../src/components/quiz/Quiz';
import type { QuizItem } from '../../src/components/quiz/types';

afterEach(cleanup);

const item = (id: string, band: '9-11' | '11-16'): QuizItem => ({
	id,
	band,
	title: `Title ${id}`,
	prompt: `Prompt ${id}`,
	answer: 'ask-first',
	choices: [
		{ verdict: 'post', text: `Post ${id}`, feedback: `Not that ${id}` },
		{ verdict: 'ask-first', text: `Ask ${id}`, feedback: `Yes ${id}` },
	],
	remember: `Remember ${id}`,
	policy: { href: '/policy/photographs-and-information/#ask-before-you-post', label: 'Photographs' },
});
const scenarios = [item('a', '9-11'), item('b', '9-11'), item('c', '11-16')];

describe('the quiz', () => {
	it('goes through a band one question at a time, with feedback, to a summary', async () => {
		render(<Quiz scenarios={scenarios} />);
		fireEvent.click(await screen.findByRole('button', { name: 'Start the quiz' }));
		expect(screen.getByText('Question 1 of 2')).toBeTruthy();
		// Checking without choosing asks for a choice, kindly.
		fireEvent.click(screen.getByRole('button', { name: 'Check my answer' }));
		expect(screen.getByText('Choose an answer first.')).toBeTruthy();

		fireEvent.click(screen.getByRole('radio', { name: /^A Post/ }));
		fireEvent.click(screen.getByRole('button', { name: 'Check my answer' }));
		const feedback = screen.getByText(/Not quite\. The best answer is B\./);
		expect(feedback.closest('[aria-live="polite"]')).not.toBeNull();
		fireEvent.click(screen.getByRole('button', { name: 'Next question' }));

		expect(screen.getByText('Question 2 of 2')).toBeTruthy();
		fireEvent.click(screen.getByRole('radio', { name: /^B Ask/ }));
		fireEvent.click(screen.getByRole('button', { name: 'Check my answer' }));
		expect(screen.getByText('✓ Right!')).toBeTruthy();
		fireEvent.click(screen.getByRole('button', { name: 'See my results' }));

		const summary = screen.getByRole('heading', { name: 'You got 1 out of 2' });
		expect(document.activeElement).toBe(summary);
		expect(screen.getByText(/worth another look/)).toBeTruthy();
		fireEvent.click(screen.getByRole('button', { name: 'Try again in a new order' }));
		expect(screen.getByText('Question 1 of 2')).toBeTruthy();
	});

	it('in classroom mode, hides the answer until the teacher reveals it, by key or button', async () => {
		render(<Quiz scenarios={scenarios} />);
		fireEvent.click(await screen.findByRole('button', { name: /Classroom mode/ }));
		const board = screen.getByRole('region', { name: 'Classroom quiz' });
		expect(within(board).queryByText(/Best answer/)).toBeNull();
		fireEvent.keyDown(document, { key: 'r' });
		expect(within(board).getByText(/Best answer/)).toBeTruthy();
		fireEvent.keyDown(document, { key: 'n' });
		expect(within(board).getByText('Scenario 2 of 2')).toBeTruthy();
		expect(within(board).queryByText(/Best answer/)).toBeNull();
		fireEvent.click(within(board).getByRole('button', { name: 'Reveal answer' }));
		expect(within(board).getByText(/Best answer/)).toBeTruthy();
	});

	it('counts the class’s votes when asked to', async () => {
		render(<Quiz scenarios={scenarios} />);
		fireEvent.click(await screen.findByRole('button', { name: /Classroom mode/ }));
		fireEvent.click(screen.getByRole('button', { name: 'Count votes' }));
		fireEvent.click(screen.getByRole('button', { name: 'One more vote for A' }));
		fireEvent.click(screen.getByRole('button', { name: 'One more vote for A' }));
		expect(screen.getByLabelText('Votes for A').textContent).toBe('2');
	});
});
