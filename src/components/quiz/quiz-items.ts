import { getCollection } from 'astro:content';
import { decidePost, wordReason } from '~/lib/posting-rules';
import { postingRulesWording } from '~/wording';
import { policyUrl } from '~/lib/url';
import type { QuizItem } from './types';

/** The scenarios from content/data/scenarios.yaml, each with the policy section its answer comes from. */
export async function quizItems(): Promise<QuizItem[]> {
	const scenarios = await getCollection('scenarios');
	return scenarios.map(({ data: { facts, ...scenario } }) => {
		const { policy } = wordReason(decidePost(facts).reasons[0]!, 'pupils', postingRulesWording);
		return { ...scenario, policy: { href: policyUrl(policy), label: policy.label } };
	});
}
