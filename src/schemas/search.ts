import { z } from 'astro/zod';
import { fields, text } from './wording';

/** Words people type, lower case: "nudes", "fake page". */
const typed = z
	.string({ error: 'must be a word or a few words' })
	.trim()
	.min(1, 'must not be empty')
	.regex(/^[^A-Z]*$/, 'must be written in lower case');

/** A page of the site by its address without slashes at the ends: "tools/worried-about-a-post". */
const slug = z
	.string({ error: 'must be a page’s address, such as tools/worried-about-a-post' })
	.regex(
		/^[a-z0-9-]+(\/[a-z0-9-]+)*$/,
		'must be a page’s address without slashes at the ends, such as tools/worried-about-a-post'
	);

/** People's words, and the site's own words searched for them. */
const synonym = fields({
	words: z.array(typed).min(1, 'list at least one word people type'),
	means: text,
});

/** A kind of harm or need, with the words people type for it (see content/data/search.yaml). */
const concept = fields({
	concept: text,
	/** KCSIE's four areas of risk. */
	strand: z
		.enum(['content', 'contact', 'conduct', 'commerce'], {
			error: 'must be one of content, contact, conduct or commerce (KCSIE’s four areas of risk)',
		})
		.optional(),
	/** Where a child may be at risk: the pages carrying the route for it, first choice first. */
	route: z.array(slug).min(1, 'list at least one page, or leave `route` out').optional(),
	/** Words naming a device whose set-up guide answers. */
	names: z.array(typed).optional(),
	synonyms: z.array(synonym).min(1, 'list at least one entry of words and what they mean'),
	/**
	 * A situation that no single phrase names, recognised when a search holds a phrase of each list (who, and what
	 * they do: "an older boy" and "wants to meet"); it is then read as the concept's first synonym.
	 */
	together: z
		.array(z.array(typed).min(1, 'list at least one word people type'))
		.min(2, 'list at least two lists of words, one for each part of the situation')
		.optional(),
});

/** A sentence with placeholders: each listed one must be in it. */
const withPlaceholders = (...names: string[]) =>
	text.refine((value) => names.every((name) => value.includes(`{${name}}`)), {
		message: `must contain ${names.map((name) => `{${name}}`).join(' and ')}`,
	});

/** The search dialog's own words. */
const dialog = fields({
	label: text,
	everyPage: text,
	close: text,
	placeholder: text,
	hint: text,
	audienceLegend: text,
	everyone: text,
	results: text,
	suggestionsLead: text,
	nextLead: text,
	nothingMatches: withPlaceholders('query'),
	partialMatch: text,
	found: withPlaceholders('count'),
	foundOne: text,
	noneFound: text,
	foundFor: withPlaceholders('count', 'audience'),
	foundOneFor: withPlaceholders('audience'),
	noneFoundFor: withPlaceholders('audience'),
	corrected: withPlaceholders('searched', 'typed'),
	route: text,
	routeStatus: text,
});

/** The search box's words from content/data/search.yaml. */
export const searchSettingsSchema = fields({
	/** Searches offered before anything is typed. */
	suggestions: z
		.array(text)
		.min(1, 'offer at least one search')
		.max(8, 'offer no more than 8 searches'),
	/** Said when some words match no page; {words} stands for them. */
	unmatched: text.refine((value) => value.includes('{words}'), {
		message: 'must contain {words}, where the words that matched nothing go',
	}),
	/** The search dialog's own words. */
	dialog,
	/** Words by which a search says who is asking, by audience (see `askerOf` in src/lib/search-query.ts). */
	askers: z
		.partialRecord(
			z.enum(['Parents', 'Pupils', 'Staff'], { error: 'must be Parents, Pupils or Staff' }),
			z.array(typed)
		)
		.optional(),
	/** Words that ask about apps or games in general. */
	appsInGeneral: z.array(typed).min(1, 'list at least one word, such as “apps”'),
	/** The kinds of harm and need people search for. */
	concepts: z.array(concept).min(1, 'list at least one concept'),
});

export type SearchSettings = z.output<typeof searchSettingsSchema>;
