import { z } from 'astro/zod';
import { audiences } from '../lib/audiences';

export { audiences, audienceLabels, type Audience } from '../lib/audiences';
export const audienceSchema = z.enum(audiences, { error: `must be one of: ${audiences.join(', ')}` });
