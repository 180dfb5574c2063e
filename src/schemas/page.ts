import { z } from 'astro/zod';
import { audienceSchema } from './audience';
import type { PageData } from '../lib/page-data';

/** What every page of the site adds to Starlight's frontmatter. */
export const pageSchema = z.object({
	description: z.string({ error: 'every page needs a one-line description' }).min(1),
	/** Who the page concerns: shown on the page and used as a search filter. */
	audiences: z.array(audienceSchema).min(1, 'name at least one audience'),
	/** A one-paragraph plain-English summary, shown at the top of the page. */
	summary: z.string().optional(),
	/** The same for a pupil of about 10. */
	pupilSummary: z.string().optional(),
	/** Words people type when they look for this page, which the page itself may not use. */
	keywords: z.array(z.union([z.string(), z.number()]).transform(String)).optional(),
}) satisfies z.ZodType<PageData, unknown>;
