import { keyed, text } from './wording';

export const classroomWordKeys = [
	'region',
	'scenario',
	'of',
	'keys',
	'previous',
	'reveal',
	'next',
	'finish',
	'countVotes',
	'teacherNotes',
	'leave',
	'bestAnswer',
	'answer',
	'remember',
	'discuss',
	'why',
	'whyAfterReveal',
	'askClass',
	'votesFor',
	'oneMore',
	'oneLess',
	'endTitle',
	'endIntro',
	'scenarioColumn',
	'bestColumn',
	'resultColumn',
	'notCounted',
	'backToLast',
	'startAgain',
] as const;
export type ClassroomWords = Record<(typeof classroomWordKeys)[number], string>;

/** The words of the quiz's classroom mode, in content/data/quiz.yaml. */
export const quizWordsSchema = keyed(['classroom'], () => keyed(classroomWordKeys, () => text));
