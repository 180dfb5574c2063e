import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';

export interface Loaded {
	url: string;
	type: string;
	bytes: number;
	gzip: number;
}

/** The reads of response bodies still under way, for each list that recordLoads() fills. */
const reading = new WeakMap<Loaded[], Set<Promise<void>>>();

/** Records every response a page loads, with its size raw and gzipped (as a host compressing it would send it). */
export function recordLoads(page: Page): Loaded[] {
	const loaded: Loaded[] = [];
	const pending = new Set<Promise<void>>();
	reading.set(loaded, pending);
	page.on('response', (response) => {
		const read = response
			.body()
			.catch(() => undefined)
			.then((body) => {
				if (!body) return;
				loaded.push({
					url: new URL(response.url()).pathname,
					type: response.request().resourceType(),
					bytes: body.length,
					gzip: gzipSync(body, { level: 9 }).length,
				});
			});
		pending.add(read);
		void read.finally(() => pending.delete(read));
	});
	return loaded;
}

/** Waits until every response seen so far has been measured into `loads`: after the network is idle, nothing is left out. */
export async function settled(loads: Loaded[]): Promise<void> {
	while (reading.get(loads)?.size) await Promise.all(reading.get(loads)!);
}

export const sum = (loads: Loaded[], key: 'bytes' | 'gzip' = 'gzip') =>
	loads.reduce((total, load) => total + load[key], 0);
export const scripts = (loads: Loaded[]) => loads.filter((load) => load.type === 'script');
