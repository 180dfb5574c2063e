import { z } from 'astro/zod';
import { facts, verdicts } from '../lib/posting-rules';
import { fields, forEachAudience, keyed, policyLink, wording } from './wording';

/** The words of the posting rules, keyed by the facts and verdicts in src/lib/posting-rules.ts. */
export const postingRulesSchema = fields({
	rules: keyed(facts, () =>
		fields({
			/** A yes/no question for the "Before you post" checker. */
			question: forEachAudience,
			/** Why, in a sentence. */
			reason: wording,
			/** What to do instead. */
			instead: forEachAudience,
			policy: policyLink,
		}),
	),
	/** When no rule applies. */
	nothingWrong: fields({ reason: wording, instead: wording, policy: policyLink }),
	/** The checker's follow-up question when a post shows others or is someone else's message. */
	othersAgreed: forEachAudience,
	/** The checker's verdict headings. */
	verdicts: keyed(verdicts, () => forEachAudience),
});

export type PostingRulesWording = z.output<typeof postingRulesSchema>;
