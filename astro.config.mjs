// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { sidebar } from './src/sidebar.ts';
import { schoolSettingsPath } from './src/school-settings-path.mjs';
import { contentSecurityPolicy } from './src/integrations/content-security-policy.ts';

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
	site: process.env.SITE_URL ?? 'http://localhost:4321',
	base: process.env.BASE_PATH ?? '/',
	// Keep whitespace between inline elements so words never run together around links.
	compressHTML: true,
	vite: {
		resolve: {
			// The school's settings file; SCHOOL_SETTINGS points a build at another school's.
			alias: [{ find: /^school-settings\.yaml/, replacement: schoolSettingsPath() }],
		},
	},
	integrations: [
		starlight({
			title: 'Social Media Policy',
			description: 'How our school community uses social media, and what to do when something goes wrong.',
			markdown: { processedDirs: ['./content/docs/'] },
			sidebar,
			lastUpdated: false,
			pagination: true,
			customCss: ['./src/styles/site.css'],
			routeMiddleware: './src/route-data.ts',
			components: {
				PageTitle: './src/components/starlight/PageTitle.astro',
				MarkdownContent: './src/components/starlight/MarkdownContent.astro',
				Footer: './src/components/starlight/Footer.astro',
				Search: './src/components/starlight/Search.astro',
			},
		}),
		mdx(),
		preact(),
		contentSecurityPolicy(),
	],
});
