import { z } from 'astro/zod';
import { facts, verdicts, type PostingRulesWording } from '../lib/posting-rules';
import { groupSteps, kinds, tickSteps, verdictKinds, whichSteps } from '../lib/before-you-post';
import { fields, forEachAudience, keyed, policyLink, text, wording } from './wording';

/** The "Before you post" widget's own words (buttons, labels, notes), the same for every audience. */
export const beforeYouPostInterface = [
	'iAm',
	'pupils',
	'parents',
	'staff',
	'question',
	'yes',
	'no',
	'next',
	'back',
	'startOver',
	'tickHint',
	'chooseFirst',
	'whatToDo',
	'policy',
	'note',
	'staticIntro',
	'ifYes',
	'guidance',
	'age',
] as const;

/** The words of the posting rules, keyed by the facts, steps and verdicts in src/lib. */
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
			/** True when the rule is guidance to help follow the policy, not something the policy says. */
			guidance: z.boolean().optional(),
			/** A page of help written for pupils, linked from the verdict for pupils. */
			help: fields({
				page: z
					.string()
					.regex(
						/^[a-z0-9-]+(\/[a-z0-9-]+)*$/,
						'must be a page of this site, such as help/something-upset-me'
					),
				label: wording,
			}).optional(),
			/** For a pupil of 16 or over (the sixth form), where the reason and advice differ from a younger pupil's. */
			sixteenPlus: fields({ reason: wording, instead: wording }).optional(),
		})
	),
	/** When no rule applies. */
	nothingWrong: fields({ reason: forEachAudience, instead: forEachAudience, policy: policyLink }),
	/** The checker's verdict headings. */
	verdicts: keyed(verdicts, () => forEachAudience),
	/** The checker's own questions. */
	before: fields({
		kind: fields({ question: forEachAudience, choices: keyed(kinds, () => forEachAudience) }),
		/** The verdict headings for sharing, contact and apps, which are not a post of one's own. */
		verdicts: keyed(verdictKinds, () => keyed(verdicts, () => forEachAudience)),
		tick: keyed(
			tickSteps.map((step) => step.id),
			(id) =>
				fields({
					question: forEachAudience,
					choices: keyed(
						tickSteps.find((step) => step.id === id)!.facts as readonly string[],
						() => forEachAudience
					),
					none: forEachAudience,
				})
		),
		questions: keyed(
			[...groupSteps.map((step) => step.id), 'othersAgreed', 'publicAccount'],
			() => forEachAudience
		),
		/** After a group's "yes": which of its risks, as boxes to tick, and the words for "something else". */
		which: keyed(
			whichSteps.map((step) => step.id),
			(id) =>
				fields({
					question: forEachAudience,
					choices: keyed(
						whichSteps.find((step) => step.id === id)!.facts as readonly string[],
						() => forEachAudience
					),
					none: forEachAudience,
				})
		),
		/** When a group of risks is answered yes, then none of them ticked: something risky, not named. */
		unnamedRisk: fields({
			reason: forEachAudience,
			instead: forEachAudience,
			policy: policyLink,
			help: fields({
				page: z
					.string()
					.regex(
						/^[a-z0-9-]+(\/[a-z0-9-]+)*$/,
						'must be a page of this site, such as help/something-upset-me'
					),
				label: wording,
			}).optional(),
		}),
		/** When no rule applies to a share, a contact or an app: its own reason and advice. */
		nothingWrong: keyed(verdictKinds, () =>
			fields({ reason: forEachAudience, instead: forEachAudience })
		),
		interface: keyed(beforeYouPostInterface, () => text),
	}),
}) satisfies z.ZodType<PostingRulesWording>;

export type { PostingRulesWording };
