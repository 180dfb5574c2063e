import { z } from 'astro/zod';
import {
	appKinds,
	featureKinds,
	noMinimumWays,
	pegiDescriptors,
	pegiRatings,
	pegiRules,
	sourceKinds,
	storeKinds,
	storeNames,
	type App,
} from '../lib/app';
import { splitLinks } from '../lib/text-links';

export { appKinds, featureKinds, pegiDescriptors, pegiRatings, type App };
export type { PegiRating } from '../lib/app';

const url = z.url({ error: 'needs a source: the full web address where this fact was read' });
const source = url;
const date = z.iso.date({ error: 'must be a date written YYYY-MM-DD' });
const age = z
	.int({ error: 'must be a whole number of years' })
	.min(0, 'must be 0 or more')
	.max(21, 'must be 21 or less');
const line = z.string().trim().min(1, 'must not be empty');

export const sourceSchema = z.strictObject({
	url,
	kind: z.enum(sourceKinds, {
		error:
			'must say what kind of source it is: primary (the platform, pegi.info or a UK public body) or secondary (news or another guide)',
	}),
	checked: date.describe('The day this source was read'),
	published: date.optional().describe('The source’s own date, where it shows one'),
});

const storeRating = z.union(
	[
		z.strictObject({ rating: line, source }),
		z.strictObject({
			unconfirmed: line.describe(
				'Why the rating could not be read on the store’s own listing, and what a parent can do'
			),
		}),
	],
	{
		error:
			'must give the store’s rating with its source ({ rating: "13+", source: … }), or say why it is not confirmed ({ unconfirmed: "…" })',
	}
);
const pegiRating = z.union(
	pegiRatings.map((rating) => z.literal(rating)),
	{ error: `must be one of the PEGI ratings: ${pegiRatings.join(', ')}` }
);

