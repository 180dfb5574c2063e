import { fields, keyed, text } from './wording';

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

/**
 * The words of the quiz's start screen and the list without JavaScript: `band` and `bandTo` name an age band from its id
 * ("Ages" 16 "to" 18); `heavier` and its notes make the heaviest scenarios a teacher's choice.
 */
export const startWordKeys = [
	'band',
	'bandTo',
	'heavier',
	'heavierNote',
	'worksheetHeavier',
	'pupilNote',
	'listNote',
] as const;
export type StartWords = Record<(typeof startWordKeys)[number], string>;

/** The words of the pupils' quiz (its start screen, questions, feedback and summary) and the list without JavaScript. */
export const pupilWordKeys = [
	'whichQuiz',
	'lessonSet',
	'questions',
	'start',
	'classroom',
	'nothingSaved',
	'question',
	'of',
	'legend',
	'chooseFirst',
	'yourRight',
	'yourWrong',
	'best',
	'check',
	'right',
	'notQuite',
	'whyBefore',
	'whyAfter',
	'findOut',
	'next',
	'results',
	'scoreBefore',
	'scoreOf',
	'allRight',
	'finished',
	'toRemember',
	'anotherLook',
	'helpTitle',
	'helpText',
	'helpCall',
	'freeOn',
	'anyTime',
	'helpLink',
	'tryAgain',
	'another',
	'showAnswer',
	'bestAnswer',
	'remember',
] as const;
export type PupilWords = Record<(typeof pupilWordKeys)[number], string>;

/** The words of the quiz's classroom mode, start screen and pupils' quiz, in content/data/quiz.yaml. */
export const quizWordsSchema = fields({
	classroom: keyed(classroomWordKeys, () => text),
	start: keyed(startWordKeys, () => text),
	pupil: keyed(pupilWordKeys, () => text),
});
