import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';

export interface Loaded {
	url: string;
	type: string;
	bytes: number;
	gzip: number;
}

/** Records every response a page loads, with its size raw and gzipped (as a host compressing it would send it). */
export function recordLoads(page: Page): Loaded[] {
	const loaded: Loaded[] = [];
	page.on('response', async (response) => {
		const body = await response.body().catch(() => undefined);
		if (!body) return;
		loaded.push({
			url: new URL(response.url()).pathname,
			type: response.request().resourceType(),
			bytes: body.length,
			gzip: gzipSync(body, { level: 9 }).length,
		});
	});
	return loaded;
}

export const sum = (loads: Loaded[], key: 'bytes' | 'gzip' = 'gzip') =>
	loads.reduce((total, load) => total + load[key], 0);
export const scripts = (loads: Loaded[]) => loads.filter((load) => load.type === 'script');
