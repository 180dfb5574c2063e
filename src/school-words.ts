import { learnerForms } from './lib/audience';
import { orList } from './lib/or-list';
import { learnersInPolicy, platformsInPolicy } from './lib/policy-wording';
import type { SchoolNames } from './lib/school-names';
import type { School } from './schemas/school';

/**
 * The school's names from its settings, without reading them: src/school.ts gives this school's, and astro.config.mjs
 * reads the settings itself for the plugin that puts them into the pages' text.
 */

/** The names and contacts that wording in `content/` may use, written `{dsl}`, `{officeEmail}` and so on, from a school's settings. */
export function schoolNames(settings: School): SchoolNames {
	return {
		...learnerForms(settings.learners),
		schoolName: settings.name,
		shortName: settings.shortName,
		trust: settings.trust ?? '',
		learnersInPolicy: learnersInPolicy(settings.learners),
		remotePlatformsInPolicy: platformsInPolicy(settings.remoteLearning.platforms),
		headteacher: settings.roles.headteacher.short,
		headteacherInPolicy: settings.roles.headteacher.long,
		dsl: settings.roles.dsl.short,
		dslLong: settings.roles.dsl.long,
		localAdvisers: settings.localAdvisers.name,
		localAdvisersDescription: settings.localAdvisers.description,
		officeEmail: settings.office.email,
		officePhone: settings.office.phone,
		complaintsUrl: settings.complaintsProcedure.url,
		remotePlatforms: orList(settings.remoteLearning.platforms),
		classTeacher: settings.roles.classTeacher.short,
		headOfYear: settings.roles.headOfYear.short,
		officeHours: settings.office.hours ?? 'the times on the school’s website',
		antiBullyingPolicy: settings.antiBullyingPolicy
			? `[anti-bullying policy](${settings.antiBullyingPolicy.url})`
			: 'anti-bullying policy (the school office can send you a copy)',
		...safeguardingNames(settings.safeguarding),
	};
}

/** The named safeguarding people and services, for wording such as "call {dslName} on {dslPhone}". */
function safeguardingNames({
	dsl,
	deputies,
	onlineSafetyLead,
	outOfHours,
	childrensServices,
	lado,
}: School['safeguarding']) {
	return {
		dslName: dsl.name,
		dslPhone: dsl.phone,
		dslEmail: dsl.email,
		dslHours: dsl.hours,
		deputyDsls: orList(deputies.map((deputy) => `${deputy.name} (${deputy.phone})`)),
		onlineSafetyLead: onlineSafetyLead.name,
		outOfHours: outOfHours.who,
		outOfHoursPhone: outOfHours.phone,
		childrensServices: childrensServices.name,
		childrensServicesPhone: childrensServices.phone,
		childrensServicesOutOfHours: childrensServices.outOfHoursPhone ?? childrensServices.phone,
		childrensServicesUrl: childrensServices.url,
		ladoPhone: lado.phone,
		ladoContact: lado.email ?? `[the LADO’s web page](${lado.url!})`,
	};
}
