// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { builtSidebar, sidebar } from './src/sidebar.ts';
import { schoolWords as schoolWordsPlugin } from './src/lib/school-words-plugin.ts';
import { bandInRange } from './src/lib/audience.ts';
import { parseObjectFile } from './src/lib/data-file.ts';
import { schoolSchema } from './src/schemas/school.ts';
import { schoolNames } from './src/school-words.ts';
import {
	policySourcePath,
	schoolAliases,
	schoolSettingsPath,
} from './src/school-settings-path.mjs';
import { linesToEditByHand } from './src/lib/policy-wording.ts';
import { contentSecurityPolicy } from './src/integrations/content-security-policy.ts';
import { schoolSettingsWarnings } from './src/integrations/school-settings-warnings.ts';
import { contentContract } from './src/integrations/content-contract.ts';
import { translationWarnings } from './src/integrations/translations.ts';
import { accentCss } from './src/lib/accent.ts';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parse } from 'yaml';
import { english, shippedLanguages } from './src/lib/translation-languages.ts';

// The school's name titles every page; the settings are checked in full by src/school.ts as the site builds.
const settingsPath = schoolSettingsPath();
const {
	name: schoolName,
	languages = [],
	siteUrl,
	accentColour,
} = parse(readFileSync(settingsPath, 'utf8'));

// The languages: English at the root, and each language the school offers under its own path (/pl/, /ur/ …), with
// Starlight's language picker, lang and dir on every page, and Pagefind's index split by language. The school
// chooses them in content/school.yaml (`languages`); none there, and the site is English only, with no picker.
/** @type {import('./src/lib/translation-languages.ts').LanguageCode[]} */
const chosenLanguages = languages.filter((/** @type {string} */ code) => code in shippedLanguages);
/** @type {NonNullable<import('@astrojs/starlight/types').StarlightUserConfig['locales']>} */
const locales = {
	root: { label: english.label, lang: english.lang },
	...Object.fromEntries(
		chosenLanguages.map((code) => {
			const { label, lang, dir } = shippedLanguages[code];
			return [code, { label, lang, dir }];
		})
	),
};

// Where the site is published: SITE_URL and BASE_PATH when set (as a host's build settings do), else the settings'
// `siteUrl` ("https://www.school.sch.uk/policies/social-media/": its origin and its path).
const published =
	typeof siteUrl === 'string' && URL.canParse(siteUrl) ? new URL(siteUrl) : undefined;
const siteOrigin = process.env.SITE_URL ?? published?.origin;
const basePath = process.env.BASE_PATH ?? published?.pathname ?? '/';

/**
 * The school's words for the pages' text ({learners}, {shortName} …) and the ages it teaches, read from its settings
 * for the plugin that fills them in (src/lib/remark-school-words.ts). A mistake in the settings is reported, naming
 * the field: a settings file the schema refuses stops the build here, with the schema's message.
 */
/** @type {unknown} */
let schoolSettingsError;
const schoolWords = (() => {
	try {
		const settings = parseObjectFile(
			readFileSync(settingsPath, 'utf8'),
			schoolSchema,
			relative(process.cwd(), settingsPath)
		);
		return {
			platforms: settings.remoteLearning.platforms,
			learners: settings.learners,
			names: schoolNames(settings),
			/** @param {string} band */
			teachesBand: (band) => bandInRange(band, settings.ageRange),
		};
	} catch (error) {
		schoolSettingsError = error;
		return undefined;
	}
})();

/**
 * Astro marks each page's propagated styles with a "use astro:head-inject" directive, which Rolldown warns
 * it may not preserve, once per page. Astro reads the directive before bundling, so the warning is noise:
 * drop exactly that one and pass every other log on.
 */
/** @type {NonNullable<NonNullable<import('vite').BuildEnvironmentOptions['rolldownOptions']>['onLog']>} */
const dropHeadInjectDirectiveWarning = (level, log, handler) => {
	if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('use astro:head-inject'))
		return;
	handler(level, log);
};

/**
 * Without SITE_URL there is no address to put in a sitemap: Starlight adds @astrojs/sitemap unless an
 * integration of that name is present, and the sitemap then only warns that it is skipping. This stands in
 * for it, so that the build neither writes a sitemap nor warns about it.
 */
const noSitemap = { name: '@astrojs/sitemap', hooks: {} };

/**
 * The sidebar's group names in each language the site is offered in, from content/data/site-words.<language>.yaml
 * (`sidebar`, by the English name); the pages' names are their titles, in the language of the page Starlight links to.
 * @param {any[]} items
 * @param {import('./src/lib/translation-languages.ts').LanguageCode[]} codes
 * @returns {any[]}
 */
