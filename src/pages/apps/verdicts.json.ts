import type { APIRoute } from 'astro';
import { allApps, allStaleSources } from '~/apps';
import { verdictApp } from '~/lib/app';
import { ageCheckerWording, featureLabels, pegiWording } from '~/wording';
import { widgetWords } from '~/lib/age-verdict';
import type { VerdictData } from '~/components/age-checker/AgeChecker';

/**
 * Every app as the age checker's answer needs it (no settings or reporting steps), with PEGI's and the features'
 * words and the sources that may be out of date, in one compact file that the checker loads when a reader first taps
 * or focuses in it, so that the page itself carries only the apps' names.
 */
export const GET: APIRoute = async () => {
	const apps = await allApps();
	const data: VerdictData = {
		apps: apps.map(verdictApp),
		words: widgetWords(ageCheckerWording),
		pegiWording,
		featureLabels,
		staleSources: allStaleSources(apps),
	};
	return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
};
