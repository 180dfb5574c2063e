import { parseObjectFile } from './lib/data-file';
import { fillNames } from './lib/school-names';
import { decisionHelpers, type DecisionHelperId } from './lib/decision-helpers';
import { wordHelper, type HelperWording } from './lib/guidance';
import { decisionHelperSchema } from './schemas/decision-helper';
import { names } from './school';

/**
 * The decision helpers' words from content/data/, each checked against its helper's ids when the site builds,
 * with the school's names filled in. Which file belongs to which helper is set in src/lib/decision-helpers.ts.
 */

const files = import.meta.glob<string>('../content/data/*.yaml', {
	query: '?raw',
	import: 'default',
	eager: true,
});

/** The text of a wording file named from the project's root ("content/data/connect-online.yaml"). */
export function wordingFile(path: string): string {
	const text = files[`../${path}`];
	if (text === undefined)
		throw new Error(`src/lib/decision-helpers.ts names ${path}, which does not exist.`);
	return text;
}

/** Every helper's words, with the school's names, by id. */
export const helperWordings = Object.fromEntries(
	decisionHelpers.map(({ id, helper, wording }) => [
		id,
		fillNames(parseObjectFile(wordingFile(wording), decisionHelperSchema(helper), wording), names),
	])
) as Record<DecisionHelperId, HelperWording>;

/** A helper's questions, steps and groups in words, ready for the widget. */
export function wordedHelper(id: DecisionHelperId) {
	const entry = decisionHelpers.find((helper) => helper.id === id);
	if (!entry)
		throw new Error(
			`There is no decision helper "${id}": the helpers are ${decisionHelpers.map((helper) => `"${helper.id}"`).join(', ')} (src/lib/decision-helpers.ts). Check the page's <DecisionHelper helper="..." />.`
		);
	return wordHelper(entry.helper, helperWordings[id]);
}
