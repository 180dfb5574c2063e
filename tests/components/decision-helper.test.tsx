import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { renderToString } from 'preact-render-to-string';
import { noScriptVersion } from '../../src/components/shared/use-enhanced';
import DecisionHelper from '../../src/components/decision-helper/DecisionHelper';
import { wordHelper } from '../../src/lib/guidance';
import { scopedHelper, translateWording } from '../../src/lib/helper-translation';
import { decideWorried, worriedHelper } from '../../src/lib/worried-about-a-post';
import { fixtureWording, fixtureWords } from '../fixtures/decision-helper-wording';

afterEach(cleanup);

// The real rules with made-up words (tests/fixtures/decision-helper-wording.ts): "Question reporter", "Answer staff",
// "Step staff-tell-dsl" …, so that rewording content/ never breaks these tests.
const worded = wordHelper(worriedHelper, fixtureWording(worriedHelper));
const WorriedAboutAPost = ({ base }: { base: string }) => (
	<DecisionHelper helper="worried-about-a-post" {...worded} words={fixtureWords} base={base} />
);
const group = (id: string) => screen.getByRole('group', { name: new RegExp(`^Question ${id}`) });
const radio = (question: string, value: string) =>
	within(group(question)).getByRole('radio', { name: `Answer ${value}` });
const checkbox = (value: string) =>
	within(group('kind')).getByRole('checkbox', { name: `Answer ${value}` });

async function answer(reporter: string, about: string, poster: string, ...kinds: string[]) {
	await screen.findAllByRole('radio');
	fireEvent.click(radio('reporter', reporter));
	fireEvent.click(radio('about', about));
	fireEvent.click(radio('poster', poster));
	for (const kind of kinds) fireEvent.click(checkbox(kind));
	fireEvent.click(screen.getByRole('button', { name: 'Submit' }));
}

const shown = () =>
	[
		...document.querySelectorAll('.decision-helper__result ol > li .decision-helper__step-title'),
	].map((title) => title.textContent!.replace(/^FIRST: /, '').replace(/^Step /, ''));

