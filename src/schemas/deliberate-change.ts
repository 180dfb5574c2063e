import { z } from 'astro/zod';
import { whenWrong } from './messages';

/**
 * A deliberate difference between the site and the school's approved policy text. The approved words are never
 * rewritten: a fact that has changed since is a dated editorial note beside the unchanged sentence (`note`), shown
 * on every page that carries the sentence; a change of wording waits for the governors' approval as a proposed
 * version (content/data/policy-versions.yaml).
 */
export const deliberateChangeSchema = z.strictObject({
	id: z.string().min(1),
	/** The sentence of the approved text, exactly as in content/policy-source.txt, which the note stands beside. */
	original: z.string().min(1),
	/** The dated editorial note shown beside the sentence: what has changed since, in the site's words. */
	note: z.string().min(1),
	reason: z.string().min(1),
	source: z.url({ error: whenWrong('must be a full web address starting https://') }),
	/** The day the note was written, or its source last read. */
	date: z.iso.date({ error: whenWrong('must be a date written YYYY-MM-DD') }),
	/** The page of the policy where the sentence, and the note beside it, appear. */
	page: z.string().min(1),
	/** The proposed version of the policy that would change the sentence itself, if one does. */
	proposal: z.string().optional(),
});
