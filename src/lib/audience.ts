/** Who a page, a contact or a tool's words are for. The ids stay the same whatever a school calls its learners. */
export const audiences = ['parents', 'pupils', 'staff'] as const;
export type Audience = (typeof audiences)[number];

/** The word a school uses for the children and young people it teaches (`learners` in content/school.yaml). */
export const learnerWords = ['pupils', 'students'] as const;
export type Learners = (typeof learnerWords)[number];

const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * The forms of the school's word that content may use: {learners} "pupils", {Learners} "Pupils", {learner} "pupil",
 * {Learner} "Pupil". Possessives are written after them: {learner}’s, {learners}’.
 */
export function learnerForms(learners: Learners) {
	const one = learners.replace(/s$/, '');
	return { learners, Learners: capital(learners), learner: one, Learner: capital(one) };
}

/** What each audience is called on the page, from the school's word for its learners. */
export function audienceLabelsFor(learners: Learners): Record<Audience, string> {
	return { parents: 'Parents', pupils: capital(learners), staff: 'Staff' };
}

/** The labels for a school that says "pupils" (the template's own setting). */
export const audienceLabels: Record<Audience, string> = audienceLabelsFor('pupils');

/**
 * A page's address for a school, from its id in content/docs ("for-pupils"): each part of the address that is the
 * word "pupils" becomes the school's word ("for-students", "policy/contact-between-students-and-staff").
 */
export function localSlug(slug: string, learners: Learners): string {
	return slug.replace(/(?<![a-z0-9])pupils(?![a-z0-9])/g, learners);
}

/** The page's id in content/docs from its address on a school's site: the inverse of localSlug. */
export function internalSlug(slug: string, learners: Learners): string {
	return learners === 'pupils'
		? slug
		: slug.replace(new RegExp(`(?<![a-z0-9])${learners}(?![a-z0-9])`, 'g'), 'pupils');
}

/** The addresses of a school's site that another school's word would give, each with where it now leads. */
export function otherAddresses(
	slugs: readonly string[],
	learners: Learners
): [from: string, to: string][] {
	return slugs.flatMap((slug) =>
		learnerWords
			.filter((word) => word !== learners)
			.map((word) => [localSlug(slug, word), localSlug(slug, learners)] as [string, string])
			.filter(([from, to]) => from !== to)
	);
}

/** An age range, "11-18": ages from `min` up to (not including) `max`, as schools write them (11-16 is Years 7 to 11). */
export interface AgeRange {
	min: number;
	max: number;
}

/** "11-18" read as an age range, or undefined when it is not one (two whole ages, the first below the second). */
export function parseAgeRange(text: string): AgeRange | undefined {
	const match = /^\s*(\d{1,2})\s*[-–]\s*(\d{1,2})\s*$/.exec(text);
	if (!match) return undefined;
	const [min, max] = [Number(match[1]), Number(match[2])];
	return min < max ? { min, max } : undefined;
}

/**
 * Whether an age band ("9-11") is for some of a school's learners (`range`, "11-18"): the two share at least one
 * year of age. A band's upper age is where the next band starts, so "9-11" does not reach an "11-18" school.
 */
export function bandInRange(band: string, range: string): boolean {
	const a = parseAgeRange(band);
	const b = parseAgeRange(range);
	if (!a || !b) return true;
	return a.min < b.max && b.min < a.max;
}

/** The age band a page is for, from its address ("lessons/worksheet-ages-9-to-11" is for "9-11"), if any. */
export function pageBand(slug: string): string | undefined {
	const match = /(?:^|[/-])ages-(\d{1,2})-to-(\d{1,2})(?=$|[/-])/.exec(slug);
	return match ? `${match[1]}-${match[2]}` : undefined;
}

/**
 * The template's words for its learners in `text` written as the placeholders content uses: "pupils" {learners},
 * "Pupils" {Learners}, "pupil" {learner}, "Pupil" {Learner}, and the policy's "pupils/students" {learnersInPolicy};
 * ids and addresses ("for-pupils", "pupil-tell-adult") are kept. For finding the template's sentence in content written once.
 */
export function withLearnerPlaceholders(text: string): string {
	const forms: Record<string, string> = {
		'pupils/students': '{learnersInPolicy}',
		pupils: '{learners}',
		Pupils: '{Learners}',
		pupil: '{learner}',
		Pupil: '{Learner}',
	};
	return text.replace(
		/(?<![\p{L}\p{N}_/.\-{])(pupils\/students|[Pp]upils?)(?![\p{L}\p{N}_/\-}])/gu,
		(word) => forms[word] ?? word
	);
}
