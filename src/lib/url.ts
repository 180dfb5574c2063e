/** The address of a page of this site from its slug ("policy/age-limits"), under the site's base path. */
export function pageUrl(slug: string, base: string = import.meta.env.BASE_URL): string {
	const path = slug === 'index' || slug === '' ? '' : `${slug.replace(/^\/|\/$/g, '')}/`;
	return `${base.replace(/\/?$/, '/')}${path}`;
}
