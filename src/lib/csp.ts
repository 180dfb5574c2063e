import { createHash } from 'node:crypto';

/**
 * The site's Content-Security-Policy. Scripts run only from the site itself or, for the small inline
 * scripts that Starlight and Astro write into each page, when their hash is listed: no 'unsafe-inline'.
 */

/** The text of every inline <script> in a page (those with no src), as the browser hashes it. */
export function inlineScripts(html: string): string[] {
	return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
		.filter(
			([, attributes]) =>
				!/\bsrc\s*=/.test(attributes ?? '') &&
				!/type\s*=\s*["']?application\/(ld\+)?json/i.test(attributes ?? '')
		)
		.map(([, , text]) => text ?? '');
}

export function hashSource(text: string): string {
	return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The policy. `frame-ancestors` only works in an HTTP header (browsers ignore it, with a warning, in a
 * <meta> tag), so it is added for the header form alone.
 */
export function cspPolicy(scriptHashes: readonly string[], form: 'meta' | 'header'): string {
	const directives: [string, ...string[]][] = [
		['default-src', "'self'"],
		// Pagefind's search runs as WebAssembly, which needs 'wasm-unsafe-eval' (it cannot run JavaScript from strings).
		['script-src', "'self'", "'wasm-unsafe-eval'", ...scriptHashes],
		// Starlight and Astro set style attributes; styles cannot run code, so inline styles are allowed.
		['style-src', "'self'", "'unsafe-inline'"],
		['img-src', "'self'", 'data:'],
		['font-src', "'self'"],
		['connect-src', "'self'"],
		['worker-src', "'self'", 'blob:'],
		['manifest-src', "'self'"],
		['object-src', "'none'"],
		['base-uri', "'self'"],
		['form-action', "'self'"],
		...(form === 'header' ? ([['frame-ancestors', "'none'"]] as [string, ...string[]][]) : []),
	];
	return directives.map((parts) => parts.join(' ')).join('; ');
}

/** Puts the policy in a page's <head>, before any script, so that it covers them all. */
export function withCspMeta(html: string, policy: string): string {
	const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
	if (html.includes('http-equiv="Content-Security-Policy"')) return html;
	return html.replace(/<head>|<head\s[^>]*>/i, (head) => `${head}${meta}`);
}

/** The other headers a static site should send, alongside the policy. */
export const securityHeaders: Record<string, string> = {
	'Referrer-Policy': 'no-referrer',
	'X-Content-Type-Options': 'nosniff',
	'Permissions-Policy':
		'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
	'Cross-Origin-Opener-Policy': 'same-origin',
	'X-Frame-Options': 'DENY',
};

/** A `_headers` file, as Netlify and Cloudflare Pages read it, applying the headers to every page. */
export function headersFile(policy: string, base = '/'): string {
	const headers = { 'Content-Security-Policy': policy, ...securityHeaders };
	return `${base.replace(/\/?$/, '/')}*\n${Object.entries(headers)
		.map(([name, value]) => `  ${name}: ${value}`)
		.join('\n')}\n`;
}

/** Reads a `_headers` file back: the headers for every path. */
export function parseHeadersFile(text: string): Record<string, string> {
	return Object.fromEntries(
		text
			.split('\n')
			.filter((line) => /^\s+\S/.test(line))
			.map((line) => {
				const at = line.indexOf(':');
				return [line.slice(0, at).trim(), line.slice(at + 1).trim()];
			})
	);
}
