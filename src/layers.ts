import { englishIdOf } from './lib/translation-languages';
import layersFile from '../content/data/layers.yaml?raw';
import { parseObjectFile } from './lib/data-file';
import { formatDate } from './lib/dates';
import { layerOf, type Layer } from './lib/layer';
import { layersWordingSchema } from './schemas/layers';
import { school } from './school';

/** The words that tell the policy and the guidance apart, from content/data/layers.yaml, checked when the site builds. */
export const layersWording = parseObjectFile(
	layersFile,
	layersWordingSchema,
	'content/data/layers.yaml'
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
