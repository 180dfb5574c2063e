import { z } from 'astro/zod';
import { fields, text } from './wording';

/**
 * The apps most used by UK children aged 8 to 16 (content/data/most-used-apps.yaml), by their ids in
 * content/data/apps.yaml, and the report the list comes from. The build refuses a "not known" answer for any of them.
 */
export const mostUsedAppsSchema = fields({
	source: fields({
		name: text,
		url: z.url({ error: 'must be the full web address of the report' }),
		kind: z.enum(['primary', 'secondary']),
		checked: z.iso.date({ error: 'must be the day the report was read, written YYYY-MM-DD' }),
		published: z.iso.date({ error: 'must be a date written YYYY-MM-DD' }).optional(),
	}),
	unconfirmed: text.optional(),
	ages: fields({
		youngest: z.int().min(0).max(18),
		oldest: z.int().min(0).max(18),
	}),
	maxUnknown: z.int().min(0, 'must be 0 or more'),
	apps: z
		.array(text)
		.min(1, 'must list at least one app id')
		.refine((ids) => new Set(ids).size === ids.length, { message: 'lists an app twice' }),
});

export type MostUsedApps = z.output<typeof mostUsedAppsSchema>;
