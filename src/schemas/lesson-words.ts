import { disclosureSteps, lessonStages } from '../lib/lesson';
import { fields, keyed, wording } from './wording';

const planKeys = [
	'print',
	'ages',
	'years',
	'minutes',
	'objectives',
	'outcomes',
	'framework',
	'frameworkNote',
	'rshe',
	'safe',
	'groundRules',
	'distancing',
	'disclosure',
	'help',
	'vocabulary',
	'resources',
	'support',
	'send',
	'eal',
	'stretch',
	'baseline',
	'assessment',
	'lookFor',
	'lesson',
	'minutesColumn',
	'stageColumn',
	'whatColumn',
	'say',
	'openQuiz',
	'answerKey',
	'otherAnswers',
	'toPrint',
	'worksheet',
	'homeSheet',
	'allScenarios',
	'sources',
	'primary',
	'secondary',
	'checked',
] as const;
const worksheetKeys = [
	'print',
	'title',
	'name',
	'class',
	'date',
	'before',
	'stories',
	'why',
	'after',
	'iCan',
] as const;

const homeKeys = [
	'print',
	'title',
	'questions',
	'listen',
	'checkApp',
	'checkAppText',
	'checkAppPage',
	'checkAppWhere',
	'contact',
	'contactText',
	'childline',
	'worry',
	'threatTitle',
] as const;

/** The words of the lesson plan pages, their worksheets and the home sheets, in content/data/lesson-words.yaml. */
export const lessonWordsSchema = fields({
	plan: fields({
		...(Object.fromEntries(planKeys.map((key) => [key, wording])) as Record<
			(typeof planKeys)[number],
			typeof wording
		>),
		disclosureSteps: keyed(disclosureSteps, () => wording),
	}),
	stages: keyed(lessonStages, () => wording),
	worksheet: keyed(worksheetKeys, () => wording),
	home: keyed(homeKeys, () => wording),
});
