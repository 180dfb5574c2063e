import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import WorriedAboutAPost from '../../src/components/decision-helper/WorriedAboutAPost';
import { wordHelper } from '../../src/lib/guidance';
import { worriedHelper } from '../../src/lib/worried-about-a-post';
import { worriedWording } from '../../src/wording';

afterEach(cleanup);

const { questions, steps } = wordHelper(worriedHelper, worriedWording);
const inGroup = (group: string, name: string) => within(screen.getByRole('group', { name: group })).getByRole('radio', { name });

describe('a decision helper', () => {
	it('asks for every answer before it gives the steps, with a message at each missing question', async () => {
		render(<WorriedAboutAPost questions={questions} steps={steps} base="/" />);
		await screen.findAllByRole('radio');
		fireEvent.click(inGroup('Are you a member of staff or a parent?', 'A member of staff'));
		fireEvent.click(screen.getByRole('button', { name: 'Show what to do' }));
		expect(screen.getAllByText('Choose one answer to this question.')).toHaveLength(2);
		expect(screen.getByRole('group', { name: 'Who posted it?' }).getAttribute('aria-describedby')).toBeTruthy();
		expect(document.activeElement).toBe(inGroup('Who posted it?', 'A pupil'));
	});

	it('puts the safety step first for an image of a child, in a polite live region', async () => {
		render(<WorriedAboutAPost questions={questions} steps={steps} base="/" />);
		await screen.findAllByRole('radio');
		fireEvent.click(inGroup('Are you a member of staff or a parent?', 'A parent or carer'));
		fireEvent.click(inGroup('Who posted it?', 'Someone outside the school, or I don’t know'));
		fireEvent.click(screen.getByRole('radio', { name: 'An image of a child that may be indecent' }));
		fireEvent.click(screen.getByRole('button', { name: 'Show what to do' }));
		const list = screen.getByRole('list');
		const first = within(list).getAllByRole('listitem')[0]!;
		expect(first.textContent).toContain('Do this first: Do not copy, screenshot, forward or save it');
		expect(list.closest('[aria-live="polite"]')).not.toBeNull();
		expect(within(list).getAllByRole('link')[0]!.getAttribute('href')).toBe('/policy/further-questions/#further-questions');
	});

	it('starts over', async () => {
		render(<WorriedAboutAPost questions={questions} steps={steps} base="/" />);
		await screen.findAllByRole('radio');
		fireEvent.click(inGroup('Are you a member of staff or a parent?', 'A member of staff'));
		fireEvent.click(screen.getByRole('button', { name: 'Start over' }));
		expect(screen.getAllByRole('radio').every((radio) => !(radio as HTMLInputElement).checked)).toBe(true);
	});
});
