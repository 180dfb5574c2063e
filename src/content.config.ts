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
import { deliberateChangeSchema } from './schemas/deliberate-change';
import { appSchema } from './schemas/apps';
import { deviceSchema } from './schemas/devices';
import { scenarioSchema } from './schemas/scenario';
import { lessonSchema } from './schemas/lesson';
import { contactSchema } from './schemas/contact';
import { policyVersionSchema } from './schemas/policy-version';
import { reputationReplySchema } from './schemas/reputation-reply';

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
			'content/data/policy-versions.yaml',
			policyVersionSchema,
			undefined,
			withLearnerPlaceholders
		),
	}),
	contacts: defineCollection({ loader: yamlList('content/data/contacts.yaml', contactSchema) }),
	// Only the scenarios and lessons of the age bands the school teaches (`ageRange` in its settings).
	scenarios: defineCollection({
		loader: yamlList('content/data/scenarios.yaml', scenarioSchema, ({ band }) =>
			teachesBand(band)
		),
	}),
	reputationReplies: defineCollection({
		loader: yamlList('content/data/reputation-replies.yaml', reputationReplySchema),
	}),
	lessons: defineCollection({
		loader: yamlList('content/data/lessons.yaml', lessonSchema, ({ id }) => teachesBand(id)),
	}),
	apps: defineCollection({ loader: yamlList('content/data/apps.yaml', appSchema) }),
	devices: defineCollection({ loader: yamlList('content/data/devices.yaml', deviceSchema) }),
	deliberateChanges: defineCollection({
		loader: yamlList(
			'content/deliberate-changes.yaml',
			deliberateChangeSchema,
			undefined,
			withLearnerPlaceholders
		),
	}),
};
