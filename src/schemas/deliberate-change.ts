import { z } from 'astro/zod';
import { whenWrong } from './messages';

/** A deliberate difference between the site and the school's original policy text. */
export const deliberateChangeSchema = z.strictObject({
	id: z.string().min(1),
	/** The sentence of the original text, exactly as in content/policy-source.txt. */
	original: z.string().min(1),
	/** What the site says instead. */
	replacement: z.string().min(1),
	reason: z.string().min(1),
	source: z.url({ error: whenWrong('must be a full web address starting https://') }),
	date: z.iso.date({ error: whenWrong('must be a date written YYYY-MM-DD') }),
	/** The page where the change appears. */
	page: z.string().min(1),
});
