import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import Quiz from '../../src/components/quiz/Quiz';
import { noScriptVersion } from '../../src/components/shared/use-enhanced';
import { helpline } from '../support/contacts';
import {
	classroomWords as words,
	quizScenarios as scenarios,
	startWords as start,
	pupilWords as pupil,
} from '../fixtures/quiz-scenarios';

const childline = helpline('childline');

afterEach(cleanup);

async function openClassroom() {
	render(
		<Quiz scenarios={scenarios} childline={childline} words={words} start={start} pupil={pupil} />
	);
	fireEvent.click(await screen.findByRole('button', { name: /Classroom mode/ }));
	return screen.getByRole('region', { name: 'cw.region' });
}
const key = (board: HTMLElement, key: string, code = '') => fireEvent.keyDown(board, { key, code });
const button = (board: HTMLElement, name: string) => within(board).getByRole('button', { name });
const votes = (board: HTMLElement, letter: string) =>
	(within(board).getByLabelText(`cw.votesFor ${letter}`) as HTMLInputElement).value;

describe('the quiz (on fixture scenarios)', () => {
	it('says it is ready once it works', async () => {
		const { container } = render(
			<Quiz scenarios={scenarios} childline={childline} words={words} start={start} pupil={pupil} />
		);
		await screen.findByRole('button', { name: 'Start the quiz' });
		expect(container.querySelector('[data-ready]')).not.toBeNull();
	});

	it('goes through a band one question at a time, lightest first, with feedback for every choice, to a summary', async () => {
		render(
			<Quiz scenarios={scenarios} childline={childline} words={words} start={start} pupil={pupil} />
		);
		fireEvent.click(await screen.findByRole('button', { name: 'Start the quiz' }));
		expect(screen.getByText('Question 1 of 2')).toBeTruthy();
		// The everyday scenario comes first, whatever the shuffle.
		expect(screen.getByRole('heading', { name: 'Title a' })).toBeTruthy();
		// Checking without choosing asks for a choice, kindly, in an alert a screen reader announces.
		fireEvent.click(screen.getByRole('button', { name: 'Check my answer' }));
		expect(screen.getByRole('alert').textContent).toBe('Choose an answer first.');

		fireEvent.click(screen.getByRole('radio', { name: /^A Post/ }));
		expect(screen.getByRole('alert').textContent).toBe('');
		fireEvent.click(screen.getByRole('button', { name: 'Check my answer' }));
		const feedback = screen.getByText(/Not quite\. The best answer is B\./);
		expect(feedback.closest('[aria-live="polite"]')).not.toBeNull();
		expect(document.activeElement).toBe(feedback.closest('.quiz__feedback'));
		// The chosen answer's own feedback, and why the best one is best.
		expect(screen.getByText('Not that a')).toBeTruthy();
		expect(screen.getByText('Yes a')).toBeTruthy();
		expect(screen.getByRole('link', { name: /Help/ }).getAttribute('href')).toBe(
			'/help/something-upset-me/'
		);
		fireEvent.click(screen.getByRole('button', { name: 'Next question' }));

		expect(screen.getByText('Question 2 of 2')).toBeTruthy();
		expect(document.activeElement?.id).toBe('quiz-question');
		fireEvent.click(screen.getByRole('radio', { name: /^B Ask/ }));
		fireEvent.click(screen.getByRole('button', { name: 'Check my answer' }));
		expect(screen.getByText('✓ Right!')).toBeTruthy();
		fireEvent.click(screen.getByRole('button', { name: 'See my results' }));
		const summary = screen.getByRole('heading', { name: 'You got 1 out of 2' });
		expect(document.activeElement).toBe(summary);
		expect(screen.getByRole('link', { name: childline.phone }).getAttribute('href')).toBe(
			`tel:${childline.phone.replace(/\D/g, '')}`
		);
	});

	it('leaves the heaviest scenarios out of a pupil’s quiz, and out of classroom mode unless the teacher ticks the box', async () => {
		render(
			<Quiz scenarios={scenarios} childline={childline} words={words} start={start} pupil={pupil} />
		);
		expect(await screen.findByRole('radio', { name: /Ages 9 to 11 \(2 questions\)/ })).toBeTruthy();
		expect(screen.getByText('sw.pupilNote')).toBeTruthy();
		const box = screen.getByRole('checkbox', { name: 'sw.heavier' }) as HTMLInputElement;
		expect(box.checked).toBe(false);
		expect(box.getAttribute('aria-describedby')).toBe('quiz-heavier-note');
		// Ticked, it does not reach a pupil's own quiz.
		fireEvent.click(box);
		fireEvent.click(screen.getByRole('button', { name: 'Start the quiz' }));
		expect(screen.getByText('Question 1 of 2')).toBeTruthy();
		expect(screen.queryByRole('heading', { name: 'Title d' })).toBeNull();
		cleanup();
		// In classroom mode, only when ticked: the heaviest comes last.
		render(
			<Quiz scenarios={scenarios} childline={childline} words={words} start={start} pupil={pupil} />
		);
		fireEvent.click(await screen.findByRole('button', { name: /Classroom mode/ }));
		expect(screen.getByText(/cw\.of 2/)).toBeTruthy();
		cleanup();
		render(
			<Quiz scenarios={scenarios} childline={childline} words={words} start={start} pupil={pupil} />
		);
		fireEvent.click(await screen.findByRole('checkbox', { name: 'sw.heavier' }));
		fireEvent.click(screen.getByRole('button', { name: /Classroom mode/ }));
		expect(screen.getByText(/cw\.of 3/)).toBeTruthy();
	});

	it('without JavaScript, lists each band under its own heading, lightest first', () => {
		const NoScriptQuiz = noScriptVersion(Quiz);
		render(
			<NoScriptQuiz
				scenarios={scenarios}
				childline={childline}
				words={words}
				start={start}
				pupil={pupil}
			/>
		);
		const younger = screen.getByRole('region', { name: 'Ages 9 to 11' });
		const older = screen.getByRole('region', { name: 'Ages 11 to 16' });
		expect(
			within(younger)
				.getAllByRole('heading', { level: 4 })
				.map((h) => h.textContent)
		).toEqual(['Title a', 'Title b']);
		expect(
			within(older)
				.getAllByRole('heading', { level: 4 })
				.map((h) => h.textContent)
		).toEqual(['Title c']);
	});

	it('returns focus to the button that opened classroom mode', async () => {
		const board = await openClassroom();
		fireEvent.click(button(board, 'cw.leave'));
		expect(document.activeElement).toBe(screen.getByRole('button', { name: /Classroom mode/ }));
	});
});

