import { z } from 'astro/zod';
import { audiences, type Audience } from '../lib/audience';

export { audiences, type Audience };
export const audienceSchema = z.enum(audiences, { error: `must be one of: ${audiences.join(', ')}` });

export const audienceLabels: Record<Audience, string> = {
	parents: 'Parents',
	pupils: 'Pupils',
	staff: 'Staff',
};
