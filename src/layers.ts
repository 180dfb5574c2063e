import { englishIdOf, shippedLanguages, type LanguageCode } from './lib/translation-languages';
import { siteWords } from './site-words';
import layersFile from '../content/data/layers.yaml?raw';
import { parseObjectFile } from './lib/data-file';
import { formatDate } from './lib/dates';
import { layerOf, type Layer } from './lib/layer';
import { layersWordingSchema } from './schemas/layers';
import { fillNames } from './lib/school-names';
import { names, school } from './school';

/** The words that tell the policy and the guidance apart, from content/data/layers.yaml, checked when the site builds. */
export const layersWording = fillNames(
	parseObjectFile(layersFile, layersWordingSchema, 'content/data/layers.yaml'),
	names
);

/** The approval line, which appears only with the policy's approved words. */
export const approvalLine = layersWording.policy.approval
	.replace('{title}', school.policy.title)
	.replace('{version}', school.policy.version)
	.replace('{approvedBy}', school.policy.approvedBy)
	.replace('{adopted}', formatDate(school.policy.adopted))
	.replace('{nextReview}', formatDate(school.policy.nextReview));

/** A page's layer, from its id ("policy/age-limits") and its frontmatter's `layer`, if any. */
export function pageLayer(entry: { id: string; data: { layer?: Layer | undefined } }): Layer {
	// A translation is in the layer of the English page it translates ("pl/policy/age-limits" is the policy's).
	return layerOf(englishIdOf(entry.id), entry.data.layer);
}

/**
 * The layers' words for a page in a language (pl, ur …), from content/data/site-words.<language>.yaml, with its
 * approval line filled in as above; for English, or a language without them, content/data/layers.yaml's.
 */
export function layerWordsIn(language: LanguageCode | undefined): {
	approval: string;
	guidance: string;
	policyLink: string;
	summary: string;
	pupilSummary: string;
} {
	const translated = language ? siteWords(language).layers : undefined;
	if (!translated)
		return {
			approval: approvalLine,
			guidance: layersWording.guidance.label,
			policyLink: layersWording.guidance.policyLink,
			summary: layersWording.summary.title,
			pupilSummary: layersWording.summary.pupilTitle,
		};
	const lang = shippedLanguages[language!].lang;
	const date = (iso: string) =>
		new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(
			new Date(`${iso}T00:00:00Z`)
		);
	return {
		...translated,
		approval: translated.approval
			.replace('{title}', school.policy.title)
			.replace('{version}', school.policy.version)
			.replace('{approvedBy}', school.policy.approvedBy)
			.replace('{adopted}', date(school.policy.adopted))
			.replace('{nextReview}', date(school.policy.nextReview)),
	};
}
