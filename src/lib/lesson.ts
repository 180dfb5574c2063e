/** The stages of every lesson plan, in order. */
export const lessonStages = ['starter', 'quiz', 'discussion', 'plenary', 'exit'] as const;
export type LessonStage = (typeof lessonStages)[number];

export const stageLabels: Record<LessonStage, string> = {
	starter: 'Starter',
	quiz: 'Classroom quiz',
	discussion: 'Discussion',
	plenary: 'Plenary',
	exit: 'Exit question',
};

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

/** How the page describes each kind of source, after its link. */
export const sourceKindLabels: Record<SourceKind, string> = {
	primary: 'the text itself',
	secondary: 'a summary by others, not the text itself',
};
