import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchBrowser } from '../../../scripts/lib/chromium.ts';
import { serveStatic } from '../../../scripts/lib/static-server.ts';

export const distDir = fileURLToPath(new URL('../../../dist/', import.meta.url));

export interface Visit {
	page: Page;
	/** Requests to any host but the site's own. */
	offsiteRequests: string[];
	/** Errors written to the console, and uncaught exceptions. */
	consoleErrors: string[];
	close: () => Promise<void>;
}

/** The path the site was built under ("/", or "/social-media/" from the settings' siteUrl), as its pages say. */
export const builtBase = () =>
	/data-base="([^"]+)"/.exec(readFileSync(`${distDir}/index.html`, 'utf8'))?.[1] ?? '/';

/** A path on the site as a path in dist/: "/social-media/contacts/" is "/contacts/" on a site built under /social-media/. */
export const inDist = (path: string, base = builtBase()) =>
	path.startsWith(base) ? `/${path.slice(base.length)}` : path;

/** Starts a static server on the built site and a browser for the tests in this file. */
export function useBuiltSite() {
	let browser: Browser;
	let server: Awaited<ReturnType<typeof serveStatic>>;

	beforeAll(async () => {
		if (!existsSync(`${distDir}/index.html`))
			throw new Error('No built site in dist/: run `npm run build` first (npm test does).');
		server = await serveStatic(distDir, builtBase());
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	return {
		url: (path = '') => `${server.url}${path.replace(/^\//, '')}`,
		/** Opens a page of the site in a fresh context, watching its requests and console. */
		async visit(path = '', options: BrowserContextOptions = {}): Promise<Visit> {
			const visit = await this.open(options);
			await visit.page.goto(`${server.url}${path.replace(/^\//, '')}`);
			return visit;
		},
		/** A fresh context and an empty page, watching its requests and console, for a test that navigates itself. */
		async open(options: BrowserContextOptions = {}): Promise<Visit> {
			const context = await browser.newContext(options);
			const page = await context.newPage();
			const origin = new URL(server.url).origin;
			const offsiteRequests: string[] = [];
			const consoleErrors: string[] = [];
			page.on('request', (request) => {
				const url = request.url();
				if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
					offsiteRequests.push(url);
			});
			page.on('console', (message) => {
				if (message.type() === 'error') consoleErrors.push(message.text());
			});
			page.on('pageerror', (error) => consoleErrors.push(error.message));
			return { page, offsiteRequests, consoleErrors, close: () => context.close() };
		},
	};
}
