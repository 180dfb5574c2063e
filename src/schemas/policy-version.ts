import { z } from 'astro/zod';
import { whenWrong } from './messages';

const date = z.iso.date({ error: whenWrong('must be a date written YYYY-MM-DD') });

/**
 * A change proposed for the next review: the words of the approved text it changes, exactly as in
 * content/policy-source.txt, what they would become, and why. Applied to the text only when the governing body
 * approves the version (npm run adopt -- --approve <version>).
 */
export const proposedChangeSchema = z.strictObject({
	id: z.string().regex(/^[a-z0-9-]+$/, 'must be a short id in lower case, like "whatsapp-age"'),
	/** What changes, in a line, for the governors' list. */
	change: z.string().min(1),
	/** Why the site proposes it. */
	reason: z.string().min(1),
	/** The words of the approved text that change, exactly as in content/policy-source.txt (a test checks). */
	original: z.string().min(1),
	/** What they would become. */
	proposed: z.string().min(1),
	/** Where the reason comes from, if it rests on a fact outside the school. */
	source: z.url({ error: whenWrong('must be a full web address starting https://') }).optional(),
});

/** One version of the policy and what changed in it: approved, or proposed for the next review. */
export const policyVersionSchema = z
	.strictObject({
		id: z.string().regex(/^\d+(\.\d+)*$/, 'must be a version number, like "1.0" (in quotes)'),
		/** `approved` (the default): the governing body approved it; `proposed`: for the next review, not yet approved. */
		status: z
			.enum(['approved', 'proposed'], {
				error: 'must be approved or proposed',
			})
			.default('approved'),
		/** When it was approved; for a proposed version, when it was proposed. */
		date,
		approvedBy: z.string().min(1).optional(),
		changes: z.array(z.string().min(1)).min(1, 'list at least one change'),
		/** For a proposed version: each change to the approved text, with its reason. */
		proposals: z.array(proposedChangeSchema).optional(),
	})
	.superRefine((version, context) => {
		if (version.status === 'approved' && !version.approvedBy)
			context.addIssue({
				code: 'custom',
				path: ['approvedBy'],
				message: 'an approved version needs who approved it (the Governing Body …)',
			});
		if (version.status === 'proposed' && !version.proposals?.length)
			context.addIssue({
				code: 'custom',
				path: ['proposals'],
				message:
					'a proposed version lists its changes to the text under proposals, each with its reason',
			});
	});

export type PolicyVersion = z.output<typeof policyVersionSchema>;
