import { z } from 'astro/zod';
import { sourceSchema } from './apps';
import { addresses, type Device } from '../lib/device';

/** An entry of content/data/devices.yaml: a device guide, with the app guides' rules for sources. */

const line = z.string().trim().min(1, 'must not be empty');
const id = z
	.string()
	.regex(
		/^[a-z0-9]+(-[a-z0-9]+)*$/,
		'must be lower-case words joined by hyphens, like "iphone-ipad"'
	);
const source = z.url({ error: 'needs a source: the full web address where this fact was read' });
const fact = z.strictObject({ text: line, source });

const part = z.strictObject({
	id,
	title: line,
	source,
	steps: z.array(line).min(1, 'must list at least one step'),
	note: line.optional(),
});

export const deviceSchema = z
	.strictObject({
		id,
		name: line,
		aliases: z.array(line).default([]),
		summary: line,
		youNeed: z.array(line).default([]),
		appliesTo: z
			.union([z.literal('all'), z.array(id)], {
				error: 'must be "all" or a list of app ids from content/data/apps.yaml',
			})
			.default([]),
		parts: z.array(part).min(1, 'must give at least one group of steps'),
		stops: z.array(fact).min(1, 'must say what the settings stop'),
		doesNotStop: z.array(fact).min(1, 'must say what the settings do not stop'),
		getRound: z.array(fact).min(1, 'must say how a child might get round the settings'),
		unconfirmed: line.optional(),
		sources: z.array(sourceSchema).min(1, 'must list the sources its facts were read in'),
	})
	.superRefine((device, context) => {
		const listed = new Set(device.sources.map((entry) => entry.url));
		const cited: [PropertyKey[], string][] = [
			...device.parts.flatMap((part, index): [PropertyKey[], string][] => [
				[['parts', index, 'source'], part.source],
				...[...part.steps, part.note ?? ''].flatMap((text) =>
					addresses(text).map((url): [PropertyKey[], string] => [['parts', index], url])
				),
			]),
			...(['stops', 'doesNotStop', 'getRound'] as const).flatMap((key) =>
				device[key].map((entry, index): [PropertyKey[], string] => [
					[key, index, 'source'],
					entry.source,
				])
			),
			...addresses(device.unconfirmed ?? '').map((url): [PropertyKey[], string] => [
				['unconfirmed'],
				url,
			]),
		];
		for (const [path, address] of cited) {
			if (!listed.has(address)) {
				context.addIssue({
					code: 'custom',
					path,
					message: `${address} is not in this entry’s sources: add it there with its kind and the date it was read`,
				});
			}
		}
		const parts = new Set<string>();
		device.parts.forEach((part, index) => {
			if (parts.has(part.id))
				context.addIssue({
					code: 'custom',
					path: ['parts', index, 'id'],
					message: `"${part.id}" is used by another part of this guide: give each part its own id`,
				});
			parts.add(part.id);
		});
	});

/** The schema's output is the Device the rules in src/lib work on. */
const conforms: (device: z.output<typeof deviceSchema>) => Device = (device) => device;
void conforms;
