import { beforeAll, describe, expect, it } from 'vitest';
import { scripts, sum } from '../../scripts/lib/load.ts';
import { builtPages } from './support/dist';
import { withGuidesSampled } from './support/guides';
import { languageSample } from './support/languages';
import { languageOf } from '../../src/lib/translation-languages';
import { visitOnce, type PageFacts } from './support/page-visit';
import { starlightScripts } from './support/starlight';
import { useBuiltSite } from './support/site';
import { widgets } from './support/widgets';

/**
 * One visit to each page collects what the budget, privacy, console, reflow and zoom checks need (support/page-visit.ts);
 * the checks below then read what it found. The app guides are all built from one template: a sample chosen by what
 * differs between them stands for them all (support/guides.ts). axe-core runs in accessibility.test.ts.
 */
const site = useBuiltSite();
const built = builtPages().filter(({ path }) => !path.startsWith('/pagefind/'));
// The pages in other languages by sample: every translation, and one fallback page per language and kind (support/languages.ts).
const paths = [...withGuidesSampled(built.map(({ path }) => path)), ...languageSample()];
const withWidget = new Set(
	[...built, ...builtPages(undefined, { languages: true }).filter(({ path }) => languageOf(path))]
		.filter(({ document }) => document.querySelector('astro-island'))
		.map(({ path }) => path)
);
const widgetPaths = new Set(widgets.map((widget) => widget.path));
const KB = 1024;

/** What Starlight itself keeps in the browser: the theme chosen, and which sidebar groups are open. */
const allowedStorage = { local: ['starlight-theme'], session: ['sl-sidebar-state'] };

// The pages are visited two at a time, in the order the tests read them; each test waits for its own page's visit.
const lanes = 2;
const waiting: (() => void)[] = [];
let running = 0;
async function inLane<T>(work: () => Promise<T>): Promise<T> {
	while (running >= lanes) await new Promise<void>((free) => waiting.push(free));
	running += 1;
	try {
		return await work();
	} finally {
		running -= 1;
		waiting.shift()?.();
	}
}
const visits = new Map<string, Promise<PageFacts>>();
const facts = (path: string) => visits.get(path)!;
beforeAll(() => {
	for (const path of paths) {
		const visit = inLane(() => visitOnce(site, path));
		// A failed visit fails its page's tests, when they read it; not the whole file before they run.
		visit.catch(() => undefined);
		visits.set(path, visit);
	}
});

describe.each(paths)('%s', (path) => {
	it('loads no more than 150 KB (gzip) at first', async () => {
		const { firstLoad } = await facts(path);
		expect(firstLoad.length).toBeGreaterThan(0);
		expect(sum(firstLoad)).toBeLessThanOrEqual(150 * KB);
	});

	if (!withWidget.has(path))
		it('has no widget, and loads no JavaScript beyond Starlight’s own', async () => {
			const { hydrated } = await facts(path);
			expect(
				scripts(hydrated)
					.filter((load) => !starlightScripts.test(load.url))
					.map((load) => load.url)
			).toEqual([]);
		});

	if (widgetPaths.has(path))
		it('its widgets add no more than 15 KB of gzipped JavaScript once in view', async () => {
			const { hydrated } = await facts(path);
			const added = scripts(hydrated).filter((load) => !starlightScripts.test(load.url));
			expect(added.length).toBeGreaterThan(0);
			expect(sum(added)).toBeLessThanOrEqual(15 * KB);
		});

	if (path !== '/404.html')
		it('sets no cookie, calls no other site, stores only Starlight’s own settings, and logs no error', async () => {
			const visit = await facts(path);
			expect(visit.cookies).toEqual([]);
			expect(visit.offsiteRequests).toEqual([]);
			expect(visit.localStorage.filter((key) => !allowedStorage.local.includes(key))).toEqual([]);
			expect(visit.sessionStorage.filter((key) => !allowedStorage.session.includes(key))).toEqual(
				[]
			);
			expect(visit.consoleErrors).toEqual([]);
		});

	it('reflows at 320 px with no horizontal scrolling', async () => {
		expect((await facts(path)).overflowAt320).toBeLessThanOrEqual(0);
	});

	it('can have its text zoomed to 200% without horizontal scrolling at 640 px', async () => {
		expect((await facts(path)).overflowZoomed).toBeLessThanOrEqual(0);
	});
});
