import { z } from 'astro/zod';
import { pegiDescriptors, pegiRatings } from './apps';
import { fields, keyed, text } from './wording';

/** What each PEGI rating means, and the names of PEGI's content descriptors, keyed as in content/data/apps.yaml. */
export const pegiSchema = fields({
	ratings: keyed(
		pegiRatings.map((rating) => `${rating}` as const),
		() => text,
	),
	descriptors: keyed(pegiDescriptors, () => text),
});

export type PegiWording = z.output<typeof pegiSchema>;