function withTranslatedLabels(items, codes) {
	/** @type {Record<string, Record<string, string>>} */
	const words = Object.fromEntries(
		codes.map((code) => [
			code,
			/** @type {{ sidebar?: Record<string, string> }} */ (
				parse(readFileSync(`./content/data/site-words.${code}.yaml`, 'utf8'))
			).sidebar ?? {},
		])
	);
	return items.map((item) => {
		if (typeof item === 'string' || !item.label) return item;
		const translations = Object.fromEntries(
			codes.flatMap((code) =>
				words[code]?.[item.label] ? [[shippedLanguages[code].lang, words[code][item.label]]] : []
			)
		);
		return {
			...item,
			...(Object.keys(translations).length ? { translations } : {}),
			...(item.items ? { items: withTranslatedLabels(item.items, codes) } : {}),
		};
	});
}

/**
 * Puts the school's words into the pages' text and leaves out links to the ages it does not teach
 * (src/lib/school-words-plugin.ts), first among the plugins of Astro's Markdown processor, Sätteri, which Starlight adds its own to.
 * @type {import('astro').AstroIntegration}
 */
const schoolWordsInPages = {
	name: 'school-words',
	hooks: {
		'astro:config:setup': ({ config, logger }) => {
			const processor = /** @type {{ options?: { mdastPlugins?: unknown[] } }} */ (
				config.markdown.processor
			);
			if (schoolSettingsError) throw schoolSettingsError;
			if (!schoolWords || !processor?.options?.mdastPlugins)
				throw new Error(
					'The school’s words cannot be put into the pages: Astro’s Markdown processor takes no plugins here. Hint: check content/school.yaml (npm run check names the field), and that markdown.processor is Sätteri.'
				);
			// A line of the policy text the settings leave ungrammatical, shown for a hand edit.
			const policyFile = policySourcePath();
			for (const { line, text, why } of linesToEditByHand(
				readFileSync(policyFile, 'utf8'),
				schoolWords.platforms
			))
				logger.warn(
					`${relative(process.cwd(), policyFile)}, line ${line}: ${why}.\n  “${text}”\n  Hint: edit that sentence by hand, as the governing body approved it.`
				);
			processor.options.mdastPlugins.unshift(
				schoolWordsPlugin({ names: schoolWords.names, teachesBand: schoolWords.teachesBand })
			);
		},
	},
};

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
	// The public address, for canonical links, the sitemap and printed links. Without SITE_URL the site names no
	// address at all (no canonical link, no sitemap) rather than a development one.
	...(siteOrigin ? { site: siteOrigin } : {}),
	base: basePath,
	// Keep whitespace between inline elements so words never run together around links.
	compressHTML: true,
	vite: {
		// The school's word for its learners, for page addresses (pageUrl in src/lib/url.ts): "for-students".
		define: {
			'import.meta.env.SCHOOL_LEARNERS': JSON.stringify(schoolWords?.learners ?? 'pupils'),
		},
		build: { rolldownOptions: { onLog: dropHeadInjectDirectiveWarning } },
		resolve: {
			// The school's settings and policy text; SCHOOL_SETTINGS and POLICY_SOURCE point a build at another school's.
			alias: schoolAliases(),
		},
	},
	integrations: [
		// First, so that a mistake in content/ is reported before anything else is built.
		contentContract(sidebar),
		schoolWordsInPages,
		starlight({
			title: schoolName,
			description:
				'How our school community uses social media, and what to do when something goes wrong.',
			markdown: { processedDirs: ['./content/docs/'] },
			sidebar: withTranslatedLabels(builtSidebar, chosenLanguages),
			...(Object.keys(locales).length > 1 ? { locales } : {}),
			lastUpdated: false,
			// content/docs/404.mdx is built to 404.html like every other page; Starlight's own 404 route would build
			// the same page a second time, and the build warns that the two clash.
			disable404Route: true,
			pagination: true,
			customCss: [
				'./src/styles/site.css',
				'./src/styles/no-js-theme.css',
				'./src/styles/languages.css',
				'./src/styles/select-icons.css',
				...(chosenLanguages.length > 0 ? ['./src/styles/language-picker.css'] : []),
			],
			// The school's own colour (accentColour in the settings, its contrast checked by the schema) in both themes.
			...(typeof accentColour === 'string' && /^#[0-9a-f]{6}$/i.test(accentColour)
				? { head: [{ tag: 'style', content: accentCss(accentColour) }] }
				: {}),
			routeMiddleware: './src/route-data.ts',
			components: {
				PageTitle: './src/components/starlight/PageTitle.astro',
				MarkdownContent: './src/components/starlight/MarkdownContent.astro',
				Footer: './src/components/starlight/Footer.astro',
				SiteTitle: './src/components/starlight/SiteTitle.astro',
				Search: './src/components/starlight/Search.astro',
				FallbackContentNotice: './src/components/starlight/FallbackContentNotice.astro',
				LanguageSelect: './src/components/starlight/LanguageSelect.astro',
				ThemeSelect: './src/components/starlight/ThemeSelect.astro',
			},
		}),
		mdx(),
		preact(),
		contentSecurityPolicy(),
		...(siteOrigin ? [] : [noSitemap]),
		translationWarnings(),
		schoolSettingsWarnings(settingsPath, relative(process.cwd(), settingsPath)),
	],
});
