import raw from '../content/data/search.yaml?raw';
import { parse } from 'yaml';
import { DataFileError, parseObjectFile } from './lib/data-file';
import { fillNames } from './lib/school-names';
import { names } from './school';
import { withoutOwnMeaning, type Synonym } from './lib/search-query';
import { searchSettingsSchema, type SearchSettings } from './schemas/search';

const file = 'content/data/search.yaml';

/**
 * The search box's suggestions and concepts from `content/data/search.yaml`, checked when the site builds. A
 * problem names the file, the concept (by its name) and the field.
 */
export function readSearchSettings(text: string): SearchSettings {
	try {
		return parseObjectFile(text, searchSettingsSchema, file);
	} catch (error) {
		if (!(error instanceof DataFileError)) throw error;
		let names: unknown[] = [];
		try {
			const data = parse(text) as { concepts?: { concept?: unknown }[] };
			names = Array.isArray(data?.concepts) ? data.concepts.map((entry) => entry?.concept) : [];
		} catch {
			// The message already says the YAML is not valid.
		}
		throw new DataFileError(
			error.message.replace(/concepts\[(\d+)\]/g, (whole, at: string) =>
				typeof names[Number(at)] === 'string' ? `${whole} (“${names[Number(at)]}”)` : whole
			)
		);
	}
}

/** With the school's words filled in: a suggested search may say "A {learner} sent me a friend request". */
export const searchSettings: SearchSettings = fillNames(readSearchSettings(raw), names);

/**
 * Every concept's synonyms, each carrying its concept's name and route; the school's word for a learner ("pupil",
 * or "student") is not a synonym of itself.
 */
export function conceptSynonyms(
	settings: SearchSettings,
	learner: string = names.learner
): Synonym[] {
	return withoutOwnMeaning(
		settings.concepts.flatMap(({ concept, route, synonyms, together }) => [
			...synonyms.map(({ words, means }) => ({
				words,
				means,
				concept,
				...(route ? { route } : {}),
			})),
			// A situation recognised by its parts together, read as the concept's first synonym.
			...(together
				? [{ words: [], means: synonyms[0]!.means, concept, together, ...(route ? { route } : {}) }]
				: []),
		]),
		learner
	);
}
