import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import Quiz from '../../src/components/quiz/Quiz';
import type { QuizItem } from '../../src/components/quiz/types';
import { helpline } from '../support/contacts';

const childline = helpline('childline');

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
	discuss: `Discuss ${id}`,
	teacherNotes: { why: `Why ${id}`, ask: [`First ${id}`, `Second ${id}`] },
	policy: {
		href: '/policy/photographs-and-information/#ask-before-you-post',
		label: 'Photographs',
	},
});
const scenarios = [item('a', '9-11'), item('b', '9-11'), item('c', '11-16')];

async function openClassroom() {
	render(<Quiz scenarios={scenarios} childline={childline} />);
	fireEvent.click(await screen.findByRole('button', { name: /Classroom mode/ }));
	return screen.getByRole('region', { name: 'Classroom quiz' });
}

describe('the quiz', () => {
	it('says it is ready once it works', async () => {
		const { container } = render(<Quiz scenarios={scenarios} childline={childline} />);
		await screen.findByRole('button', { name: 'Start the quiz' });
		expect(container.querySelector('[data-ready]')).not.toBeNull();
	});

	it('goes through a band one question at a time, with feedback, to a summary', async () => {
		render(<Quiz scenarios={scenarios} childline={childline} />);
		fireEvent.click(await screen.findByRole('button', { name: 'Start the quiz' }));
		expect(screen.getByText('Question 1 of 2')).toBeTruthy();
		// Checking without choosing asks for a choice, kindly.
		fireEvent.click(screen.getByRole('button', { name: 'Check my answer' }));
		expect(screen.getByText('Choose an answer first.')).toBeTruthy();

		fireEvent.click(screen.getByRole('radio', { name: /^A Post/ }));
		fireEvent.click(screen.getByRole('button', { name: 'Check my answer' }));
		const feedback = screen.getByText(/Not quite\. The best answer is B\./);
		expect(feedback.closest('[aria-live="polite"]')).not.toBeNull();
		// Focus moves to the feedback; the chosen answer is marked in words, and so is the best one.
		expect(document.activeElement).toBe(feedback.closest('.quiz__feedback'));
		expect(
			screen.getByRole('radio', { name: /^A Post \w ✗ Your answer: not the best one$/ })
		).toBeTruthy();
		expect(screen.getByRole('radio', { name: /^B Ask \w ✓ Best answer$/ })).toBeTruthy();
		fireEvent.click(screen.getByRole('button', { name: 'Next question' }));

		expect(screen.getByText('Question 2 of 2')).toBeTruthy();
		expect(document.activeElement?.id).toBe('quiz-question');
		fireEvent.click(screen.getByRole('radio', { name: /^B Ask/ }));
		fireEvent.click(screen.getByRole('button', { name: 'Check my answer' }));
		expect(screen.getByText('✓ Right!')).toBeTruthy();
		expect(screen.getByRole('radio', { name: /✓ Your answer: right$/ })).toBeTruthy();
		fireEvent.click(screen.getByRole('button', { name: 'See my results' }));

		const summary = screen.getByRole('heading', { name: 'You got 1 out of 2' });
		expect(document.activeElement).toBe(summary);
		expect(screen.getByText(/worth another look/)).toBeTruthy();
		// Where to get help: a trusted adult, the pupils' help page and Childline.
		expect(screen.getByText(/Tell an adult you trust/)).toBeTruthy();
		expect(screen.getByRole('link', { name: childline.phone }).getAttribute('href')).toBe(
			`tel:${childline.phone.replace(/\D/g, '')}`
		);
		expect(
			screen
				.getByRole('link', { name: /Something online has upset or worried me/ })
				.getAttribute('href')
		).toMatch(/help\/something-upset-me\/$/);
		fireEvent.click(screen.getByRole('button', { name: 'Try again in a new order' }));
		expect(screen.getByText('Question 1 of 2')).toBeTruthy();
		expect(document.activeElement?.id).toBe('quiz-question');
	});

	it('returns focus to the button that opened it', async () => {
		render(<Quiz scenarios={scenarios} childline={childline} />);
		fireEvent.click(await screen.findByRole('button', { name: /Classroom mode/ }));
		fireEvent.click(screen.getByRole('button', { name: 'Leave classroom mode' }));
		expect(document.activeElement).toBe(screen.getByRole('button', { name: /Classroom mode/ }));
	});

	it('in classroom mode, hides the answer until the teacher reveals it, by key or button', async () => {
		const board = await openClassroom();
		expect(board.dataset['ready']).toBe('true');
		expect(document.activeElement).toBe(board);
		expect(within(board).queryByText(/Best answer/)).toBeNull();
		fireEvent.keyDown(board, { key: 'r' });
		expect(within(board).getByText(/Best answer/)).toBeTruthy();
		expect(within(board).getByText('Discuss a')).toBeTruthy();
		fireEvent.keyDown(board, { key: 'n' });
		expect(within(board).getByText('Scenario 2 of 2')).toBeTruthy();
		expect(within(board).queryByText(/Best answer/)).toBeNull();
		fireEvent.click(within(board).getByRole('button', { name: 'Reveal answer' }));
		expect(within(board).getByText(/Best answer/)).toBeTruthy();
		// The Reveal button is now disabled: focus stays on the board, never on the page.
		expect(board.contains(document.activeElement)).toBe(true);
	});

	it('in classroom mode, Space on the board reveals, and Space on a focused button does what the button says', async () => {
		const board = await openClassroom();
		const next = within(board).getByRole('button', { name: 'Next →' });
		next.focus();
		expect(fireEvent.keyDown(next, { key: ' ' })).toBe(true); // not prevented: the button's own Space
		expect(within(board).queryByText(/Best answer/)).toBeNull();
		// A click with the mouse gives focus back to the board, so the next Space reveals.
		fireEvent.click(next, { detail: 1 });
		expect(within(board).getByText('Scenario 2 of 2')).toBeTruthy();
		expect(document.activeElement).toBe(board);
		expect(fireEvent.keyDown(board, { key: ' ' })).toBe(false);
		expect(within(board).getByText(/Best answer/)).toBeTruthy();
	});

	it('keeps each scenario’s votes until classroom mode closes', async () => {
		const board = await openClassroom();
		fireEvent.click(within(board).getByRole('button', { name: 'Count votes' }));
		fireEvent.click(within(board).getByRole('button', { name: 'One more vote for A' }));
		fireEvent.click(within(board).getByRole('button', { name: 'One more vote for A' }));
		expect(within(board).getByLabelText('Votes for A').textContent).toBe('2');
		fireEvent.keyDown(board, { key: 'ArrowRight' });
		expect(within(board).getByLabelText('Votes for A').textContent).toBe('0');
		fireEvent.click(within(board).getByRole('button', { name: 'One more vote for B' }));
		fireEvent.keyDown(board, { key: 'ArrowLeft' });
		expect(within(board).getByLabelText('Votes for A').textContent).toBe('2');
		fireEvent.keyDown(board, { key: 'p' });
		fireEvent.keyDown(board, { key: 'n' });
		expect(within(board).getByLabelText('Votes for B').textContent).toBe('1');
	});

	it('shows the teacher notes behind a toggle', async () => {
		const board = await openClassroom();
		const toggle = within(board).getByRole('button', { name: 'Teacher notes' });
		expect(toggle.getAttribute('aria-expanded')).toBe('false');
		expect(within(board).queryByText('Why a')).toBeNull();
		fireEvent.click(toggle);
		expect(toggle.getAttribute('aria-expanded')).toBe('true');
		const notes = within(board).getByRole('region', { name: 'Teacher notes' });
		expect(within(notes).getByText('Why a')).toBeTruthy();
		expect(
			within(notes)
				.getAllByRole('listitem')
				.map((li) => li.textContent)
		).toEqual(['First a', 'Second a']);
	});
});
