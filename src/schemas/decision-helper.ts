import { z } from 'astro/zod';
import type { Helper } from '../lib/guidance';
import { fields, keyed, policyLink, wording } from './wording';

const step = fields({
	title: wording,
	/** When this step applies, for the list shown without JavaScript. */
	when: wording,
	text: wording,
	/** The policy's own words, verbatim. */
	quote: wording.optional(),
	policy: policyLink,
});

/** The words of a decision helper: every question, answer and step, keyed by the ids in its module in src/lib/. */
export function decisionHelperSchema(helper: Helper) {
	return fields({
		questions: keyed(Object.keys(helper.questions), (id) => fields({ legend: wording, options: keyed(helper.questions[id]!, () => wording) })),
		steps: keyed(helper.steps, () => step),
	});
}

export type HelperWording = z.output<ReturnType<typeof decisionHelperSchema>>;
export type StepWording = z.output<typeof step>;
