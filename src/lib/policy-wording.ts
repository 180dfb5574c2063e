/**
 * The parts of the policy's approved text that change with the school's settings, written so that the sentence stays
 * grammatical whatever the settings hold. The template's policy (content/policy-source.txt) is St Margaret's; a school
 * that adopts it (npm run adopt) gets the same words in its own copy.
 */
// With their extensions: npm run adopt (scripts/adopt.ts) runs this file in Node, which needs them.
import { orList } from './or-list.ts';
import type { Learners } from './audience.ts';

/**
 * The remote-learning platforms as the policy's sentence "pupils and teachers communicate through … " ends:
 * "Google Classroom or Microsoft Teams depending upon the year group" when there are several (which one depends on
 * the year group), and just "Microsoft Teams" when there is one, where "depending upon the year group" would make no sense.
 */
export function platformsInPolicy(platforms: readonly string[]): string {
	return platforms.length > 1
		? `${orList(platforms)} depending upon the year group`
		: orList(platforms);
}

/**
 * How the policy names the children in "issues arising on social media with pupils/students under the age of 13":
 * the template writes "pupils/students", a school that says students writes "students".
 */
export function learnersInPolicy(learners: Learners): string {
	return learners === 'pupils' ? 'pupils/students' : learners;
}

/**
 * The lines of a school's policy text that its settings cannot make read well, for a hand edit: a sentence that still
 * says "depending upon the year group" after a single platform ("through Microsoft Teams depending upon the year group").
 */
export function linesToEditByHand(
	policy: string,
	platforms: readonly string[]
): { line: number; text: string; why: string }[] {
	if (platforms.length > 1) return [];
	return policy.split('\n').flatMap((text, index) =>
		/depending upon the year group/.test(text)
			? [
					{
						line: index + 1,
						text: text.trim(),
						why: `the school has one remote-learning platform (${orList(platforms)}), so “depending upon the year group” no longer makes sense: end the sentence after the platform’s name`,
					},
				]
			: []
	);
}
