import postingRulesFile from '../content/data/posting-rules.yaml?raw';
import worriedFile from '../content/data/worried-about-a-post.yaml?raw';
import connectFile from '../content/data/connect-online.yaml?raw';
import concernFile from '../content/data/concern-about-the-school.yaml?raw';
import pegiFile from '../content/data/pegi.yaml?raw';
import appFeaturesFile from '../content/data/app-features.yaml?raw';
import ageCheckerFile from '../content/data/age-checker.yaml?raw';
import type { z } from 'astro/zod';
import { parseObjectFile } from './lib/data-file';
import { fillNames, schoolNames } from './lib/school-names';
import { worriedHelper } from './lib/worried-about-a-post';
import { connectHelper } from './lib/connect-online';
import { concernHelper } from './lib/concern-about-the-school';
import { postingRulesSchema } from './schemas/posting-rules';
import { decisionHelperSchema } from './schemas/decision-helper';
import { pegiSchema } from './schemas/pegi';
import { appFeaturesSchema } from './schemas/app-features';
import { ageCheckerSchema } from './schemas/age-checker';
import { school } from './school';

/** The tools' words from `content/data/`, checked against their schemas when the site builds, with the school's names filled in. */

const names = schoolNames(school);

function read<T extends z.ZodType>(text: string, schema: T, file: string): z.output<T> {
	return fillNames(parseObjectFile(text, schema, file), names);
}

export const postingRulesWording = read(postingRulesFile, postingRulesSchema, 'content/data/posting-rules.yaml');
export const worriedWording = read(worriedFile, decisionHelperSchema(worriedHelper), 'content/data/worried-about-a-post.yaml');
export const connectWording = read(connectFile, decisionHelperSchema(connectHelper), 'content/data/connect-online.yaml');
export const concernWording = read(concernFile, decisionHelperSchema(concernHelper), 'content/data/concern-about-the-school.yaml');
export const pegiWording = read(pegiFile, pegiSchema, 'content/data/pegi.yaml');
export const featureLabels = read(appFeaturesFile, appFeaturesSchema, 'content/data/app-features.yaml');
export const ageCheckerWording = read(ageCheckerFile, ageCheckerSchema, 'content/data/age-checker.yaml');
