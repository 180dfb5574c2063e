import raw from '../content/data/search.yaml?raw';
import { parseObjectFile } from './lib/data-file';
import { searchSettingsSchema, type SearchSettings } from './schemas/search';

/** The search box's suggestions and synonyms from `content/data/search.yaml`, checked when the site builds. */
export const searchSettings: SearchSettings = parseObjectFile(
	raw,
	searchSettingsSchema,
	'content/data/search.yaml'
);
