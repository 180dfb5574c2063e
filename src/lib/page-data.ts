import type { z } from 'astro/zod';
import type { pageSchema } from '../schemas/page';

/** The fields this site adds to a page's frontmatter (see src/schemas/page.ts). */
export type PageData = z.output<typeof pageSchema>;
