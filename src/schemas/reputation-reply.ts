import { z } from 'astro/zod';
import { text, wording } from './wording';

export const replyKinds = [
	'praise',
	'criticism',
	'review',
	'misinformation',
	'group-chat',
] as const;

/** An example reply the school can adapt, for the staff page on the school's online reputation. */
export const reputationReplySchema = z.strictObject({
	id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens'),
	/** What kind of post it answers. */
	kind: z.enum(replyKinds, { error: `must be one of: ${replyKinds.join(', ')}` }),
	/** The situation, in a line: what was posted, and where. */
	situation: text,
	/** Where the reply goes: in public, under the post, or in private. */
	where: z.enum(['public', 'private'], {
		error: 'must be "public" (a reply under the post) or "private" (an email or message)',
	}),
	/** The reply, ready to adapt. May use the school's names: {shortName}, {officeEmail} and so on. */
	reply: wording,
	/** Why it is worded so, and what to avoid. */
	why: wording,
});

export type ReputationReply = z.output<typeof reputationReplySchema>;
