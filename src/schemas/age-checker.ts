import type { z } from 'astro/zod';
import type { VerdictWords } from '../lib/age-verdict';
import { guideAnchors } from '../lib/app-guide';
import { fields, keyed, text } from './wording';

const overall = ['meets', 'not-yet', 'spans', 'unknown'] as const;

/** The age checker's and the app guides' words, from content/data/age-checker.yaml. */
export const ageCheckerSchema = fields({
	headlines: keyed(
		[
			'meets-both',
			'meets-terms',
			'meets-pegi',
			'not-yet-terms',
			'not-yet-pegi',
			'spans-terms',
			'spans-pegi',
			'unknown',
		] as const,
		() => text
	),
	waits: keyed(['years', 'birth', 'tomorrow', 'year-group', 'after-school'] as const, () => text),
	groups: keyed(overall, () => text),
	details: keyed(
		[
			'terms-meets',
			'terms-spans',
			'terms-not-yet',
			'terms-unknown',
			'pegi-meets',
			'pegi-spans',
			'pegi-not-yet',
		] as const,
		() => text
	),
	findOut: keyed(['title', 'terms', 'stores', 'pegi'] as const, () => text),
	unknownApp: text,
	didYouMean: text,
	outOfDate: text,
	guideLink: text,
	pegiAdvice: text,
	guide: fields({
		sections: keyed(guideAnchors, () => text),
		noMinimum: text,
		noPegiGame: text,
		notAGame: text,
		noStores: text,
		noFeatures: text,
		noControls: text,
		noReporting: text,
	}),
});

/** The words conform to what the rules in src/lib expect. */
const conforms: (words: z.output<typeof ageCheckerSchema>) => VerdictWords = (words) => words;
void conforms;
