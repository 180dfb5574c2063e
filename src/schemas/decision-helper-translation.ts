import { z } from 'astro/zod';
import type { Helper } from '../lib/guidance';
import type { TranslatedHelperWords } from '../lib/helper-translation';
import { fields, keyed, text, wording } from './wording';
import { decisionHelperWordsSchema } from './decision-helper-words';

/** The fingerprint of the English file a translation was made from: 12 hex digits (`npm run translations` gives it). */
// YAML reads a hash of digits only as a number: it is taken back as the 12 digits written.
const source = z.preprocess(
	(value) => (typeof value === 'number' ? String(value).padStart(12, '0') : value),
	z
		.string()
		.regex(
			/^[0-9a-f]{12}$/,
			'must be the 12 hex digits `npm run translations` gives for the English file'
		)
);

/** A step in another language: the words a reader reads (its policy section and sources stay the English step's). */
const step = fields({ title: wording, when: wording, text: wording, quote: wording.optional() });

/**
 * The words of a decision helper in another language (content/data/<helper>.<language>.yaml), for the helper as its
 * translated page asks it (src/lib/helper-translation.ts, scopedHelper): every question and answer, required; the
 * steps, each optional (a step left out is shown in English, marked so), and no step the page cannot give.
 */
export function translatedHelperSchema(helper: Helper) {
	const steps = Object.fromEntries(helper.steps.map((id) => [id, step.optional()]));
	return fields({
		source,
		questions: keyed(Object.keys(helper.questions), (id) =>
			fields({
				legend: wording,
				hint: wording.optional(),
				options: keyed(helper.questions[id]!, () => wording),
			})
		),
		steps: fields(steps),
		...(helper.groups ? { groups: keyed(Object.keys(helper.groups), () => text) } : {}),
	}) as unknown as z.ZodType<TranslatedHelperWords>;
}

/** The helpers' own controls in another language (content/data/decision-helper.<language>.yaml), and its English source. */
export const translatedHelperControlsSchema = decisionHelperWordsSchema.extend({ source });
