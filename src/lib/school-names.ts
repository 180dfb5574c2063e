import type { School } from '../schemas/school';
import type { SchoolNames } from './guidance';
import { orList } from './or-list';

/** The names and contacts the decision helpers need, from the school's settings. */
export function schoolNames(school: School): SchoolNames {
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
