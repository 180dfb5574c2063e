import { z } from 'astro/zod';
import { audienceSchema } from './audience';
import { fields, keyed, wording } from './wording';

/** The school's own contacts, in the order the contacts page lists them. */
export const schoolContactIds = [
	'school-office',
	'dsl',
	'deputy-dsl',
	'out-of-hours',
	'headteacher',
	'online-safety-lead',
	'childrens-services',
	'lado',
	'local-advisers',
] as const;

/** The words for the school's own contacts: the details themselves come from the school's settings. */
export const schoolContactsSchema = keyed(schoolContactIds, () =>
	fields({
		name: wording,
		audiences: z.array(audienceSchema).min(1, 'name at least one audience'),
		for: wording,
		when: wording,
	})
);
