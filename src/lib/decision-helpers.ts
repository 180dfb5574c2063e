import type { Answers, Helper } from './guidance';
import type { TranslatedScope } from './helper-translation';
import { decideWorried, worriedHelper, type WorriedAnswers } from './worried-about-a-post';
import { connectHelper, decideConnect, type ConnectAnswers } from './connect-online';
import { concernHelper, decideConcern, type ConcernAnswers } from './concern-about-the-school';

/**
 * Every decision helper in one list: its id, its rules (questions, steps and `decide`), its wording file and its page.
 * The widget, the list shown without JavaScript, the wording's checks and the tests all go through this list, so a new
 * helper is a rules module in src/lib/, a wording file in content/data/, a page in content/docs/ and one entry here.
 */
export interface DecisionHelperEntry {
	id: string;
	/** The questions, steps and urgent steps, from the helper's module. */
	helper: Helper;
	/** The step ids, in order, for a full set of answers (a list of answers for a question that takes several). */
	decide: (answers: Answers) => string[];
	/** The wording file, from the project's root. */
	wording: string;
	/** The page it lives on, as a slug. */
	page: string;
	/**
	 * Optional: how its translated pages ask it (content/docs/<language>/<page>.mdx, words in
	 * content/data/<helper>.<language>.yaml): the answers given for the reader, and that reader's group of steps.
	 */
	translated?: TranslatedScope;
}

export const decisionHelpers = [
	{
		id: 'worried-about-a-post',
		helper: worriedHelper,
		decide: (answers) => decideWorried(answers as unknown as WorriedAnswers),
		wording: 'content/data/worried-about-a-post.yaml',
		page: 'tools/worried-about-a-post',
		// In other languages, the parents' routes only (issue 22); staff and pupils use the English helper.
		translated: { fixed: { reporter: 'parent' }, group: 'parent' },
	},
	{
		id: 'connect-online',
		helper: connectHelper,
		decide: (answers) => decideConnect(answers as unknown as ConnectAnswers),
		wording: 'content/data/connect-online.yaml',
		page: 'tools/connect-online',
	},
	{
		id: 'concern-about-the-school',
		helper: concernHelper,
		decide: (answers) => decideConcern(answers as unknown as ConcernAnswers),
		wording: 'content/data/concern-about-the-school.yaml',
		page: 'tools/concern-about-the-school',
		translated: { fixed: {} },
	},
] as const satisfies readonly DecisionHelperEntry[];

export type DecisionHelperId = (typeof decisionHelpers)[number]['id'];

/** The helper with this id. */
export function decisionHelper(id: DecisionHelperId): DecisionHelperEntry {
	return decisionHelpers.find((entry) => entry.id === id)!;
}
