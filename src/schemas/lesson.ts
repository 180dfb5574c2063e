import { z } from 'astro/zod';
import { strands } from '../lib/frameworks';
import { lessonStages, planMinutes, sourceKinds } from '../lib/lesson';
import { bands } from './scenario';

const text = z.string().trim().min(1, 'must not be empty');

/** A lesson plan for one age band, in content/data/lessons.yaml. */
export const lessonSchema = z.strictObject({
	/** The age band, which is also the lesson's id: "9-11" or "11-16". */
	id: z.enum(bands, { error: `must be "9-11" or "11-16"` }),
	title: text,
	/** What pupils will know or be able to do by the end. */
	objectives: z.array(text).min(2, 'name at least two objectives'),
	/**
	 * The UKCIS "Education for a Connected World" strands and age range it covers, with the outcome in our own words
	 * (not the framework's statements, which we have not been able to read).
	 */
	framework: z
		.array(
			z.strictObject({
				strand: z.enum(strands, { error: `must be one of: ${strands.join(', ')}` }),
				ages: z.enum(['7-11', '11-14', '14-18'], { error: 'must be one of: 7-11, 11-14, 14-18' }),
				outcome: text,
			})
		)
		.min(2, 'name at least two framework outcomes'),
	/** Topics of the revised RSHE statutory guidance (July 2025) that the lesson touches, as the sources report them. */
	rshe: z.array(text).min(1),
	/** Anything a teacher should know about those topics, such as the stage the guidance sets them for. */
	rsheNote: text.optional(),
	/** The scenarios the classroom quiz uses, by id, in order. */
	scenarios: z.array(text).min(3, 'choose at least three scenarios'),
	/** The lesson, stage by stage. */
	plan: z
		.array(
			z.strictObject({
				stage: z.enum(lessonStages),
				minutes: z.number().int().positive(),
				what: text,
			})
		)
		.superRefine((plan, context) => {
			const order = plan.map((step) => step.stage).join(', ');
			if (order !== lessonStages.join(', '))
				context.addIssue({
					code: 'custom',
					message: `must have the stages ${lessonStages.join(', ')}, in that order; it has ${order}`,
				});
			const total = planMinutes(plan);
			if (total < 45 || total > 60)
				context.addIssue({
					code: 'custom',
					message: `must take 45 to 60 minutes; it takes ${total}`,
				});
		}),
	/** The question each pupil answers on the way out. */
	exitQuestion: text,
	/** Where the framework strands, risk areas and topics were read, and when. */
	sources: z
		.array(
			z.strictObject({
				label: text,
				url: z.url({ error: 'must be a web address' }),
				checked: z.iso.date({ error: 'must be a date written 2026-11-24' }),
				/** "primary": the framework or guidance itself; "secondary": someone else's summary of it. */
				kind: z.enum(sourceKinds, {
					error: 'must be "primary" (the text itself) or "secondary" (a summary of it)',
				}),
			})
		)
		.min(1, 'name at least one source'),
	/** The "Talk about it at home" sheet for families. */
	home: z.strictObject({
		intro: text,
		questions: z.tuple([text, text, text], { error: 'needs exactly three questions' }),
	}),
});

export type Lesson = z.output<typeof lessonSchema>;
