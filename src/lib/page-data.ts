import type { TranslationRecord } from './translation';
import type { Audience } from './audience';
import type { Layer } from './layer';

/** The fields this site adds to a page's frontmatter (src/schemas/page.ts checks them, and must produce this). */
export interface PageData {
	description: string;
	/** Who the page concerns: shown on the page and used as a search filter. */
	audiences: Audience[];
	/** A one-paragraph plain-English summary, shown at the top of the page. */
	summary?: string | undefined;
	/** The same for a pupil of about 10. */
	pupilSummary?: string | undefined;
	/** Words people type when they look for this page, which the page itself may not use. */
	keywords?: string[] | undefined;
	/** The page's layer, where it differs from where the page is (see src/lib/layer.ts). */
	layer?: Layer | undefined;
	/** A policy page's key terms, which its summary must name. */
	keyTerms?: string[] | undefined;
	/** On a translated page: the English it was made from, and whether a speaker at the school has checked it. */
	translation?: TranslationRecord | undefined;
}
