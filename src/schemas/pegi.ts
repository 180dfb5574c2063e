import { z } from 'astro/zod';
import { pegiDescriptors, pegiRatings, pegiRules } from '../lib/app';
import { fields, keyed, text } from './wording';

const ratingKeys = pegiRatings.map((rating) => `${rating}` as const);

/** What each PEGI rating means, its short name, and the names of PEGI's content descriptors, keyed as in content/data/apps.yaml. */
export const pegiSchema = fields({
	names: keyed(ratingKeys, () => text),
	ratings: keyed(ratingKeys, () => text),
	descriptors: keyed(pegiDescriptors, () => text),
	rules: keyed(pegiRules, () => text),
});

export type PegiWording = z.output<typeof pegiSchema>;
