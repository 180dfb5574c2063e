/** The stages of every lesson plan, in order: ground rules, a baseline, the quiz, discussion, the end assessment, a plenary. */
export const lessonStages = [
	'ground-rules',
	'baseline',
	'quiz',
	'discussion',
	'assessment',
	'plenary',
] as const;
export type LessonStage = (typeof lessonStages)[number];

/**
 * What a teacher does if a pupil discloses, in this order: the steps every plan must give. Telling the DSL comes before
 * the write-up (act immediately: a sextortion deadline can be an hour).
 */
export const disclosureSteps = ['listen', 'noSecrets', 'tell', 'record'] as const;
export type DisclosureStep = (typeof disclosureSteps)[number];

/** How long a plan takes, in minutes. */
export const planMinutes = (plan: readonly { minutes: number }[]) =>
	plan.reduce((total, step) => total + step.minutes, 0);

/** The minute each step starts at, from 0. */
export function startTimes(plan: readonly { minutes: number }[]): number[] {
	return plan.map((_, index) => planMinutes(plan.slice(0, index)));
}

/**
 * What a lesson's source is: "primary" when it is the framework or guidance itself, "secondary" when it is someone
 * else's summary of it (a council, a charity, a law firm), which the page says.
 */
export const sourceKinds = ['primary', 'secondary'] as const;
export type SourceKind = (typeof sourceKinds)[number];

/**
 * An address as a printed sheet shows it: in full (https://…) when the build knows the site's address (SITE_URL), so
 * that a family can type it in; otherwise the path on the site, never a development address.
 */
export const printedAddress = (path: string, site: URL | undefined): string =>
	site ? new URL(path, site).href : path;
