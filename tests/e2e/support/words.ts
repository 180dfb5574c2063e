import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/**
 * Words the widgets show that live in content/ (so tests name buttons and fields as a person does, without copying
 * the words: a school that rewords them keeps a green suite).
 */
const read = <T>(file: string) =>
	parse(readFileSync(new URL(`../../../${file}`, import.meta.url), 'utf8')) as T;

/** The age checker's form: content/data/age-checker.yaml. */
export const ageCheckerForm = read<{
	form: {
		app: { label: string };
		years: { label: string };
		check: string;
		showAll: string;
	};
}>('content/data/age-checker.yaml').form;

/** The quiz's classroom mode: content/data/quiz.yaml. */
export const classroomWords = read<{ classroom: { countVotes: string; oneMore: string } }>(
	'content/data/quiz.yaml'
).classroom;
