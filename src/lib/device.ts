import type { Source } from './app';
import { segments } from './rich-text';
import { splitLinks } from './text-links';

/**
 * What a device guide knows about one phone, tablet, console or home connection: the shape of an entry in
 * content/data/devices.yaml once src/schemas/devices.ts has checked it. Its facts follow the app guides' source rules.
 */

/** A sentence of fact, with the address of one of its entry's `sources`. */
export interface DeviceFact {
	text: string;
	source: string;
}

/** A group of steps to follow with the device in hand. */
export interface DevicePart {
	/** Its anchor on the guide: /devices/iphone-ipad/#screen-time. */
	id: string;
	title: string;
	source: string;
	steps: string[];
	note?: string | undefined;
}

export interface Device {
	id: string;
	name: string;
	aliases: string[];
	summary: string;
	youNeed: string[];
	/** The app guides that link to this guide: app ids, or every app. */
	appliesTo: 'all' | string[];
	parts: DevicePart[];
	stops: DeviceFact[];
	doesNotStop: DeviceFact[];
	getRound: DeviceFact[];
	unconfirmed?: string | undefined;
	sources: Source[];
}

/** The devices whose guides apply to an app, in the order they are listed. */
export function devicesFor<T extends Pick<Device, 'appliesTo'>>(
	devices: readonly T[],
	appId: string
): T[] {
	return devices.filter((device) => device.appliesTo === 'all' || device.appliesTo.includes(appId));
}

/** Every app id a device names that is not an app's id: "appliesTo[2]" and the id. */
export function unknownApps(
	device: Pick<Device, 'appliesTo'>,
	appIds: ReadonlySet<string>
): { field: string; id: string }[] {
	if (device.appliesTo === 'all') return [];
	return device.appliesTo.flatMap((id, index) =>
		appIds.has(id) ? [] : [{ field: `appliesTo[${index}]`, id }]
	);
}

/** The web addresses a text names: [words](https://…) links and bare https:// addresses. */
export function addresses(text: string): string[] {
	const named = segments(text, '/').flatMap((segment) =>
		segment.href && /^https?:\/\//.test(segment.href) ? [segment.href] : []
	);
	const bare = splitLinks(text).flatMap((piece) => ('url' in piece ? [piece.url] : []));
	return [...new Set([...named, ...bare])];
}

/** Every address a device's facts, steps and notes cite. */
export function citedSources(device: Device): Set<string> {
	return new Set([
		...device.parts.flatMap((part) => [
			part.source,
			...[...part.steps, part.note ?? ''].flatMap(addresses),
		]),
		...[...device.stops, ...device.doesNotStop, ...device.getRound].map((fact) => fact.source),
		...addresses(device.unconfirmed ?? ''),
	]);
}
