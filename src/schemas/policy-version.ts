import { z } from 'astro/zod';
import { whenWrong } from './messages';

/** One version of the policy and what changed in it. */
export const policyVersionSchema = z.strictObject({
	id: z.string().regex(/^\d+(\.\d+)*$/, 'must be a version number, like "1.0" (in quotes)'),
	date: z.iso.date({ error: whenWrong('must be a date written YYYY-MM-DD') }),
	approvedBy: z.string().min(1),
	changes: z.array(z.string().min(1)).min(1, 'list at least one change'),
});

export type PolicyVersion = z.output<typeof policyVersionSchema>;
