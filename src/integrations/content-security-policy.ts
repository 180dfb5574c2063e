import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cspPolicy, hashSource, headersFile, inlineScripts, withCspMeta } from '../lib/csp';

/**
 * After the build, hashes every inline script in every page, and writes one Content-Security-Policy
 * into each page as a <meta> tag and into `_headers` for hosts that read it (Netlify, Cloudflare Pages).
 */
export function contentSecurityPolicy(): AstroIntegration {
	let base = '/';
	return {
		name: 'content-security-policy',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const files = (await readdir(root, { recursive: true }))
					.filter((file) => file.endsWith('.html'))
					.map((file) => join(root, file));
				const pages = await Promise.all(
					files.map(async (file) => ({ file, html: await readFile(file, 'utf8') }))
				);
				const hashes = [
					...new Set(pages.flatMap(({ html }) => inlineScripts(html).map(hashSource))),
				].sort();
				const policy = cspPolicy(hashes, 'meta');
				await Promise.all(
					pages.map(({ file, html }) => writeFile(file, withCspMeta(html, policy)))
				);
				await writeFile(join(root, '_headers'), headersFile(cspPolicy(hashes, 'header'), base));
				logger.info(
					`Content-Security-Policy: ${hashes.length} inline script hashes, in ${pages.length} pages and _headers.`
				);
			},
		},
	};
}
