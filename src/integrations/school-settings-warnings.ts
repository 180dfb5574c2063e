import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { AstroIntegration } from 'astro';
import { placeholderFields } from '../lib/placeholders';
import { isReviewDue } from '../lib/review';
import { toIso } from '../lib/dates';
import { parseObjectFile } from '../lib/data-file';
import { schoolSchema } from '../schemas/school';

/**
 * Stops the build if the settings name a logo that is not in public/. At the end of every build, one warning
 * while the school's settings still hold placeholders, and one when the policy's review date has passed: the
 * two things an editor must act on, where they will see them.
 * The settings file itself is checked against its schema first, as the build starts.
 */
export function schoolSettingsWarnings(
	settingsPath: string,
	file = 'content/school.yaml'
): AstroIntegration {
	return {
		name: 'school-settings',
		hooks: {
			'astro:config:done': ({ config }) => {
				// The whole file against its schema, before anything is built (src/school.ts checks it again as it is
				// bundled): a mistake stops the build at once, with the field named.
				parseObjectFile(readFileSync(settingsPath, 'utf8'), schoolSchema, file);
				const logo = (
					parse(readFileSync(settingsPath, 'utf8')) as { logo?: { file?: unknown } } | null
				)?.logo?.file;
				if (typeof logo === 'string' && !existsSync(new URL(logo, config.publicDir))) {
					throw new Error(
						`${file} has 1 problem(s):\n- "logo.file": there is no file public/${logo}; put the logo in public/ or remove the logo field.`
					);
				}
			},
			'astro:build:done': ({ logger }) => {
				const settings = parse(readFileSync(settingsPath, 'utf8')) as {
					policy?: { nextReview?: unknown };
				} | null;
				const fields = placeholderFields(settings);
				if (fields.length > 0) {
					logger.warn(
						`${file} still has placeholder details in ${fields.join(', ')}: replace them with the school’s real ones before publishing.`
					);
				}
				const nextReview = String(settings?.policy?.nextReview ?? '');
				const now = new Date();
				if (
					isReviewDue(
						nextReview,
						toIso({
							year: now.getUTCFullYear(),
							month: now.getUTCMonth() + 1,
							day: now.getUTCDate(),
						})
					)
				) {
					logger.warn(
						`The policy's review date (${nextReview}) has passed: review the policy and update policy.nextReview in ${file}.`
					);
				}
			},
		},
	};
}
