import { z } from 'astro/zod';
import type { Helper, HelperWording } from '../lib/guidance';
import { fields, keyed, policyLink, text, wording } from './wording';
import { whenWrong } from './messages';

/** Official guidance a step follows: its name and its full address. */
const guidance = fields({
	label: wording,
	url: z.url({ error: whenWrong('must be a full web address starting https://') }),
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
}).refine((value) => value.policy || value.guidance, {
	message: 'needs a policy section (policy) or official guidance (guidance), or both',
});

/** The words of a decision helper: every question, answer and step, keyed by the ids in its module in src/lib/. */
export function decisionHelperSchema(helper: Helper) {
	const shape = {
		questions: keyed(Object.keys(helper.questions), (id) =>
			fields({ legend: wording, options: keyed(helper.questions[id]!, () => wording) })
		),
		steps: keyed(helper.steps, () => step),
	};
	const schema = helper.groups
		? fields({ ...shape, groups: keyed(Object.keys(helper.groups), () => text) })
		: fields(shape);
	return schema as z.ZodType<HelperWording>;
}
