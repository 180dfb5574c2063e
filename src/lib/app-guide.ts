/**
 * The sections of an app's guide page (/apps/<id>/), in order, each at a stable anchor that other pages may link to:
 * /apps/tiktok/#report is TikTok's section on reporting and blocking. Their titles are words in content/data/age-checker.yaml.
 */
export const guideAnchors = [
	'check',
	'age',
	'pegi',
	'stores',
	'features',
	'settings',
	'report',
	'sources',
] as const;

export type GuideAnchor = (typeof guideAnchors)[number];

/** The address of an app's guide, or of one of its sections, under the site's base path: "/apps/tiktok/#report". */
export function guidePath(id: string, anchor?: GuideAnchor, base = '/'): string {
	return `${base.replace(/\/?$/, '/')}apps/${id}/${anchor ? `#${anchor}` : ''}`;
}

/** Every section of a guide, in order, with its title, for the page's table of contents. */
export function guideSections(
	titles: Record<GuideAnchor, string>
): { id: GuideAnchor; title: string }[] {
	return guideAnchors.map((id) => ({ id, title: titles[id] }));
}