export const appSchema = z
	.strictObject({
		id: z
			.string()
			.regex(
				/^[a-z0-9]+(-[a-z0-9]+)*$/,
				'must be lower-case words joined by hyphens, like "youtube-kids"'
			),
		name: z
			.string()
			.min(1)
			.regex(/^[^|\n]+$/, 'must be one line, without "|"'),
		aliases: z
			.array(
				z
					.string()
					.min(1)
					.regex(/^[^|\n]+$/, 'must be one line, without "|"')
			)
			.default([]),
		kind: z.enum(appKinds),
		edition: line
			.optional()
			.describe('For a yearly game series: the current edition, whose own rating the entry gives'),
		minimumAge: z
			.strictObject({ age, source, note: z.string().optional() })
			.optional()
			.describe(
				'The minimum age in the platform’s own terms for UK users. Leave out if the terms set none or it is unconfirmed.'
			),
		noMinimumAge: z
			.strictObject({
				way: z.enum(noMinimumWays, {
					error: `must say how a child uses it instead: ${noMinimumWays.join(' or ')}`,
				}),
				source,
				atAge: z
					.array(z.strictObject({ from: age, text: line, source }))
					.min(1, 'must say what applies to a child, from age 0 at least')
					.refine((bands) => bands[0]?.from === 0, {
						message: 'must start from age 0, so every child is answered',
					})
					.refine((bands) => bands.every((band, i) => i === 0 || band.from > bands[i - 1]!.from), {
						message: 'must list its ages youngest first, each once',
					}),
			})
			.optional()
			.describe(
				'The platform’s terms set no minimum age (read there): what applies to a child instead, from each age'
			),
		ageHistory: z.array(z.strictObject({ age, until: date, source })).optional(),
		pegi: z
			.strictObject({
				rating: pegiRating,
				descriptors: z.array(z.enum(pegiDescriptors)).default([]),
				title: z.string().min(1),
				rules: z.array(z.enum(pegiRules)).optional(),
				source,
			})
			.optional(),
		series: z
			.strictObject({
				ratings: z.array(pegiRating).min(1, 'must give the ratings of the editions read'),
				titles: z.array(line).min(1, 'must name the editions whose ratings were read'),
				rules: z.array(z.enum(pegiRules)).optional(),
				source,
			})
			.optional()
			.describe(
				'For a yearly series whose current edition is not rated here: the ratings of the main editions read'
			),
		stores: z
			.strictObject({ appStore: storeRating.optional(), googlePlay: storeRating.optional() })
			.optional(),
		features: z
			.array(z.strictObject({ kind: z.enum(featureKinds), note: z.string().min(1), source }))
			.default([]),
		controls: z
			.strictObject({
				name: line,
				url,
				settings: z
					.array(
						z.union([line, z.strictObject({ text: line, source })], {
							error:
								'must be a step in words, or { text: "…", source: https://… } for a step read on another page than the guide’s source',
						})
					)
					.min(1, 'must list at least one setting'),
				source,
			})
			.optional(),
		changesAt: z
			.array(z.strictObject({ age, text: line, source }))
			.optional()
			.describe('What changes for a child at 13, 16, 18 …, youngest first'),
		reporting: z
			.strictObject({ url, steps: z.array(line).min(1, 'must list at least one step'), source })
			.optional(),
		notes: z.string().optional(),
		unconfirmed: z.string().optional(),
		sources: z.array(sourceSchema).min(1, 'must list the sources its facts were read in'),
	})
	.superRefine((app, context) => {
		if (app.minimumAge && app.noMinimumAge)
			context.addIssue({
				code: 'custom',
				path: ['noMinimumAge'],
				message:
					'an entry has a minimum age or says its terms set none, not both: keep the one its terms say',
			});
		if (storeKinds.includes(app.kind)) {
			for (const store of storeNames) {
				if (!app.stores?.[store])
					context.addIssue({
						code: 'custom',
						path: ['stores', store],
						message: `an entry of kind "${app.kind}" gives its ${store === 'appStore' ? 'App Store' : 'Google Play'} rating: the rating with its source, or { unconfirmed: "why not" } where the listing could not be read`,
					});
			}
		}
		if (app.series && !app.edition)
			context.addIssue({
				code: 'custom',
				path: ['series'],
				message:
					'a series needs its current `edition` named, so the checker can say which box to check',
			});
		const listed = new Set(app.sources.map((entry) => entry.url));
		const facts: [PropertyKey[], string | undefined][] = [
			[['minimumAge', 'source'], app.minimumAge?.source],
			...(app.ageHistory ?? []).map((entry, index): [PropertyKey[], string] => [
				['ageHistory', index, 'source'],
				entry.source,
			]),
			[['noMinimumAge', 'source'], app.noMinimumAge?.source],
			...(app.noMinimumAge?.atAge ?? []).map((band, index): [PropertyKey[], string] => [
				['noMinimumAge', 'atAge', index, 'source'],
				band.source,
			]),
			[['pegi', 'source'], app.pegi?.source],
			[['series', 'source'], app.series?.source],
			...storeNames.map((store): [PropertyKey[], string | undefined] => {
				const fact = app.stores?.[store];
				return [['stores', store, 'source'], fact && 'source' in fact ? fact.source : undefined];
			}),
			...app.features.map((feature, index): [PropertyKey[], string] => [
				['features', index, 'source'],
				feature.source,
			]),
			[['controls', 'source'], app.controls?.source],
			...(app.controls?.settings ?? []).map(
				(setting, index): [PropertyKey[], string | undefined] => [
					['controls', 'settings', index, 'source'],
					typeof setting === 'string' ? undefined : setting.source,
				]
			),
			...(app.changesAt ?? []).map((change, index): [PropertyKey[], string] => [
				['changesAt', index, 'source'],
				change.source,
			]),
			[['reporting', 'source'], app.reporting?.source],
		];
		const texts: [PropertyKey[], string | undefined][] = [
			[['minimumAge', 'note'], app.minimumAge?.note],
			...app.features.map((feature, index): [PropertyKey[], string] => [
				['features', index, 'note'],
				feature.note,
			]),
			...storeNames.map((store): [PropertyKey[], string | undefined] => {
				const fact = app.stores?.[store];
				return [
					['stores', store, 'unconfirmed'],
					fact && 'unconfirmed' in fact ? fact.unconfirmed : undefined,
				];
			}),
			[['notes'], app.notes],
			[['unconfirmed'], app.unconfirmed],
		];
		for (const [path, text] of texts) {
			for (const part of splitLinks(text ?? '')) {
				if ('url' in part && !listed.has(part.url)) facts.push([path, part.url]);
			}
		}
		for (const [path, address] of facts) {
			if (address !== undefined && !listed.has(address)) {
				context.addIssue({
					code: 'custom',
					path,
					message: `${address} is not in this entry’s sources: add it there with its kind and the date it was read`,
				});
			}
		}
	});

/** The schema's output is the App the rules in src/lib work on. */
const conforms: (app: z.output<typeof appSchema>) => App = (app) => app;
void conforms;
