import { getCollection } from 'astro:content';
import { decidePost, wordReason } from '~/lib/posting-rules';
import { postingRulesWording } from '~/wording';
import { policyUrl } from '~/lib/url';
import type { Band } from '~/schemas/scenario';
import type { QuizItem } from './types';

/** The scenarios from content/data/scenarios.yaml (of one band, if given), each with the policy section its answer comes from. */
export async function quizItems(band?: Band): Promise<QuizItem[]> {
	const scenarios = await getCollection('scenarios');
	return scenarios
		.filter(({ data }) => band === undefined || data.band === band)
		.map(({ data: { facts, strands: _strands, risks: _risks, ...scenario } }) => {
			const { policy } = wordReason(decidePost(facts).reasons[0]!, 'pupils', postingRulesWording);
			return { ...scenario, policy: { href: policyUrl(policy), label: policy.label } };
		});
}
