import raw from 'school-settings.yaml?raw';
import { parseObjectFile } from './lib/data-file';
import { orList } from './lib/or-list';
import type { SchoolNames } from './lib/school-names';
import { schoolSchema, type School } from './schemas/school';
import { schoolNames } from './school-names';

export { schoolNames };

/** The school's settings from `content/school.yaml`, checked against its schema when the site builds. */
export const school: School = parseObjectFile(raw, schoolSchema, 'content/school.yaml');

/** This school's names, for filling in wording. */
export const names: SchoolNames = schoolNames(school);

export { orList };
