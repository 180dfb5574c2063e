import { z } from 'astro/zod';
import { fields, text } from './wording';

/** The words of the device guides, content/data/device-guides.yaml. {device} and {app} are filled in by the pages. */
export const deviceGuidesSchema = fields({
	index: fields({
		title: text,
		description: text,
		intro: text,
		keywords: z.array(text).default([]),
	}),
	guide: fields({
		description: text,
		youNeed: text,
		stops: text,
		doesNotStop: text,
		getRound: text,
		unconfirmed: text,
		sources: text,
		talk: text,
		allGuides: text,
		print: text,
	}),
	appLinks: fields({ lead: text }),
});

export type DeviceGuidesWording = z.output<typeof deviceGuidesSchema>;
