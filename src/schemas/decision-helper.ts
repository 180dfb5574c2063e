import { z } from 'astro/zod';
import type { Helper, HelperWording } from '../lib/guidance';
import { fields, keyed, policyLink, text, wording } from './wording';
import { whenWrong } from './messages';

const url = z.url({ error: whenWrong('must be a full web address starting https://') });

/** Official guidance a step follows: its name and its full address. */
const guidance = fields({ label: wording, url });

/** A reference to one of the file's `sources`: its id, and the part, section, paragraph or page the step follows. */
const citation = fields({
	source: text,
	at: text.describe(
		'Where in the document: "Part one, What staff should do if they have concerns"'
	),
});

/** A document the steps follow. */
const source = fields({
	title: text,
	publisher: text,
	url,
	published: text.optional(),
	checked: z.iso.date({ error: whenWrong('must be the day it was read, written YYYY-MM-DD') }),
	note: text.optional(),
	/** true where something the steps rely on could not be read in the document itself: the steps say so. */
	unconfirmed: z.boolean().optional(),
});

const step = fields({
	title: wording,
	/** When this step applies, for the list shown without JavaScript. */
	when: wording,
	/** What to do. [Words](address) become a link; email addresses and phone numbers become mailto: and tel: links. */
	text: wording,
	/** The policy's own words, verbatim. */
	quote: wording.optional(),
	policy: policyLink.optional(),
	guidance: guidance.optional(),
	follows: z.array(citation).min(1, 'name at least one source, or leave follows out').optional(),
}).refine((value) => value.policy || value.guidance || value.follows, {
	message:
		'needs a policy section (policy) or official guidance (guidance), or the sources it follows (follows)',
});

/** The words of a decision helper: every question, answer and step, keyed by the ids in its module in src/lib/. */
export function decisionHelperSchema(helper: Helper) {
	const shape = {
		questions: keyed(Object.keys(helper.questions), (id) =>
			fields({
				legend: wording,
				hint: wording.optional(),
				options: keyed(helper.questions[id]!, () => wording),
			})
		),
		steps: keyed(helper.steps, () => step),
		sources: z
			.record(
				z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens'),
				source
			)
			.optional(),
	};
	const schema = helper.groups
		? fields({ ...shape, groups: keyed(Object.keys(helper.groups), () => text) })
		: fields(shape);
	// Every step's `follows` names a source listed under `sources`.
	return schema.superRefine((value, context) => {
		const listed = Object.keys(value.sources ?? {});
		for (const [id, words] of Object.entries(value.steps as Record<string, z.output<typeof step>>))
			for (const [index, cited] of (words.follows ?? []).entries())
				if (!listed.includes(cited.source))
					context.addIssue({
						code: 'custom',
						path: ['steps', id, 'follows', index, 'source'],
						message: `names "${cited.source}", which is not listed under sources; list it there or use one of: ${listed.join(', ') || '(none listed)'}`,
					});
	}) as unknown as z.ZodType<HelperWording>;
}
