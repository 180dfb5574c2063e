import { localSlug, type Learners } from './audience';

/**
 * The address of a page of this site from its slug ("policy/age-limits"), under the site's base path. A page whose
 * slug holds the word "pupils" is at the school's own word's address (`learners` in its settings, which
 * astro.config.mjs gives as SCHOOL_LEARNERS): "for-pupils" is "/for-students/" at a school that says students.
 */
export function pageUrl(
	slug: string,
	base: string = import.meta.env.BASE_URL,
	learners: Learners = (import.meta.env.SCHOOL_LEARNERS as Learners | undefined) ?? 'pupils'
): string {
	const path =
		slug === 'index' || slug === '' ? '' : `${localSlug(slug.replace(/^\/|\/$/g, ''), learners)}/`;
	return `${base.replace(/\/?$/, '/')}${path}`;
}

/** A section of the policy: a page's slug and a heading's anchor on it. */
export interface PolicySection {
	page: string;
	anchor: string;
}

/** The address of a section of the policy ("policy/age-limits", "respecting-age-ratings"), under the site's base path. */
export function policyUrl(
	{ page, anchor }: PolicySection,
	base: string = import.meta.env.BASE_URL
): string {
	return `${pageUrl(page, base)}#${anchor}`;
}
