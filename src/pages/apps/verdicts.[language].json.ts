import type { APIRoute, GetStaticPaths } from 'astro';
import { allApps, allStaleSources } from '~/apps';
import { verdictApp } from '~/lib/app';
import { featureLabels, pegiWording } from '~/wording';
import { widgetWords } from '~/lib/age-verdict';
import { ageCheckerLanguages, ageCheckerWords } from '~/age-checker-words';
import { school } from '~/school';
import type { LanguageCode } from '~/lib/translation-languages';
import type { VerdictData } from '~/components/age-checker/AgeChecker';

/**
 * The age checker's data file in another language (/apps/verdicts.pl.json): the same apps as /apps/verdicts.json,
 * with the checker's words from content/data/age-checker.<language>.yaml. The apps' own notes stay in English.
 * One for each language the school offers that has the checker's words.
 */
export const getStaticPaths = (() =>
	ageCheckerLanguages
		.filter((language) => (school.languages ?? []).includes(language))
		.map((language) => ({ params: { language } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
	const apps = await allApps();
	const data: VerdictData = {
		apps: apps.map(verdictApp),
		words: widgetWords(ageCheckerWords(params.language as LanguageCode)),
		pegiWording,
		featureLabels,
		staleSources: allStaleSources(apps),
	};
	return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
};
