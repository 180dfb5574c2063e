import postingRulesFile from '../content/data/posting-rules.yaml?raw';
import pegiFile from '../content/data/pegi.yaml?raw';
import appFeaturesFile from '../content/data/app-features.yaml?raw';
import schoolContactsFile from '../content/data/school-contacts.yaml?raw';
import ageCheckerFile from '../content/data/age-checker.yaml?raw';
import lessonWordsFile from '../content/data/lesson-words.yaml?raw';
import quizWordsFile from '../content/data/quiz.yaml?raw';
import decisionHelperFile from '../content/data/decision-helper.yaml?raw';
import type { z } from 'astro/zod';
import { parseObjectFile } from './lib/data-file';
import { fillNames } from './lib/school-names';
import { postingRulesSchema } from './schemas/posting-rules';
import { pegiSchema } from './schemas/pegi';
import { appFeaturesSchema } from './schemas/app-features';
import { schoolContactsSchema } from './schemas/school-contacts';
import { ageCheckerSchema } from './schemas/age-checker';
import { lessonWordsSchema } from './schemas/lesson-words';
import { quizWordsSchema } from './schemas/quiz-words';
import { decisionHelperWordsSchema } from './schemas/decision-helper-words';
import { names } from './school';

/**
 * The tools' words from `content/data/`, checked against their schemas when the site builds, with the school's names filled in.
 * The decision helpers' words are read in src/decision-helpers.ts, from the list in src/lib/decision-helpers.ts.
 */

function read<T extends z.ZodType>(text: string, schema: T, file: string): z.output<T> {
	return fillNames(parseObjectFile(text, schema, file), names);
}

export const postingRulesWording = read(
	postingRulesFile,
	postingRulesSchema,
	'content/data/posting-rules.yaml'
);
export const pegiWording = read(pegiFile, pegiSchema, 'content/data/pegi.yaml');
export const featureLabels = read(
	appFeaturesFile,
	appFeaturesSchema,
	'content/data/app-features.yaml'
);
export const schoolContactsWording = read(
	schoolContactsFile,
	schoolContactsSchema,
	'content/data/school-contacts.yaml'
);
export const ageCheckerWording = read(
	ageCheckerFile,
	ageCheckerSchema,
	'content/data/age-checker.yaml'
);
export const lessonWords = read(
	lessonWordsFile,
	lessonWordsSchema,
	'content/data/lesson-words.yaml'
);
export const quizWords = read(quizWordsFile, quizWordsSchema, 'content/data/quiz.yaml');
export const decisionHelperWords = read(
	decisionHelperFile,
	decisionHelperWordsSchema,
	'content/data/decision-helper.yaml'
);