describe('a decision helper', () => {
	it('asks for every answer before it gives the steps, with a message at each missing question', async () => {
		render(<WorriedAboutAPost base="/" />);
		await screen.findAllByRole('radio');
		fireEvent.click(radio('reporter', 'staff'));
		fireEvent.click(screen.getByRole('button', { name: 'Submit' }));
		expect(screen.getAllByText('Error: choose one')).toHaveLength(2);
		expect(screen.getAllByText('Error: choose some')).toHaveLength(1);
		expect(screen.getByText('Error: some missing')).toBeTruthy();
		expect(group('poster').getAttribute('aria-describedby')).toBeTruthy();
		expect(document.activeElement).toBe(radio('about', 'pupil'));
	});

	it('takes every kind that applies, and gives the steps the rules give, in order, in a polite live region', async () => {
		render(<WorriedAboutAPost base="/" />);
		await answer('staff', 'pupil', 'pupil', 'bullying', 'own-image');
		expect(shown()).toEqual(
			decideWorried({
				reporter: 'staff',
				about: 'pupil',
				poster: 'pupil',
				kind: ['bullying', 'own-image'],
			})
		);
		expect(shown().slice(0, 3)).toEqual([
			'staff-image-do-not-look',
			'staff-image-talk',
			'staff-tell-dsl',
		]);
		const first = document.querySelector('.decision-helper__result ol > li')!;
		expect(first.textContent).toContain('FIRST:');
		expect(first.closest('[aria-live="polite"]')).not.toBeNull();
		expect(
			within(first as HTMLElement)
				.getByRole('link', { name: 'A made-up publisher: A made-up guide' })
				.getAttribute('href')
		).toBe('https://guide.example/');
		// The hint is read with the question.
		const hint = group('kind').getAttribute('aria-describedby')!;
		expect(document.getElementById(hint)!.textContent).toBe('Choose everything that applies.');
	});

	it('moves focus to the result’s heading once it shows the steps', async () => {
		render(<WorriedAboutAPost base="/" />);
		await answer('staff', 'pupil', 'staff', 'bullying');
		await vi.waitFor(() =>
			expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Result' }))
		);
	});

	it('unticking a kind changes the route', async () => {
		render(<WorriedAboutAPost base="/" />);
		await answer('staff', 'pupil', 'pupil', 'bullying', 'own-image');
		fireEvent.click(checkbox('own-image'));
		fireEvent.click(screen.getByRole('button', { name: 'Submit' }));
		expect(shown()).toEqual(
			decideWorried({ reporter: 'staff', about: 'pupil', poster: 'pupil', kind: ['bullying'] })
		);
	});

	it('gives the DSL and the Headteacher their own steps', async () => {
		render(<WorriedAboutAPost base="/" />);
		await answer('dsl', 'pupil', 'outsider', 'sexual-contact');
		expect(shown()[0]).toBe('dsl-act-now');
		expect(shown()).not.toContain('staff-tell-dsl');
		fireEvent.click(radio('reporter', 'head'));
		fireEvent.click(screen.getByRole('button', { name: 'Submit' }));
		expect(shown()[0]).toBe('head-tell-dsl');
	});

	it('marks itself ready once it has its form, and shows phone numbers and 999 as links', async () => {
		const { container } = render(<WorriedAboutAPost base="/" />);
		await answer('staff', 'pupil', 'pupil', 'bullying');
		expect(container.querySelector('form[data-ready]')).not.toBeNull();
		const result = container.querySelector<HTMLElement>('.decision-helper__result')!;
		expect(within(result).getByRole('link', { name: '0121 496 0000' }).getAttribute('href')).toBe(
			'tel:01214960000'
		);
		expect(within(result).getByRole('link', { name: '999' }).getAttribute('href')).toBe('tel:999');
	});

	it('offers an incident note with the route’s steps to tick, keeps what is typed only on the page, and prints it alone', async () => {
		const setItem = vi.spyOn(Storage.prototype, 'setItem');
		const print = vi.fn();
		window.print = print;
		render(<WorriedAboutAPost base="/" />);
		await answer('staff', 'pupil', 'pupil', 'bullying');
		const note = document.querySelector<HTMLElement>('.incident-note')!;
		expect(note.closest('[aria-live]')).toBeNull();
		// It records what was reported: each question with the answers given.
		expect(within(note).getByText('Question kind').nextElementSibling!.textContent).toBe(
			'Answer bullying'
		);
		fireEvent.input(within(note).getByLabelText('Note seen'), {
			target: { value: 'A post calling J. names' },
		});
		const steps = within(within(note).getByRole('group', { name: 'Note steps' })).getAllByRole(
			'checkbox'
		);
		expect(steps).toHaveLength(shown().length);
		expect(steps[0]!.closest('label')!.textContent).toBe(`Done: Step ${shown()[0]}`);
		fireEvent.click(steps[0]!);
		fireEvent.click(within(note).getByRole('button', { name: 'Note print' }));
		expect(print).toHaveBeenCalledOnce();
		expect(document.documentElement.dataset['printing']).toBe('incident-note');
		expect(note.querySelector('.incident-note__printed')!.textContent).toBe(
			'A post calling J. names'
		);
		window.dispatchEvent(new Event('afterprint'));
		expect(document.documentElement.dataset['printing']).toBeUndefined();
		expect(setItem).not.toHaveBeenCalled();
		// Starting over empties it.
		fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
		expect(document.querySelector('.incident-note')).toBeNull();
		setItem.mockRestore();
	});

	// The third DSL review (M3): under each step, each source's checked date and note, and "not yet confirmed" where
	// the source is marked so, in the result and in the list built without JavaScript alike.
	const sourcesUnder = (step: Element) =>
		[...step.querySelectorAll('.decision-helper__references > li')].map((item) => ({
			text: item.textContent,
			unconfirmed: item.querySelector('strong')?.textContent ?? null,
			note: item.querySelector('details')?.textContent ?? null,
		}));
	const expectSources = (tellDsl: Element, other: Element) => {
		expect(sourcesUnder(tellDsl)).toEqual([
			{
				text: expect.stringMatching(
					/^Guide: A made-up publisher: A made-up guide, page 1\. Read on 2 December 2026\.$/
				),
				unconfirmed: null,
				note: null,
			},
			{
				text: expect.stringContaining('part 2. Read on 30 November 2026. UNCONFIRMED'),
				unconfirmed: 'UNCONFIRMED',
				note: 'Source noteNote on what could not be read.',
			},
		]);
		expect(sourcesUnder(other).map((source) => source.unconfirmed)).toEqual([null]);
	};

	it('shows under each step of the result its sources, each with its checked date, its note, and whether it is unconfirmed', async () => {
		render(<WorriedAboutAPost base="/" />);
		await answer('staff', 'pupil', 'pupil', 'bullying');
		const [tellDsl, next] = document.querySelectorAll('.decision-helper__result ol > li');
		expect(tellDsl!.textContent).toContain('Step staff-tell-dsl');
		expectSources(tellDsl!, next!);
	});

	it('without JavaScript, shows the same sources, dates, notes and warnings under each step', () => {
		const NoScript = noScriptVersion(WorriedAboutAPost);
		render(<NoScript base="/" />);
		const items = [...document.querySelectorAll('.decision-helper__all > li')];
		const tellDsl = items.find((item) => item.textContent!.includes('Step staff-tell-dsl'))!;
		const other = items.find((item) => item.textContent!.includes('Step staff-write-it-down'))!;
		expectSources(tellDsl, other);
	});

	it('without JavaScript, lists each reader’s steps under their own heading', () => {
		const NoScript = noScriptVersion(WorriedAboutAPost);
		const html = renderToString(<NoScript base="/" />);
		for (const id of Object.keys(worriedHelper.groups)) expect(html).toContain(`Group ${id}`);
		expect(html).not.toContain('data-ready');
	});

	it('without JavaScript, gives a blank incident note to write in and print, with no button that needs a script', () => {
		const NoScript = noScriptVersion(WorriedAboutAPost);
		render(<NoScript base="/" />);
		const note = document.querySelector<HTMLElement>('.incident-note--static')!;
		expect(note).not.toBeNull();
		for (const label of [
			'Note reported',
			'Note when',
			'Note who',
			'Note seen',
			'Note taken',
			'Note told',
		])
			expect(within(note).getByLabelText(label)).toBeTruthy();
		expect(within(note).queryByRole('button')).toBeNull();
		expect(within(note).queryByRole('checkbox')).toBeNull();
		expect(note.textContent).toContain('Note print hint');
	});

	it('starts over', async () => {
		render(<WorriedAboutAPost base="/" />);
		await answer('staff', 'pupil', 'pupil', 'bullying');
		fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
		expect(
			[...document.querySelectorAll<HTMLInputElement>('.decision-helper__question input')].every(
				(input) => !input.checked
			)
		).toBe(true);
		expect(document.activeElement).toBe(radio('reporter', 'staff'));
	});
});

