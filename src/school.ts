import raw from 'school-settings.yaml?raw';
import { parseObjectFile } from './lib/data-file';
import { orList } from './lib/or-list';
import {
	audienceLabelsFor,
	bandInRange,
	internalSlug,
	localSlug,
	type Audience,
} from './lib/audience';
import type { SchoolNames } from './lib/school-names';
import { schoolNames } from './school-words';
import { schoolSchema, type School } from './schemas/school';

/** The school's settings from `content/school.yaml`, checked against its schema when the site builds. */
export const school: School = parseObjectFile(raw, schoolSchema, 'content/school.yaml');

/** This school's names, for filling in wording. */
export const names: SchoolNames = schoolNames(school);

/** What each audience is called on this school's pages: "Pupils" or "Students" for the audience `pupils`. */
export const audienceLabels: Record<Audience, string> = audienceLabelsFor(school.learners);

/** A page's id on this school's site from its id in content/docs: "for-pupils" is "for-students" at a school that says students. */
export const docId = (slug: string): string => localSlug(slug, school.learners);

/** A page's id in content/docs from its id on this school's site (the inverse of docId). */
export const contentId = (slug: string): string => internalSlug(slug, school.learners);

/** Whether an age band ("9-11") is taught at this school (its `ageRange`), so that its lessons and scenarios appear. */
export const teachesBand = (band: string): boolean => bandInRange(band, school.ageRange);

export { orList, schoolNames };
