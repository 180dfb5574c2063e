import { z } from 'astro/zod';
import { audienceSchema } from './audience';
import { wording } from './wording';
import type { PageData } from '../lib/page-data';
import { layers } from '../lib/layer';

/** A date in frontmatter (YAML reads 2026-12-02 as a date), kept as "2026-12-02". */
const isoDate = z
	.union([z.date(), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date, 2026-12-02')])
	.transform((value) => (typeof value === 'string' ? value : value.toISOString().slice(0, 10)));

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
	/**
	 * On a translated page (content/docs/<language>/…): which English text it was made from (the first 12 hex digits
	 * of the SHA-256 of the English page's file; `npm run translations` prints it), when and how it was made, and who
	 * at the school, reading the language, has checked it and when (null until someone has). src/lib/translation.ts.
	 */
	translation: z
		.strictObject({
			source: z.string().regex(/^[0-9a-f]{12}$/, {
				error:
					'must be the first 12 hex digits of the English file’s SHA-256: run `npm run translations` to see it',
			}),
			made: isoDate,
			method: z.enum(['machine', 'person'], {
				error:
					'must be machine (made with a machine by the site’s developers) or person (by someone who reads the language)',
			}),
			checkedBy: z.string().min(1).nullable().default(null),
			checkedOn: isoDate.nullable().default(null),
		})
		.refine((value) => (value.checkedBy === null) === (value.checkedOn === null), {
			error: 'give checkedBy and checkedOn together (both null until a speaker has checked it)',
		})
		.optional(),
}) satisfies z.ZodType<PageData, unknown>;
