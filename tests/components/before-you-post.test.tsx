import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import BeforeYouPost from '../../src/components/before-you-post/BeforeYouPost';
import { fixtureWording as wording } from '../fixtures/posting-rules-wording';
import { noScriptVersion } from '../../src/components/shared/use-enhanced';

afterEach(cleanup);

const pick = (name: string) => fireEvent.click(screen.getByRole('radio', { name }));
const next = () => fireEvent.click(screen.getByRole('button', { name: 'ui.next' }));
const yes = () => fireEvent.click(screen.getByRole('button', { name: 'ui.yes' }));
const no = () => fireEvent.click(screen.getByRole('button', { name: 'ui.no' }));
const heading = (name: string) => screen.getByRole('heading', { name });

describe('Before you post (on fixture wording)', () => {
	it('says it is ready once it works, and asks first what kind of post it is', async () => {
		const { container } = render(<BeforeYouPost base="/" wording={wording} />);
		expect(await screen.findByRole('heading', { name: 'kind.question.pupils' })).toBeTruthy();
		expect(container.querySelector('[data-ready]')).not.toBeNull();
	});

	it('asks one thing at a time about a photo, and gives the verdict with what to do instead', async () => {
		render(<BeforeYouPost base="/" wording={wording} />);
		await screen.findByRole('heading', { name: 'kind.question.pupils' });
		pick('kind.photo.pupils');
		next();
		expect(heading('questions.danger.pupils')).toBeTruthy();
		no();
		// What is in view: boxes to tick.
		expect(heading('tick.inView.pupils')).toBeTruthy();
		fireEvent.click(screen.getByRole('checkbox', { name: 'tick.inView.inBedroom.pupils' }));
		next();
		expect(heading('questions.publicAccount.pupils')).toBeTruthy();
		yes();
		// Unkind or untrue, in one question.
		expect(heading('questions.unkindOrUntrue.pupils')).toBeTruthy();
		no();
		// Old enough for the app? (A pupil's own photo or video.)
		expect(heading('rules.underAge.question.pupils')).toBeTruthy();
		no();
		const verdict = heading('verdicts.think-again.pupils');
		expect(document.activeElement).toBe(verdict);
		expect(verdict.closest('[aria-live="polite"]')).not.toBeNull();
		expect(screen.getByText('rules.inBedroom.reason.pupils')).toBeTruthy();
		// Guidance, not the policy's own words, and said so.
		expect(screen.getByText(/ui\.guidance/).getAttribute('href')).toBe('/policy/inBedroom/#a');
		expect(screen.queryByText(/ui\.policy/)).toBeNull();
	});

	it('asks who someone is when adding or chatting, and speaks about contact in the verdict, with the help page for pupils', async () => {
		render(<BeforeYouPost base="/" wording={wording} />);
		await screen.findByRole('heading', { name: 'kind.question.pupils' });
		pick('kind.contact.pupils');
		next();
		no();
		expect(heading('tick.who.pupils')).toBeTruthy();
		fireEvent.click(screen.getByRole('checkbox', { name: 'tick.who.onlyKnownOnline.pupils' }));
		next();
		const verdict = heading('before.verdicts.contact.tell-adult.pupils');
		expect(document.activeElement).toBe(verdict);
		expect(screen.getByText('rules.onlyKnownOnline.reason.pupils')).toBeTruthy();
	});

	it('asks a pupil their age band once, at the start, and tells a sixth-former adding someone known only online to think again', async () => {
		const bands = [
			{ value: '11-16', label: 'Ages 11 to 16' },
			{ value: '16-18', label: 'Ages 16 to 18' },
		];
		render(<BeforeYouPost base="/" wording={wording} bands={bands} />);
		await screen.findByRole('heading', { name: 'kind.question.pupils' });
		expect(screen.getByRole('group', { name: 'ui.age' })).toBeTruthy();
		pick('Ages 16 to 18');
		pick('kind.contact.pupils');
		next();
		no();
		fireEvent.click(screen.getByRole('checkbox', { name: 'tick.who.onlyKnownOnline.pupils' }));
		next();
		// Old enough for the app? (Late at night is not asked: at 16 to 18 it could make the answer no worse.)
		no();
		expect(heading('before.verdicts.contact.think-again.pupils')).toBeTruthy();
		expect(screen.getByText('rules.onlyKnownOnline.sixteenPlus.instead')).toBeTruthy();
		// Changing the band changes the answer: at 11 to 16, stop and tell an adult.
		pick('Ages 11 to 16');
		expect(heading('before.verdicts.contact.tell-adult.pupils')).toBeTruthy();
		// Only pupils are asked; a school with one band asks no one.
		fireEvent.click(screen.getByRole('radio', { name: 'ui.parents' }));
		expect(screen.queryByRole('group', { name: 'ui.age' })).toBeNull();
		cleanup();
		render(<BeforeYouPost base="/" wording={wording} bands={[bands[1]!]} />);
		await screen.findByRole('heading', { name: 'kind.question.pupils' });
		expect(screen.queryByRole('group', { name: 'ui.age' })).toBeNull();
	});

	it('gives a general reason, with the help page, when something is risky but none of the examples', async () => {
		render(<BeforeYouPost base="/" wording={wording} />);
		await screen.findByRole('heading', { name: 'kind.question.pupils' });
		pick('kind.photo.pupils');
		next();
		yes();
		expect(heading('which.danger.pupils')).toBeTruthy();
		for (const fact of ['illegalOrHateful', 'sexualImage', 'unsafeContact', 'scam', 'violent'])
			expect(screen.getByRole('checkbox', { name: `which.danger.${fact}.pupils` })).toBeTruthy();
		fireEvent.click(screen.getByRole('checkbox', { name: 'which.danger.none.pupils' }));
		next();
		const verdict = heading('verdicts.tell-adult.pupils');
		expect(document.activeElement).toBe(verdict);
		expect(screen.getByText('unnamedRisk.reason.pupils')).toBeTruthy();
		expect(screen.queryByText('rules.violent.reason.pupils')).toBeNull();
		expect(screen.getByRole('link', { name: 'help unnamed' }).getAttribute('href')).toBe(
			'/help/unnamed/'
		);
	});

	it('links pupils to the help page from an unsafe contact found in a share', async () => {
		render(<BeforeYouPost base="/" wording={wording} />);
		await screen.findByRole('heading', { name: 'kind.question.pupils' });
		pick('kind.share.pupils');
		next();
		expect(heading('questions.dangerShare.pupils')).toBeTruthy();
		no();
		fireEvent.click(screen.getByRole('checkbox', { name: 'tick.aboutShare.unsafeContact.pupils' }));
		next();
		expect(heading('before.verdicts.share.tell-adult.pupils')).toBeTruthy();
		expect(screen.getByRole('link', { name: 'help unsafeContact' }).getAttribute('href')).toBe(
			'/help/unsafeContact/'
		);
		// Only the help: a pupil who may be the one being harmed is not sent to a policy section first.
		expect(screen.queryByText(/ui\.policy/)).toBeNull();
		expect(screen.getAllByRole('link').map((link) => link.textContent)).toEqual([
			'help unsafeContact',
		]);
	});

	it('says so by the boxes, in an alert, when Next is chosen with nothing ticked', async () => {
		render(<BeforeYouPost base="/" wording={wording} />);
		await screen.findByRole('heading', { name: 'kind.question.pupils' });
		next();
		expect(screen.getByRole('alert').textContent).toBe('ui.chooseFirst');
		expect(heading('kind.question.pupils')).toBeTruthy();
		pick('kind.words.pupils');
		expect(screen.getByRole('alert').textContent).toBe('');
	});

	it('goes back a question, and starts over, keeping focus on the question', async () => {
		render(<BeforeYouPost base="/" wording={wording} />);
		await screen.findByRole('heading', { name: 'kind.question.pupils' });
		pick('kind.share.pupils');
		next();
		no();
		fireEvent.click(screen.getByRole('button', { name: 'ui.back' }));
		expect(screen.getByText('ui.question 2')).toBeTruthy();
		expect(document.activeElement?.id).toBe('byp-question');
		fireEvent.click(screen.getByRole('button', { name: 'ui.startOver' }));
		expect(screen.getByText('ui.question 1')).toBeTruthy();
		expect(document.activeElement?.id).toBe('byp-question');
	});

	it('words its questions and verdict for the person answering', async () => {
		render(<BeforeYouPost base="/" wording={wording} />);
		fireEvent.click(await screen.findByRole('radio', { name: 'ui.parents' }));
		pick('kind.words.parents');
		next();
		no();
		fireEvent.click(
			screen.getByRole('checkbox', { name: 'tick.about.complaintAboutSchool.parents' })
		);
		next();
		// Unkind or untrue; what it gives away.
		no();
		no();
		// A parent's complaint: the policy urges a private word; posting is not forbidden.
		expect(heading('verdicts.think-again.parents')).toBeTruthy();
		expect(screen.getByText('rules.complaintAboutSchool.instead.parents')).toBeTruthy();
	});

	it('without JavaScript, lists every rule’s question with what to do', () => {
		const Static = noScriptVersion(BeforeYouPost);
		const { container } = render(<Static base="/" wording={wording} />);
		expect(container.textContent).toContain('ui.staticIntro');
		for (const fact of ['sexualImage', 'inBedroom', 'followsStaff', 'lateAtNight'])
			expect(screen.getByText(`rules.${fact}.question.pupils`)).toBeTruthy();
		expect(screen.getByText('questions.danger.pupils')).toBeTruthy();
	});
});
