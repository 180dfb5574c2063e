import { z } from 'astro/zod';
import { strands } from '../lib/frameworks';
import { disclosureSteps, lessonStages, planMinutes, sourceKinds } from '../lib/lesson';
import { band } from './scenario';
import { fields, keyed, wording } from './wording';

const text = wording;
const list = (least: number, what: string) =>
	z.array(text).min(least, `name at least ${least} ${what}`);

/** A lesson plan for one age band, in content/data/lessons.yaml, written to the PSHE Association's standard. */
export const lessonSchema = z.strictObject({
	/** The age band, which is also the lesson's id, "min-max": "9-11", "11-16", "16-18". */
	id: band,
	title: text,
	/** The school years (England) the lesson is for, such as 5 and 6. */
	years: z.array(z.number().int().min(1).max(13)).min(1, 'name the school years it is for'),
	/** What the lesson is for: "To learn …". */
	objectives: list(2, 'objectives'),
	/** What pupils can show by the end, as "I can" statements, checked by the end assessment. */
	outcomes: list(3, '“I can” outcomes'),
	/**
	 * The UKCIS "Education for a Connected World" strands and age range it covers, with the outcome in our own words
	 * (not the framework's statements, which we have not been able to read).
	 */
	framework: z
		.array(
			fields({
				strand: z.enum(strands, { error: `must be one of: ${strands.join(', ')}` }),
				ages: z.enum(['7-11', '11-14', '14-18'], { error: 'must be one of: 7-11, 11-14, 14-18' }),
				outcome: text,
			})
		)
		.min(2, 'name at least two framework outcomes'),
	/** Topics of the revised RSHE statutory guidance (July 2025) that the lesson touches, as the sources report them. */
	rshe: list(1, 'RSHE topic'),
	/** Anything a teacher should know about those topics, such as the stage the guidance sets them for. */
	rsheNote: text.optional(),
	/** Ground rules to agree with the class at the start (negotiated, modelled and revisited). */
	groundRules: list(3, 'ground rules'),
	/** How the plan keeps the learning safe: scenarios about characters, not the class. */
	distancing: text,
	/** What to do if a pupil discloses: each step the plan must give, in order. */
	disclosure: keyed(disclosureSteps, () => text),
	/** Where pupils can get help, said in the lesson: people in school, and contacts by their id in content/data/contacts.yaml. */
	help: fields({ inSchool: text, contacts: z.array(text).min(1, 'name at least one contact') }),
	/** Words to teach, with what each means, in pupils' words. */
	vocabulary: z.array(fields({ term: text, meaning: text })).min(4, 'name at least four words'),
	/** What to prepare before the lesson. */
	resources: list(2, 'resources'),
	/** Support for pupils with SEND and pupils learning English, and a task to stretch those who are ready. */
	support: fields({
		send: list(1, 'ways to support pupils with SEND'),
		eal: list(1, 'ways to support pupils learning English'),
		stretch: text,
	}),
	/** The baseline at the start: a question each pupil answers on the worksheet before any teaching. */
	baseline: fields({ question: text, how: text }),
	/** The end assessment: the same question again, and what to look for, compared with the baseline. */
	assessment: fields({ question: text, lookFor: list(2, 'things to look for') }),
	/** The scenarios the classroom quiz uses, by id, in order (lightest first). */
	scenarios: z
		.array(text)
		.min(3, 'choose at least three scenarios')
		.max(6, 'choose at most six scenarios: the worksheet must fit on two pages'),
	/** The lesson, stage by stage: minutes, what happens, and what the teacher can say. */
	plan: z
		.array(
			fields({
				stage: z.enum(lessonStages, { error: `must be one of: ${lessonStages.join(', ')}` }),
				minutes: z.number().int().positive(),
				what: text,
				say: list(1, 'lines for the teacher to say'),
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
	/** Where the framework strands, risk areas, topics and teaching guidance were read, and when. */
	sources: z
		.array(
			fields({
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
	home: fields({
		intro: text,
		questions: z.tuple([text, text, text], { error: 'needs exactly three questions' }),
		/** What a family does if someone threatens to share a picture of their child (for the older bands). */
		threat: text.optional(),
		/** The heading of the app check, where the band's own is better (a sixth-form family). */
		checkApp: text.optional(),
	}),
});

export type Lesson = z.output<typeof lessonSchema>;
