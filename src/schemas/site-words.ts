import { z } from 'astro/zod';
import { fields, text } from './wording';

/**
 * The site's own words around every page that Starlight does not translate itself: the translation notice, the
 * "Listen" control, the audience badges, the footer's links and the sidebar's group names. content/data/site-words.yaml
 * holds the English; content/data/site-words.<language>.yaml each language's, with this same schema (a test checks
 * every key is in every file). {placeholders} in braces are filled in by the site, and must stay as they are.
 */
export const siteWordsSchema = fields({
	language: fields({
		/** The language's name in itself ("Polski"), and in English. */
		name: text,
	}),
	notice: fields({
		/** The notice's heading on a translated page. */
		title: text,
		/** "This page is a translation of the English of version {version} of the policy, approved on {adopted} …" */
		translation: text,
		/** How it was made, by the frontmatter's translation.method. */
		machine: text,
		person: text,
		/** Until translation.checkedBy is set. */
		unchecked: text,
		/** Once it is: {checkedBy}, {checkedOn}. */
		checked: text,
		/** When the English page has changed since the translation was made from it. */
		outOfDate: text,
		/** The link to the same page in English. */
		english: text,
		/** On a page not yet translated, shown in English. */
		fallback: text,
		/** Beside a translated block of the policy's approved words. */
		policyText: text,
		/** Above a tool that is not translated yet, on a translated page. */
		toolInEnglish: text,
		/** In a tool shown in another language, before an app's own notes that stay in English. */
		appInEnglish: text,
	}),
	listen: fields({
		/** The control's group name, for screen readers. */
		label: text,
		listen: text,
		pause: text,
		resume: text,
		stop: text,
		/** Announced as reading starts, pauses, resumes and ends. */
		reading: text,
		paused: text,
		stopped: text,
		finished: text,
	}),
	audiences: fields({ for: text, parents: text, pupils: text, staff: text }),
	footer: fields({ privacy: text, accessibility: text }),
	/**
	 * The words that tell the policy from the guidance, on a translated page (content/data/layers.yaml has the English,
	 * so the English file leaves this out): {title}, {version}, {approvedBy}, {adopted} and {nextReview} as there.
	 */
	layers: fields({
		approval: text,
		guidance: text,
		policyLink: text,
		summary: text,
		pupilSummary: text,
	}).optional(),
	/** The sidebar's group names, by their English names in src/sidebar.ts. */
	sidebar: z.record(z.string(), text),
});

export type SiteWords = z.output<typeof siteWordsSchema>;
