import type { App } from './app';

/**
 * The sections of an app's guide page (/apps/<id>/), each with a stable anchor that other pages may link to:
 * /apps/tiktok/#report is TikTok's section on reporting and blocking.
 */
export const guideAnchors = {
	check: 'Can my child use it?',
	age: 'Minimum age',
	pegi: 'PEGI rating',
	stores: 'App Store and Google Play ratings',
	features: 'Features to know about',
	settings: 'Settings to set',
	report: 'Report and block',
	sources: 'Sources',
} as const;

export type GuideAnchor = keyof typeof guideAnchors;

/** The slug of an app's guide, or of one of its sections, for `pageUrl`: "apps/tiktok", then "#report". */
export function guideSlug(app: Pick<App, 'id'>): string {
	return `apps/${app.id}`;
}

/** Every section of an app's guide, in order, for its table of contents. */
export function guideSections(_app: App): { id: GuideAnchor; title: string }[] {
	return (Object.keys(guideAnchors) as GuideAnchor[]).map((id) => ({ id, title: guideAnchors[id] }));
}
