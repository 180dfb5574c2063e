import { z } from 'astro/zod';
import { audienceSchema } from './audience';
import { whenWrong } from './messages';
import { phoneProblem } from '../lib/phone';

/** A contact outside the school that the policy names. */
export const contactSchema = z.strictObject({
	id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens'),
	name: z.string().min(1),
	audiences: z.array(audienceSchema).min(1),
	/** Who it is for. */
	for: z.string().min(1),
	/** When to use it. */
	when: z.string().min(1),
	email: z.email({ error: whenWrong('must be an email address') }).optional(),
	phone: z
		.string()
		.regex(/^[0-9 ]+$/, 'must be digits and spaces, like "0808 800 5000"')
		.superRefine((value, context) => {
			const problem = phoneProblem(value);
			if (problem) context.addIssue({ code: 'custom', message: problem });
		})
		.optional(),
	/** A text service: the number to text and the word to send ("text SHOUT to 85258"), shown as an sms: link. */
	text: z
		.strictObject({
			number: z.string().regex(/^[0-9]+$/, 'must be the digits to text, like "85258"'),
			word: z.string().regex(/^\S+$/, 'must be the one word to send, like "SHOUT"'),
		})
		.optional(),
	hours: z.string().optional(),
	url: z.url({ error: whenWrong('must be a full web address starting https://') }),
	runBy: z.string().optional(),
	source: z.url({
		error: whenWrong('needs a source: the full web address where these details were read'),
	}),
	checked: z.iso.date({ error: whenWrong('must be a date written YYYY-MM-DD') }),
	/**
	 * What could not be read on the publisher's own page (its number, its hours, who it is for), when only other
	 * sites give them. A contact marked unconfirmed is not given to pupils in a lesson (the build checks it).
	 */
	unconfirmed: z.string().min(1).optional(),
});

export type Contact = z.output<typeof contactSchema>;
