import { getCollection, getEntry } from 'astro:content';
import { decidePost, wordReason } from '~/lib/posting-rules';
import { postingRulesWording } from '~/wording';
import { pageUrl, policyUrl } from '~/lib/url';
import type { Band } from '~/schemas/scenario';
import type { QuizItem } from './types';
import { docId } from '~/school';

/** The page a scenario's feedback links to, which must exist and be written for pupils (its audiences say so). */
async function pupilPage(id: string, page: string) {
	const entry = await getEntry('docs', docId(page));
	const where = `content/data/scenarios.yaml: entry "${id}": "link"`;
	if (!entry)
		throw new Error(
			`${where}: "${page}" is not a page in content/docs/. Hint: write the page's path without .mdx, such as help/something-upset-me.`
		);
	if (!entry.data.audiences.includes('pupils'))
		throw new Error(
			`${where}: "${page}" is not written for pupils (its audiences are ${entry.data.audiences.join(', ')}). Hint: link to a page whose audiences include pupils, such as help/something-upset-me.`
		);
	return { href: pageUrl(page), label: entry.data.title };
}

/**
 * The scenarios from content/data/scenarios.yaml (of one band, if given), each with the page its feedback links to:
 * its own `link`, or else the policy section of the rule that decides its answer, which must then be written for pupils.
 */
export async function quizItems(band?: Band): Promise<QuizItem[]> {
	const scenarios = await getCollection('scenarios');
	return Promise.all(
		scenarios
			.filter(({ data }) => band === undefined || data.band === band)
			.map(async ({ data: { facts, strands: _strands, risks: _risks, link, ...scenario } }) => {
				if (link) return { ...scenario, policy: await pupilPage(scenario.id, link) };
				const { policy } = wordReason(
					decidePost(facts, 'pupils', scenario.band).reasons[0]!,
					'pupils',
					postingRulesWording
				);
				const page = await pupilPage(scenario.id, policy.page);
				if (scenario.answer === 'tell-adult')
					throw new Error(
						`content/data/scenarios.yaml: entry "${scenario.id}": "link" is missing. Hint: a scenario about being harmed links to a help page for pupils, such as help/something-upset-me, not to the policy.`
					);
				return {
					...scenario,
					policy: { href: policyUrl(policy), label: page.label && policy.label },
				};
			})
	);
}
