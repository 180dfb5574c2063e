import { z } from 'astro/zod';
import { audienceSchema } from './audience';
import { wording } from './wording';
import type { PageData } from '../lib/page-data';
import { layers } from '../lib/layer';

/**
 * What every page of the site adds to Starlight's frontmatter. The description, summaries and keywords may
 * use the school's names from content/school.yaml, written {headteacher}, {shortName} and so on.
 */
export const pageSchema = z.object({
	description: wording.describe('every page needs a one-line description'),
	/** Who the page concerns: shown on the page and used as a search filter. */
	audiences: z.array(audienceSchema).min(1, 'name at least one audience'),
	/** A one-paragraph plain-English summary, shown at the top of the page. */
	summary: wording.optional(),
	/** The same for a pupil of about 10. */
	pupilSummary: wording.optional(),
	/** Words people type when they look for this page, which the page itself may not use. */
	keywords: z.array(z.union([wording, z.number().transform(String)])).optional(),
	/**
	 * Which layer the page belongs to: `policy` (the approved words, with the approval line) or `guidance` (what the
	 * site adds). Needed only to override where the page is: pages under content/docs/policy/ are the policy, all others guidance.
	 */
	layer: z
		.enum(layers, { error: 'must be policy (the approved words) or guidance (what the site adds)' })
		.optional(),
	/**
	 * For a page of the policy: the words of its section that carry a duty or a condition (notify, DSL, disrepute …),
	 * each as the section writes it. Its summary must name every one of them (a test checks), so that it never softens the section.
	 */
	keyTerms: z.array(wording).optional(),
}) satisfies z.ZodType<PageData, unknown>;
