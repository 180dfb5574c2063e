/** The address of a page of this site from its slug ("policy/age-limits"), under the site's base path. */
export function pageUrl(slug: string, base: string = import.meta.env.BASE_URL): string {
	const path = slug === 'index' || slug === '' ? '' : `${slug.replace(/^\/|\/$/g, '')}/`;
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
