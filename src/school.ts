import raw from 'school-settings.yaml?raw';
import { parseObjectFile } from './lib/data-file';
import { schoolSchema, type School } from './schemas/school';

/** The school's settings from `content/school.yaml`, checked against its schema when the site builds. */
export const school: School = parseObjectFile(raw, schoolSchema, 'content/school.yaml');

export { orList } from './lib/or-list';
