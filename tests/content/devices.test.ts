import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseListFile } from '../../src/lib/data-file';
import { citedSources, unknownApps } from '../../src/lib/device';
import { deviceSchema } from '../../src/schemas/devices';
import { deviceGuidesSchema } from '../../src/schemas/device-guides';
import { parseObjectFile } from '../../src/lib/data-file';
import { contentApps } from '../support/apps';

const path = 'content/data/devices.yaml';
const devices = parseListFile(
	readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'),
	deviceSchema,
	path
);
const appIds = new Set(contentApps().map((app) => app.id));

describe('the device guides in content/data/devices.yaml', () => {
	it.each(['iphone-ipad', 'android', 'chromebook', 'xbox', 'playstation', 'nintendo-switch', 'home-internet'])(
		'has a guide for %s, which the issue names',
		(id) => {
			expect(devices.map((device) => device.id)).toContain(id);
		}
	);

	it.each(devices.map((device) => [device.id, device] as const))(
		'%s names only apps that have guides',
		(_id, device) => {
			expect(unknownApps(device, appIds)).toEqual([]);
		}
	);

	it.each(devices.map((device) => [device.id, device] as const))(
		'%s cites every source it lists, and lists every source it cites',
		(_id, device) => {
			const cited = citedSources(device);
			expect(device.sources.map((source) => source.url).filter((url) => !cited.has(url))).toEqual([]);
		}
	);

	it.each(devices.map((device) => [device.id, device] as const))(
		'%s was read no later than today, and each source is dated before it was read',
		(_id, device) => {
			const today = new Date().toISOString().slice(0, 10);
			for (const source of device.sources) {
				expect(source.checked <= today, source.url).toBe(true);
				if (source.published) expect(source.published <= source.checked, source.url).toBe(true);
			}
		}
	);

	it.each(devices.map((device) => [device.id, device] as const))(
		'%s rests on at least one primary source, or says what it could not confirm',
		(_id, device) => {
			const primary = device.sources.some((source) => source.kind === 'primary');
			expect(primary || device.unconfirmed !== undefined).toBe(true);
		}
	);

	it('has words for its pages that match their schema', () => {
		const wording = 'content/data/device-guides.yaml';
		expect(() =>
			parseObjectFile(readFileSync(new URL(`../../${wording}`, import.meta.url), 'utf8'), deviceGuidesSchema, wording)
		).not.toThrow();
	});
});
