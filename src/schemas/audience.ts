import { z } from 'astro/zod';

export const audiences = ['parents', 'pupils', 'staff'] as const;
export type Audience = (typeof audiences)[number];
export const audienceSchema = z.enum(audiences, { error: `must be one of: ${audiences.join(', ')}` });

export const audienceLabels: Record<Audience, string> = {
	parents: 'Parents',
	pupils: 'Pupils',
	staff: 'Staff',
};
