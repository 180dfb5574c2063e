import raw from 'school-settings.yaml?raw';
import { parseObjectFile } from './lib/data-file';
import { schoolSchema, type School } from './schemas/school';

/** The school's settings from `content/school.yaml`, checked against its schema when the site builds. */
export const school: School = parseObjectFile(raw, schoolSchema, 'content/school.yaml');

/** "Google Classroom or Microsoft Teams": a list joined as the policy writes it. */
export function orList(items: readonly string[]): string {
	return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}
