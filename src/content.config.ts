import { defineCollection } from 'astro:content';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { yamlList } from './loaders/yaml-list';
import { schoolDocs } from './loaders/school-docs';
import { teachesBand } from './school';
import { withLearnerPlaceholders } from './lib/audience';
import { pageSchema } from './schemas/page';
import { dataLists } from './data-lists';

/** The languages the school chose in its settings (checked in full by src/school.ts). */
const chosenLanguages = (): string[] =>
	(
		parse(readFileSync(process.env['SCHOOL_SETTINGS'] ?? 'content/school.yaml', 'utf8')) as {
			languages?: string[];
		}
	).languages ?? [];
/** The languages the project ships (src/lib/translation-languages.ts), whose folders content/docs/ may have. */
const languageCodes = ['pl', 'ur', 'ro', 'ar', 'bn'];

/**
 * The pages to load: all of content/docs/, less the folders of the languages the school has not chosen. (Importing
 * src/lib/translation-languages.ts here broke the app guides' pages as they were built: the list is repeated above,
 * and a test checks it is the same.)
 */
function docsPattern(): string | string[] {
	const all = '**/[^_]*.{md,mdx}';
	const unchosen = languageCodes.filter((code) => !chosenLanguages().includes(code));
	return unchosen.length === 0 ? all : [all, ...unchosen.map((code) => `!${code}/**`)];
}

export const collections = {
	// Starlight's docsLoader reads only src/content/docs; the school's pages live in content/docs, each at the address
	// and with the words of this school's settings, and only those for the ages it teaches (src/loaders/school-docs.ts).
	// The translations of a language the school has not chosen (content/school.yaml, `languages`) are left out.
	docs: defineCollection({
		loader: schoolDocs('./content/docs', docsPattern()),
		schema: docsSchema({ extend: pageSchema }),
	}),
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
	policyVersions: defineCollection({
		// The records quote the template's approved words, "pupil" included: shown in the school's own word.
		loader: yamlList(
			dataLists.policyVersions.file,
			dataLists.policyVersions.schema,
			undefined,
			withLearnerPlaceholders
		),
	}),
	contacts: defineCollection({
		loader: yamlList(dataLists.contacts.file, dataLists.contacts.schema),
	}),
	// Only the scenarios and lessons of the age bands the school teaches (`ageRange` in its settings).
	scenarios: defineCollection({
		loader: yamlList(dataLists.scenarios.file, dataLists.scenarios.schema, ({ band }) =>
			teachesBand(band)
		),
	}),
	reputationReplies: defineCollection({
		loader: yamlList(dataLists.reputationReplies.file, dataLists.reputationReplies.schema),
	}),
	lessons: defineCollection({
		loader: yamlList(dataLists.lessons.file, dataLists.lessons.schema, ({ id }) => teachesBand(id)),
	}),
	apps: defineCollection({ loader: yamlList(dataLists.apps.file, dataLists.apps.schema) }),
	devices: defineCollection({ loader: yamlList(dataLists.devices.file, dataLists.devices.schema) }),
	deliberateChanges: defineCollection({
		loader: yamlList(
			dataLists.deliberateChanges.file,
			dataLists.deliberateChanges.schema,
			undefined,
			withLearnerPlaceholders
		),
	}),
};
