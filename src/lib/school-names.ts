/**
 * The school's names and contacts that wording in `content/` may use, written `{dsl}`, `{officeEmail}` and so on, and
 * its word for its learners: `{learners}` ("pupils" or "students"), `{Learners}`, `{learner}` and `{Learner}`.
 */
export const placeholders = [
	'shortName',
	'headteacher',
	'headteacherInPolicy',
	'dsl',
	'dslLong',
	'localAdvisers',
	'officeEmail',
	'officePhone',
	'complaintsUrl',
	'remotePlatforms',
	'classTeacher',
	'headOfYear',
	'officeHours',
	'antiBullyingPolicy',
	'dslName',
	'dslPhone',
	'dslEmail',
	'dslHours',
	'deputyDsls',
	'onlineSafetyLead',
	'outOfHours',
	'outOfHoursPhone',
	'childrensServices',
	'childrensServicesPhone',
	'childrensServicesOutOfHours',
	'childrensServicesUrl',
	'ladoPhone',
	'ladoContact',
	'localAdvisersDescription',
	'learners',
	'Learners',
	'learner',
	'Learner',
	'learnersInPolicy',
	'schoolName',
	'trust',
	'remotePlatformsInPolicy',
] as const;
export type Placeholder = (typeof placeholders)[number];

/** The school's names and contacts, from its settings (see schoolNames() in src/school.ts). */
export type SchoolNames = Record<Placeholder, string>;

/** A copy of `value` with every `{placeholder}` in its text replaced by the school's name for it. */
export function fillNames<T>(value: T, names: SchoolNames): T {
	if (typeof value === 'string')
		return value.replace(
			/\{(\w+)\}/g,
			(written, name: string) => names[name as Placeholder] ?? written
		) as T;
	if (Array.isArray(value)) return value.map((item) => fillNames(item, names)) as T;
	// Plain objects only: a date, say, is kept as it is.
	if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
		return Object.fromEntries(
			Object.entries(value).map(([key, item]) => [key, fillNames(item, names)])
		) as T;
	return value;
}