describe('classroom mode (on fixture scenarios)', () => {
	it('hides the answer until the teacher reveals it; Page Down reveals, then moves on; Page Up goes back', async () => {
		const board = await openClassroom();
		expect(board.dataset['ready']).toBe('true');
		expect(document.activeElement).toBe(board);
		expect(within(board).getByText('cw.scenario 1 cw.of 2')).toBeTruthy();
		expect(within(board).queryByText(/cw\.bestAnswer/)).toBeNull();
		key(board, 'PageDown');
		expect(within(board).getByText(/cw\.bestAnswer/)).toBeTruthy();
		expect(within(board).getByText('Discuss a')).toBeTruthy();
		key(board, 'PageDown');
		expect(within(board).getByText('cw.scenario 2 cw.of 2')).toBeTruthy();
		expect(within(board).queryByText(/cw\.bestAnswer/)).toBeNull();
		key(board, 'PageUp');
		expect(within(board).getByText('cw.scenario 1 cw.of 2')).toBeTruthy();
		key(board, 'ArrowRight');
		fireEvent.click(button(board, 'cw.reveal'));
		expect(within(board).getByText(/cw\.bestAnswer/)).toBeTruthy();
		// The Reveal button is now disabled: focus stays on the board, never on the page.
		expect(board.contains(document.activeElement)).toBe(true);
	});

	it('Space on the board reveals, and Space on a focused button does what the button says', async () => {
		const board = await openClassroom();
		const next = button(board, 'cw.next');
		next.focus();
		expect(fireEvent.keyDown(next, { key: ' ' })).toBe(true); // not prevented: the button's own Space
		expect(within(board).queryByText(/cw\.bestAnswer/)).toBeNull();
		fireEvent.click(next, { detail: 1 });
		expect(within(board).getByText('cw.scenario 2 cw.of 2')).toBeTruthy();
		expect(document.activeElement).toBe(board);
		expect(fireEvent.keyDown(board, { key: ' ' })).toBe(false);
		expect(within(board).getByText(/cw\.bestAnswer/)).toBeTruthy();
	});

	it('counts votes by number keys, buttons or a total typed once, draws them as bars with the numbers, and keeps them per scenario', async () => {
		const board = await openClassroom();
		fireEvent.click(button(board, 'cw.countVotes'));
		key(board, '1', 'Digit1');
		key(board, '1', 'Digit1');
		key(board, '3', 'Numpad3');
		key(board, '4', 'Digit4'); // no choice D: nothing
		expect([votes(board, 'A'), votes(board, 'B'), votes(board, 'C')]).toEqual(['2', '0', '1']);
		fireEvent.input(within(board).getByLabelText('cw.votesFor B'), { target: { value: '17' } });
		expect(votes(board, 'B')).toBe('17');
		// Typing in a total does not move the board or count a vote.
		fireEvent.keyDown(within(board).getByLabelText('cw.votesFor B'), { key: '2', code: 'Digit2' });
		expect(votes(board, 'B')).toBe('17');
		expect(within(board).getByText('85%')).toBeTruthy();
		const fills = [...board.querySelectorAll<HTMLElement>('.classroom__fill')].map(
			(fill) => fill.style.width
		);
		expect(fills).toEqual(['10%', '85%', '5%']);
		fireEvent.click(button(board, 'cw.oneLess A'));
		key(board, 'ArrowRight');
		expect(votes(board, 'A')).toBe('0');
		key(board, 'ArrowLeft');
		expect([votes(board, 'A'), votes(board, 'B')]).toEqual(['1', '17']);
	});

	it('ends with the class’s results after the last scenario, and goes back from there', async () => {
		const board = await openClassroom();
		fireEvent.click(button(board, 'cw.countVotes'));
		fireEvent.input(within(board).getByLabelText('cw.votesFor B'), { target: { value: '3' } });
		fireEvent.input(within(board).getByLabelText('cw.votesFor A'), { target: { value: '1' } });
		key(board, 'n');
		expect(button(board, 'cw.finish')).toBeTruthy();
		key(board, 'n');
		const results = within(board).getByRole('table');
		expect(within(board).getByRole('heading', { name: 'cw.endTitle' })).toBeTruthy();
		const rows = within(results)
			.getAllByRole('row')
			.slice(1)
			.map((row) => row.textContent);
		expect(rows).toEqual(['Title aB3 / 4 (75%)', 'Title bBcw.notCounted']);
		expect(board.contains(document.activeElement)).toBe(true);
		key(board, 'PageUp');
		expect(within(board).getByText('cw.scenario 2 cw.of 2')).toBeTruthy();
	});

	it('keeps teacher notes closed at each new scenario, and gives the reason only after the reveal', async () => {
		const board = await openClassroom();
		const toggle = button(board, 'cw.teacherNotes');
		expect(toggle.getAttribute('aria-expanded')).toBe('false');
		fireEvent.click(toggle);
		const notes = within(board).getByRole('region', { name: 'cw.teacherNotes' });
		expect(
			within(notes)
				.getAllByRole('listitem')
				.map((li) => li.textContent)
		).toEqual(['First a', 'Second a']);
		expect(within(notes).queryByText(/Why a/)).toBeNull();
		expect(within(notes).getByText(/cw\.whyAfterReveal/)).toBeTruthy();
		key(board, 'r');
		expect(within(notes).getByText(/Why a/)).toBeTruthy();
		key(board, 'n');
		expect(within(board).queryByRole('region', { name: 'cw.teacherNotes' })).toBeNull();
		expect(button(board, 'cw.teacherNotes').getAttribute('aria-expanded')).toBe('false');
	});

	it('leaves with one Esc when not in full screen', async () => {
		const board = await openClassroom();
		key(board, 'Escape');
		expect(screen.queryByRole('region', { name: 'cw.region' })).toBeNull();
	});
});
