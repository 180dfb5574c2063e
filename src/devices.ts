import { getCollection } from 'astro:content';
import wordingFile from '../content/data/device-guides.yaml?raw';
import devicesFile from '../content/data/devices.yaml?raw';
import { parse } from 'yaml';
import type { Device } from './lib/device';
import { unknownApps } from './lib/device';
import { parseObjectFile, DataFileError } from './lib/data-file';
import { pageUrl } from './lib/url';
import { deviceGuidesSchema } from './schemas/device-guides';
import { allApps } from './apps';

/** The device guides of content/data/devices.yaml, in the order the file lists them, read once per build. */

export const deviceGuidesWording = parseObjectFile(
	wordingFile,
	deviceGuidesSchema,
	'content/data/device-guides.yaml'
);

let loaded: Promise<Device[]> | undefined;

/** Every device guide. Stops the build, naming the entry and the field, if a guide names an app that is not in apps.yaml. */
export function allDevices(): Promise<Device[]> {
	loaded ??= Promise.all([getCollection('devices'), allApps()]).then(([entries, apps]) => {
		// In the order the file lists them (a collection's entries come in no particular order).
		const order = (parse(devicesFile) as { id?: unknown }[]).map((entry) => entry.id);
		const devices = entries
			.map(({ data }) => data as Device)
			.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
		const appIds = new Set(apps.map((app) => app.id));
		const problems = devices.flatMap((device) =>
			unknownApps(device, appIds).map(
				({ field, id }) =>
					`- entry "${device.id}", "${field}": "${id}" is not the id of an app in content/data/apps.yaml; use one of its ids (such as "${[...appIds][0]}"), or "all"`
			)
		);
		if (problems.length > 0)
			throw new DataFileError(
				`content/data/devices.yaml has ${problems.length} problem(s):\n${problems.join('\n')}`
			);
		return devices;
	});
	return loaded;
}

/** The address of a device's guide: /devices/iphone-ipad/. */
export function deviceUrl(device: Pick<Device, 'id'>): string {
	return pageUrl(`devices/${device.id}`);
}
