import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { renderToString } from 'preact-render-to-string';
import Quiz from '../../src/components/quiz/Quiz';
import { noScriptVersion } from '../../src/components/shared/use-enhanced';
import type { QuizItem } from '../../src/components/quiz/types';
import { helpline } from '../support/contacts';
import {
	classroomWords as words,
	pupilWords as pupil,
	startWords as start,
} from '../fixtures/quiz-scenarios';

const childline = helpline('childline');

afterEach(cleanup);

const scenario: QuizItem = {
	id: 'a',
	band: '9-11',
	intensity: 1,
	title: 'Title a',
	prompt: 'Prompt a',
	answer: 'ask-first',
	choices: [
		{ verdict: 'post', text: 'Post a', feedback: 'Not that' },
		{ verdict: 'ask-first', text: 'Ask a', feedback: 'Yes' },
	],
	remember: 'Remember a',
	discuss: 'Discuss a',
	teacherNotes: { why: 'Why a', ask: ['Ask one', 'Ask two'] },
	policy: {
		href: '/policy/photographs-and-information/#ask-before-you-post',
		label: 'Photographs',
	},
};

describe('a widget built into the page', () => {
	it('builds its working form, the same HTML it hydrates to, so nothing is swapped as it loads', () => {
		const built = renderToString(
			<Quiz
				scenarios={[scenario]}
				childline={childline}
				words={words}
				start={start}
				pupil={pupil}
			/>
		);
		expect(built).toContain('Start the quiz');
		const { container } = render(
			<Quiz
				scenarios={[scenario]}
				childline={childline}
				words={words}
				start={start}
				pupil={pupil}
			/>
		);
		// The same elements and words, but for the ready marker the island adds once its listeners are attached;
		// Preact sets `checked` as a property, so it is not in the markup.
		const parsed = document.createElement('div');
		parsed.innerHTML = built;
		expect(container.querySelector('[data-ready]')).not.toBeNull();
		expect(parsed.querySelector('[data-ready]')).toBeNull();
		expect(container.innerHTML.replaceAll(' data-ready=""', '')).toBe(
			parsed.innerHTML.replaceAll(' checked=""', '')
		);
	});

	it('builds what it shows without JavaScript separately, for its <noscript>', () => {
		const NoScriptQuiz = noScriptVersion(Quiz);
		render(
			<NoScriptQuiz
				scenarios={[scenario]}
				childline={childline}
				words={words}
				start={start}
				pupil={pupil}
			/>
		);
		expect(screen.getByText('Prompt a')).toBeTruthy();
		expect(screen.queryByRole('button', { name: 'Start the quiz' })).toBeNull();
	});
});
