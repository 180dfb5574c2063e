import type { z } from 'astro/zod';
import { featureKinds } from '../lib/app';
import { keyed, text } from './wording';

/** The name of each kind of feature an app can have, keyed as in content/data/apps.yaml. */
export const appFeaturesSchema = keyed(featureKinds, () => text);

export type FeatureLabels = z.output<typeof appFeaturesSchema>;
