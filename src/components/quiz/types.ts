import type { PostVerdict } from '~/lib/posting-rules';
import type { Intensity } from '~/lib/quiz';
import type { Band } from '~/schemas/scenario';

/** A scenario as the quiz islands receive it: the content, plus its policy section's address. */
export interface QuizItem {
	id: string;
	band: Band;
	intensity: Intensity;
	title: string;
	prompt: string;
	answer: PostVerdict;
	choices: { verdict: PostVerdict; text: string; feedback: string }[];
	remember: string;
	discuss: string;
	teacherNotes: { why: string; ask: readonly [string, string] };
	/** The page the feedback links to: a page for pupils, or the policy section that decides (when that is for pupils). */
	policy: { href: string; label: string };
}

/** A helpline the quiz's summary names, with its number: from content/data/contacts.yaml, passed in by the page. */
export interface Helpline {
	name: string;
	phone: string;
}

export const letters = ['A', 'B', 'C', 'D', 'E', 'F'];
