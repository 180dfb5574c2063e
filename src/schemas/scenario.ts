import { z } from 'astro/zod';
import { conditions, facts, verdicts } from '../lib/posting-rules';
import { intensities } from '../lib/quiz';
import { riskAreas, strands } from '../lib/frameworks';

const verdict = z.enum(verdicts, { error: `must be one of: ${verdicts.join(', ')}` });

/** An age band, "min-max" such as "11-16": the bands are read from the data, and a school's age range picks them. */
export const band = z
	.string({ error: 'must be an age band written "min-max", such as "11-16"' })
	.regex(/^\d{1,2}-\d{1,2}$/, 'must be an age band written "min-max", such as "11-16"')
	.refine((value) => {
		const [from, to] = value.split('-').map(Number);
		return from! < to!;
	}, 'must be an age band whose first age is the lower, such as "11-16"');

/** A "Should I post this?" quiz scenario. */
export const scenarioSchema = z
	.strictObject({
		id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens'),
		band,
		/** How heavy the topic is (1 everyday, 2 unkindness, tricks and fakes, 3 risk of harm): a quiz starts gently and builds. */
		intensity: z.union(
			intensities.map((level) => z.literal(level)) as unknown as [
				z.ZodLiteral<1>,
				z.ZodLiteral<2>,
				z.ZodLiteral<3>,
			],
			{ error: 'must be 1 (everyday), 2 (unkindness, tricks and fakes) or 3 (risk of harm)' }
		),
		title: z.string().min(1),
		prompt: z.string().min(1),
		/** The facts of the post, which the rules judge. */
		facts: z.partialRecord(z.enum([...facts, ...conditions]), z.boolean()),
		/** The answer the author expects; a test checks the rules agree. */
		answer: verdict,
		choices: z
			.array(
				z.strictObject({
					verdict,
					text: z.string().min(1),
					feedback: z
						.string({ error: 'every choice needs feedback that explains why' })
						.min(1, 'every choice needs feedback that explains why'),
				})
			)
			.min(2, 'needs at least two choices'),
		/** What to remember, for the summary at the end. */
		remember: z.string().min(1),
		/**
		 * The page the feedback links to (a page of this site, such as "help/something-upset-me"), when the policy section
		 * of the rule that decides is not written for pupils. The build checks that it is a page for pupils.
		 */
		link: z
			.string()
			.regex(
				/^[a-z0-9-]+(\/[a-z0-9-]+)*$/,
				'must be a page of this site, such as help/something-upset-me'
			)
			.optional(),
		/** A question for the class to talk about, shown in classroom mode. */
		discuss: z.string().min(1),
		/** For the teacher, behind a toggle in classroom mode: why the answer is best, and two questions to ask the class. */
		teacherNotes: z.strictObject({
			why: z.string().min(1),
			ask: z.tuple([z.string().min(1), z.string().min(1)], {
				error: 'needs exactly two questions to ask the class',
			}),
		}),
		/** The UKCIS "Education for a Connected World" strands it serves. */
		strands: z
			.array(z.enum(strands, { error: `must be one of: ${strands.join(', ')}` }))
			.min(1, 'name at least one strand'),
		/** The KCSIE risk areas it serves. */
		risks: z
			.array(z.enum(riskAreas, { error: `must be one of: ${riskAreas.join(', ')}` }))
			.min(1, 'name at least one risk area'),
	})
	.superRefine((scenario, context) => {
		const best = scenario.choices.filter((choice) => choice.verdict === scenario.answer).length;
		if (best !== 1)
			context.addIssue({
				code: 'custom',
				path: ['choices'],
				message: `must have exactly one best choice (one whose verdict is the answer, "${scenario.answer}"); it has ${best}`,
			});
		const seen = new Set(scenario.choices.map((choice) => choice.verdict));
		if (seen.size !== scenario.choices.length)
			context.addIssue({
				code: 'custom',
				path: ['choices'],
				message: 'two choices have the same verdict',
			});
	});

export type Scenario = z.output<typeof scenarioSchema>;
/** An age band's id, "min-max". */
export type Band = string;