describe('a decision helper as a translated page asks it', () => {
	// The parents' route only, with made-up translated words for one step: the rules are the English helper's.
	const scoped = scopedHelper(worriedHelper, { fixed: { reporter: 'parent' }, group: 'parent' });
	const english = fixtureWording(worriedHelper);
	const { wording, inEnglish } = translateWording(scoped, english, {
		questions: english.questions,
		steps: { 'parent-do-not-share': { title: 'Krok', when: 'Zawsze', text: 'Tekst.' } },
	});
	const parts = wordHelper(scoped, wording, 'pl');
	for (const id of inEnglish) parts.steps[id] = { ...parts.steps[id]!, inEnglish: 'Po angielsku:' };
	const Translated = () => (
		<DecisionHelper
			helper="worried-about-a-post"
			{...parts}
			fixed={{ reporter: 'parent' }}
			englishNames
			words={fixtureWords}
			base="/"
		/>
	);

	it('does not ask who you are, and gives the parent’s steps the English rules give, in their order', async () => {
		render(<Translated />);
		await screen.findAllByRole('radio');
		expect(screen.queryByRole('group', { name: /^Question reporter/ })).toBeNull();
		fireEvent.click(radio('about', 'pupil'));
		fireEvent.click(radio('poster', 'outsider'));
		fireEvent.click(checkbox('indecent-image'));
		fireEvent.click(screen.getByRole('button', { name: 'Submit' }));
		const expected = decideWorried({
			reporter: 'parent',
			about: 'pupil',
			poster: 'outsider',
			kind: ['indecent-image'],
		});
		expect(expected[0]).toBe('parent-do-not-share');
		expect(shown()).toEqual(['Krok', ...expected.slice(1)]);
	});

	it('labels a step not yet translated, and marks its words and the sources’ names as English', async () => {
		render(<Translated />);
		await screen.findAllByRole('radio');
		fireEvent.click(radio('about', 'pupil'));
		fireEvent.click(radio('poster', 'outsider'));
		fireEvent.click(checkbox('indecent-image'));
		fireEvent.click(screen.getByRole('button', { name: 'Submit' }));
		const [first, second] = document.querySelectorAll('.decision-helper__result ol > li');
		expect(first!.querySelector('.decision-helper__in-english')).toBeNull();
		expect(first!.querySelector('.decision-helper__references [lang="en-GB"]')).not.toBeNull();
		expect(second!.querySelector('.decision-helper__in-english')!.textContent).toBe(
			'Po angielsku:'
		);
		expect(second!.querySelector('div[lang="en-GB"][dir="ltr"]')).not.toBeNull();
	});
});
