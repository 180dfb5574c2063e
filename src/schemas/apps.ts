import { z } from 'astro/zod';

const source = z.url({ error: 'needs a source: the full web address where this fact was read' });
const date = z.iso.date({ error: 'must be a date written YYYY-MM-DD' });
const age = z.int({ error: 'must be a whole number of years' }).min(0, 'must be 0 or more').max(21, 'must be 21 or less');

export const pegiRatings = [3, 7, 12, 16, 18] as const;
export const pegiDescriptors = [
	'violence',
	'bad-language',
	'fear',
	'gambling',
	'sex',
	'drugs',
	'discrimination',
	'in-game-purchases',
	'paid-random-items',
] as const;
export const appKinds = ['app', 'site', 'game', 'platform'] as const;
export const featureKinds = [
	'chat-with-strangers',
	'disappearing-messages',
	'live-streaming',
	'location-sharing',
	'in-app-purchases',
	'public-profile',
	'algorithmic-feed',
	'voice-chat',
	'user-generated-content',
] as const;

export const appSchema = z.strictObject({
	id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens, like "youtube-kids"'),
	name: z.string().min(1),
	aliases: z.array(z.string().min(1)).default([]),
	kind: z.enum(appKinds),
	minimumAge: z
		.strictObject({ age, source, note: z.string().optional() })
		.optional()
		.describe('The minimum age in the platform’s own terms for UK users. Leave out if the terms set none or it is unconfirmed.'),
	ageHistory: z.array(z.strictObject({ age, until: date, source })).optional(),
	pegi: z
		.strictObject({
			rating: z.union(
				pegiRatings.map((rating) => z.literal(rating)),
				{ error: `must be one of the PEGI ratings: ${pegiRatings.join(', ')}` },
			),
			descriptors: z.array(z.enum(pegiDescriptors)).default([]),
			title: z.string().min(1),
			source,
		})
		.optional(),
	features: z.array(z.strictObject({ kind: z.enum(featureKinds), note: z.string().min(1), source })).default([]),
	notes: z.string().optional(),
	unconfirmed: z.string().optional(),
	checked: date.describe('The date the sources were read'),
});

export type App = z.output<typeof appSchema>;
export type PegiRating = (typeof pegiRatings)[number];
