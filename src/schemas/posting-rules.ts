import { z } from 'astro/zod';
import { facts, verdicts, type PostingRulesWording } from '../lib/posting-rules';
import { groups } from '../lib/before-you-post';
import { fields, forEachAudience, keyed, policyLink } from './wording';

/** The words of the posting rules, keyed by the facts, question groups and verdicts in src/lib. */
export const postingRulesSchema = fields({
	rules: keyed(facts, () =>
		fields({
			/** A yes/no question for the "Before you post" checker. */
			question: forEachAudience,
			/** Why, in a sentence. */
			reason: forEachAudience,
			/** What to do instead. */
			instead: forEachAudience,
			policy: policyLink,
		})
	),
	/** The checker's broad questions, each covering several rules. */
	groups: keyed(
		groups.map((group) => group.id),
		() => forEachAudience
	),
	/** When no rule applies. */
	nothingWrong: fields({ reason: forEachAudience, instead: forEachAudience, policy: policyLink }),
	/** The checker's follow-up question when a post shows others or is someone else's message. */
	othersAgreed: forEachAudience,
	/** The checker's verdict headings. */
	verdicts: keyed(verdicts, () => forEachAudience),
}) satisfies z.ZodType<PostingRulesWording>;

export type { PostingRulesWording };
