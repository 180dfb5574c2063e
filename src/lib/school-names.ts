import { orList } from './or-list';

/** The school's names and contacts that wording in `content/data/` may use, written `{dsl}`, `{officeEmail}` and so on. */
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
] as const;
export type Placeholder = (typeof placeholders)[number];

/** The school's settings that the rules and wording read: part of content/school.yaml, which src/schemas/school.ts checks. */
export interface SchoolSettings {
	shortName: string;
	website: string;
	office: { email: string; phone: string };
	roles: Record<'headteacher' | 'dsl', { short: string; long: string }>;
	localAdvisers: { name: string; url?: string | undefined };
	complaintsProcedure: { url: string };
	remoteLearning: { platforms: readonly string[] };
}

/** The school's names and contacts, from its settings. */
export type SchoolNames = Record<Placeholder, string>;

/** The names and contacts the tools' wording needs, from the school's settings. */
export function schoolNames(school: SchoolSettings): SchoolNames {
	return {
		shortName: school.shortName,
		headteacher: school.roles.headteacher.short,
		headteacherInPolicy: school.roles.headteacher.long,
		dsl: school.roles.dsl.short,
		dslLong: school.roles.dsl.long,
		localAdvisers: school.localAdvisers.name,
		officeEmail: school.office.email,
		officePhone: school.office.phone,
		complaintsUrl: school.complaintsProcedure.url,
		remotePlatforms: orList(school.remoteLearning.platforms),
	};
}

/** A copy of `value` with every `{placeholder}` in its text replaced by the school's name for it. */
export function fillNames<T>(value: T, names: SchoolNames): T {
	if (typeof value === 'string') return value.replace(/\{(\w+)\}/g, (written, name: string) => names[name as Placeholder] ?? written) as T;
	if (Array.isArray(value)) return value.map((item) => fillNames(item, names)) as T;
	if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, fillNames(item, names)])) as T;
	return value;
}
