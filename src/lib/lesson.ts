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
