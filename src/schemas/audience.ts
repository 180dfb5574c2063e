import { z } from 'astro/zod';
import { audiences } from '../lib/audience';

export { audienceLabels, audiences, type Audience } from '../lib/audience';
export const audienceSchema = z.enum(audiences, {
	error: `must be one of: ${audiences.join(', ')}`,
});
