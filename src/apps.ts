import { getCollection } from 'astro:content';
import type { App } from './lib/app';
import { isStale, staleFacts, staleSources } from './lib/staleness';
import { toIso } from './lib/dates';
import { pageUrl } from './lib/url';
import { guidePath } from './lib/app-guide';
import { answerGaps, describeAnswerGaps } from './lib/age-check';
import { DataFileError, parseObjectFile } from './lib/data-file';
import { mostUsedAppsSchema } from './schemas/most-used-apps';
import mostUsedFile from '../content/data/most-used-apps.yaml?raw';

/** The apps most used by UK children aged 8 to 16, and the report that says so (content/data/most-used-apps.yaml). */
export const mostUsedApps = parseObjectFile(
	mostUsedFile,
	mostUsedAppsSchema,
	'content/data/most-used-apps.yaml'
);

/** The apps of content/data/apps.yaml, by name, for the age checker and the app guides, read once per build. */

/** The day the site is built: facts are judged out of date against it. */
export const buildDay = toIso({
	year: new Date().getFullYear(),
	month: new Date().getMonth() + 1,
	day: new Date().getDate(),
});

let loaded: Promise<App[]> | undefined;

/** Every app, sorted by name. Warns once, as the site builds, about every fact that may be out of date. */
export function allApps(): Promise<App[]> {
	loaded ??= getCollection('apps').then((entries) => {
		const apps = entries
			.map(({ data }) => data as App)
			.sort((a, b) => a.name.localeCompare(b.name));
		for (const app of apps) {
			for (const { field, source } of staleFacts(app, buildDay)) {
				const why = isStale({ checked: source.checked }, buildDay)
					? `was read on ${source.checked}`
					: `is dated ${source.published}`;
				console.warn(
					`[apps] content/data/apps.yaml, entry "${app.id}": "${field}" may be out of date: its source ${why}, over 12 months ago (${source.url})`
				);
			}
		}
		const gaps = answerGaps(apps, mostUsedApps);
		if (gaps.length > 0) throw new DataFileError(describeAnswerGaps(gaps));
		return apps;
	});
	return loaded;
}

/** Sources that may be out of date today, across every app. */
export function allStaleSources(apps: readonly App[]): string[] {
	return [...new Set(apps.flatMap((app) => staleSources(app, buildDay)))];
}

/** The address of an app's guide: /apps/roblox/. */
export function guideUrl(app: Pick<App, 'id'>): string {
	return guidePath(app.id, undefined, import.meta.env.BASE_URL);
}

/**
 * The device set-up guides' page (/devices/, src/pages/devices/ or a page in content/docs), once it exists: the
 * checker's answers link to it. Until then they leave the link out rather than point nowhere.
 */
export async function devicesUrl(): Promise<string | undefined> {
	const page = Object.keys(import.meta.glob('./pages/devices/index.astro')).length > 0;
	const docs = await getCollection('docs');
	return page || docs.some(({ id }) => id === 'devices' || id === 'devices/index')
		? pageUrl('devices')
		: undefined;
}
