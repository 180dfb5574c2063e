import type { z } from 'astro/zod';
import { appSchema } from './schemas/apps';
import { contactSchema } from './schemas/contact';
import { deliberateChangeSchema } from './schemas/deliberate-change';
import { deviceSchema } from './schemas/devices';
import { lessonSchema } from './schemas/lesson';
import { policyVersionSchema } from './schemas/policy-version';
import { reputationReplySchema } from './schemas/reputation-reply';
import { scenarioSchema } from './schemas/scenario';

/**
 * The files in content/ that hold lists of entries, each with its schema, by the collection the build loads it as
 * (src/content.config.ts). `npm run check:content` reads each the same way (src/lib/data-file.ts), so that a mistake
 * in one is named there, by its file, entry and field, as the build names it.
 */
export const dataLists = {
	contacts: { file: 'content/data/contacts.yaml', schema: contactSchema },
	scenarios: { file: 'content/data/scenarios.yaml', schema: scenarioSchema },
	reputationReplies: {
		file: 'content/data/reputation-replies.yaml',
		schema: reputationReplySchema,
	},
	lessons: { file: 'content/data/lessons.yaml', schema: lessonSchema },
	apps: { file: 'content/data/apps.yaml', schema: appSchema },
	devices: { file: 'content/data/devices.yaml', schema: deviceSchema },
	deliberateChanges: { file: 'content/deliberate-changes.yaml', schema: deliberateChangeSchema },
	policyVersions: { file: 'content/data/policy-versions.yaml', schema: policyVersionSchema },
} satisfies Record<string, { file: string; schema: z.ZodType<{ id: string }> }>;
