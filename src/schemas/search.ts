import { z } from 'astro/zod';
import { fields, text } from './wording';

/** Words people type, lower case: "nudes", "fake page". */
const typed = z
	.string({ error: 'must be a word or a few words' })
	.trim()
	.min(1, 'must not be empty')
	.regex(/^[^A-Z]*$/, 'must be written in lower case');

/** The search box's words from content/data/search.yaml. */
export const searchSettingsSchema = fields({
	/** Searches offered before anything is typed. */
	suggestions: z
		.array(text)
		.min(1, 'offer at least one search')
		.max(8, 'offer no more than 8 searches'),
	/** People's words, and the site's own words searched for them. */
	synonyms: z.array(
		fields({ words: z.array(typed).min(1, 'list at least one word people type'), means: text })
	),
});

export type SearchSettings = z.output<typeof searchSettingsSchema>;
