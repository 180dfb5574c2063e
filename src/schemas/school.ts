import { languageCodes } from '../lib/translation-languages';
import { z } from 'astro/zod';
import { whenWrong } from './messages';
import { text } from './wording';
import { phoneProblem, ukPhone } from '../lib/phone';
import { accentProblem } from '../lib/accent';
import { learnerWords, parseAgeRange } from '../lib/audience';

const date = z.iso.date({ error: whenWrong('must be a date written YYYY-MM-DD') });
const url = z.url({ error: whenWrong('must be a full web address starting https://') });
const role = z.strictObject({ short: text, long: text });
const email = z.email({ error: whenWrong('must be an email address, such as dsl@school.sch.uk') });

/**
 * A UK telephone number, written in any of the usual ways ("01392 496000", "01392496000", "+44 1392 496000",
 * "(01392) 496000", "0121 496 0000") and shown on the site as it is dialled in the UK, with the usual spaces
 * ("01392 496000"), as a tappable tel: link. libphonenumber-js (src/lib/phone.ts) knows which numbers can exist.
 */
export const phone = z
	.string({ error: whenWrong('must be a telephone number, such as "01392 496000"') })
	.trim()
	.superRefine((value, context) => {
		const problem = phoneProblem(value);
		if (problem) context.addIssue({ code: 'custom', message: problem });
	})
	.transform((value) => ukPhone(value)?.written ?? value);

/** A named person the site tells staff to reach directly: their name, direct line, email and when they can be reached. */
const person = z.strictObject({
	name: text.describe('Their name, as staff know them (for example "Mrs J. Patel")'),
	phone: phone.describe('Their direct telephone number (not the office)'),
	email,
	hours: text.describe('When they can be reached, for example "Monday to Friday, 8am to 5pm"'),
});

/** Who staff reach when a child may be at risk, by name: KCSIE asks that staff know who the DSL and deputies are. */
const safeguarding = z.strictObject({
	dsl: person.describe('The Designated Safeguarding Lead'),
	deputies: z
		.array(person)
		.min(1, 'needs at least one deputy DSL, so that a concern never waits for one person'),
	onlineSafetyLead: z
		.strictObject({ name: text, email, phone: phone.optional() })
		.describe('The member of staff who leads on online safety (may be the DSL)'),
	outOfHours: z
		.strictObject({
			who: text.describe(
				'Who to call when the school is closed, for example "the DSL’s duty mobile"'
			),
			phone,
		})
		.describe('Who to call about a child when the school is closed'),
	childrensServices: z
		.strictObject({
			name: text.describe('The local authority’s front door, for example "Sandwell MASH"'),
			phone,
			outOfHoursPhone: phone.optional(),
			url,
		})
		.describe('The local authority children’s services front door, where a referral is made'),
	lado: z
		.strictObject({ phone, email: email.optional(), url: url.optional() })
		.refine((lado) => lado.email || lado.url, {
			message: 'needs an email address (email) or a web address (url) as well as the phone number',
		})
		.describe(
			'The Local Authority Designated Officer, for allegations about adults who work with children'
		),
});

/** The school's own details. Everything on the site that names the school comes from here. */
export const schoolSchema = z.strictObject({
	name: text.describe('The school’s full name, as the policy uses it'),
	shortName: text.describe('The short name used mid-sentence'),
	trust: text
		.optional()
		.describe('The multi-academy trust the school belongs to, if any, as it writes its name'),
	learners: z
		.enum(learnerWords, {
			error: 'must be pupils or students: the word the school uses for the children it teaches',
		})
		.default('pupils')
		.describe('The word for the children and young people the school teaches, on every page'),
	ageRange: z
		.string({ error: whenWrong('must be the ages the school teaches, such as "4-11" or "11-18"') })
		.trim()
		.refine((range) => parseAgeRange(range) !== undefined, {
			message:
				'must be the ages the school teaches, youngest first, such as "4-11", "11-16" or "11-18" (an 11-18 school teaches Years 7 to 13)',
		})
		.default('4-18')
		.describe('The ages the school teaches: only the lessons and quiz bands for these ages appear'),
	siteUrl: url
		.optional()
		.describe(
			'Where this site is published, for example "https://policies.st-margarets.sch.uk/social-media/": its canonical links and sitemap (SITE_URL and BASE_PATH, when set, win)'
		),
	accentColour: z
		.string()
		.trim()
		.regex(
			/^#[0-9a-f]{6}$/i,
			'must be a colour written as # and six hexadecimal digits, such as "#1d4ed8" (the school’s own colour)'
		)
		.superRefine((colour, context) => {
			const problem = accentProblem(colour);
			if (problem) context.addIssue({ code: 'custom', message: problem });
		})
		.optional()
		.describe(
			'The school’s colour for links and highlights (Starlight’s accent colour), such as "#1d4ed8"; checked for contrast in both themes'
		),
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
		phone: phone.describe('The office’s telephone number'),
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
	safeguarding,
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
	/**
	 * The languages, besides English, that the site is offered in (src/lib/translation-languages.ts lists those the
	 * project ships). An empty list builds the site in English only, with no language picker.
	 */
	languages: z
		.array(
			z.enum(languageCodes, {
				error: `must be one of the languages the project ships: ${languageCodes.join(', ')}`,
			})
		)
		.default([])
		.refine((codes) => new Set(codes).size === codes.length, 'names a language twice')
		.describe('The languages besides English that the site is offered in'),
	policy: z.strictObject({
		title: text,
		version: text,
		adopted: date,
		approvedBy: text,
		nextReview: date,
	}),
});

export type School = z.output<typeof schoolSchema>;
