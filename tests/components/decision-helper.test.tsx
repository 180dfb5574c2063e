import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { renderToString } from 'preact-render-to-string';
import { noScriptVersion } from '../../src/components/shared/use-enhanced';
import DecisionHelper from '../../src/components/decision-helper/DecisionHelper';
import { wordedHelper } from '../../src/decision-helpers';
import { school } from '../../src/school';

afterEach(cleanup);

const worded = wordedHelper('worried-about-a-post');
const WorriedAboutAPost = ({ base }: { base: string }) => (
	<DecisionHelper helper="worried-about-a-post" {...worded} base={base} />
);
const inGroup = (group: string, name: string) =>
	within(screen.getByRole('group', { name: group })).getByRole('radio', { name });

describe('a decision helper', () => {
	it('asks for every answer before it gives the steps, with a message at each missing question', async () => {
		render(<WorriedAboutAPost base="/" />);
		await screen.findAllByRole('radio');
		fireEvent.click(inGroup('Who are you?', 'A member of staff'));
		fireEvent.click(screen.getByRole('button', { name: 'Show what to do' }));
		expect(screen.getAllByText('Choose one answer to this question.')).toHaveLength(3);
		expect(
			screen.getByRole('group', { name: 'Who posted it?' }).getAttribute('aria-describedby')
		).toBeTruthy();
		expect(document.activeElement).toBe(
			inGroup('Who or what is the post about?', 'A pupil (or me, if I am a pupil)')
		);
	});

	it('puts the safety step first for an image of a child, in a polite live region', async () => {
		render(<WorriedAboutAPost base="/" />);
		await screen.findAllByRole('radio');
		fireEvent.click(inGroup('Who are you?', 'A parent or carer'));
		fireEvent.click(inGroup('Who or what is the post about?', 'Someone or something else'));
		fireEvent.click(inGroup('Who posted it?', 'Someone outside the school, or I don’t know'));
		fireEvent.click(
			screen.getByRole('radio', { name: 'An image of a child that may be indecent' })
		);
		fireEvent.click(screen.getByRole('button', { name: 'Show what to do' }));
		const list = screen.getByRole('list');
		const first = within(list).getAllByRole('listitem')[0]!;
		expect(first.textContent).toContain(
			'Do this first: Do not copy, screenshot, forward or save it'
		);
		expect(list.closest('[aria-live="polite"]')).not.toBeNull();
		expect(
			within(first)
				.getByRole('link', { name: /^Official guidance/ })
				.getAttribute('href')
		).toBe(worded.steps['parent-do-not-share']!.guidance!.url);
	});

	it('marks itself ready once it has its form, and shows phone numbers and email addresses as links', async () => {
		const { container } = render(<WorriedAboutAPost base="/" />);
		await screen.findAllByRole('radio');
		expect(container.querySelector('form[data-ready]')).not.toBeNull();
		fireEvent.click(inGroup('Who are you?', 'A parent or carer'));
		fireEvent.click(inGroup('Who or what is the post about?', 'A pupil (or me, if I am a pupil)'));
		fireEvent.click(inGroup('Who posted it?', 'A pupil'));
		fireEvent.click(screen.getByRole('radio', { name: 'Bullying' }));
		fireEvent.click(screen.getByRole('button', { name: 'Show what to do' }));
		const list = screen.getByRole('list');
		expect(within(list).getByRole('link', { name: school.office.phone }).getAttribute('href')).toBe(
			`tel:${school.office.phone.replace(/\D/g, '')}`
		);
	});

	it('without JavaScript, lists each reader’s steps under their own heading', () => {
		const NoScript = noScriptVersion(WorriedAboutAPost);
		const html = renderToString(<NoScript base="/" />);
		expect(html).toContain('If you are a pupil');
		expect(html).not.toContain('data-ready');
	});

	it('starts over', async () => {
		render(<WorriedAboutAPost base="/" />);
		await screen.findAllByRole('radio');
		fireEvent.click(inGroup('Who are you?', 'A member of staff'));
		fireEvent.click(screen.getByRole('button', { name: 'Start over' }));
		expect(
			screen.getAllByRole('radio').every((radio) => !(radio as HTMLInputElement).checked)
		).toBe(true);
	});
});
