import { z } from 'astro/zod';
import { whenWrong } from './messages';
import { text } from './wording';

const date = z.iso.date({ error: whenWrong('must be a date written YYYY-MM-DD') });
const url = z.url({ error: whenWrong('must be a full web address starting https://') });
const role = z.strictObject({ short: text, long: text });

/** The school's own details. Everything on the site that names the school comes from here. */
export const schoolSchema = z.strictObject({
	name: text.describe('The school’s full name, as the policy uses it'),
	shortName: text.describe('The short name used mid-sentence'),
	motto: text.optional(),
	logo: z
		.strictObject({
			file: text.regex(
				/^[^/\\].*\.(svg|png|webp|jpg|jpeg)$/i,
				'must be the name of an image file in public/, such as "logo.svg"'
			),
			width: z.number().int().positive().optional(),
			height: z.number().int().positive().optional(),
		})
		.optional()
		.describe('The school’s logo, shown beside its name in the header: an image file in public/'),
	verse: z.strictObject({ text, reference: text }),
	website: url,
	office: z.strictObject({
		email: z.email({ error: whenWrong('must be an email address') }),
		phone: text,
		hours: text.optional(),
	}),
	roles: z.strictObject({
		headteacher: role.describe(
			'The head of the school: the title used mid-sentence, and in full as the policy writes it'
		),
		dsl: role.describe('The Designated Safeguarding Lead'),
		slt: role.describe('The Senior Leadership Team'),
		classTeacher: role
			.default({ short: 'class teacher', long: 'class teacher' })
			.describe('Who a parent asks first about their own child: the class teacher, or form tutor'),
		headOfYear: role
			.default({ short: 'head of year', long: 'head of year' })
			.describe('Who a parent asks next, for a year group: the head of year, or phase leader'),
	}),
	localAdvisers: z.strictObject({ name: text, description: text, url: url.optional() }),
	remoteLearning: z.strictObject({
		platforms: z.array(text).min(1, 'needs at least one platform'),
	}),
	complaintsProcedure: z.strictObject({ url }),
	antiBullyingPolicy: z
		.strictObject({ url })
		.optional()
		.describe('The school’s anti-bullying policy, if it publishes one: its web address'),
	/**
	 * Practices the site's guidance suggests, which the school turns on once it has adopted them: until then the
	 * pages present them as suggestions, not as what the school does. The policy itself sets none of them.
	 */
	practices: z
		.strictObject({
			/** The routine of online checks, a log and a termly report on the staff page "Our online reputation". */
			reputationMonitoring: z
				.enum(['suggested', 'adopted'], {
					error:
						'must be suggested (the default) or adopted, once the school has adopted the routine',
				})
				.default('suggested'),
		})
		.default({ reputationMonitoring: 'suggested' }),
	policy: z.strictObject({
		title: text,
		version: text,
		adopted: date,
		approvedBy: text,
		nextReview: date,
	}),
});

export type School = z.output<typeof schoolSchema>;
