import { describe, expect, it } from 'vitest';
import {
	cspPolicy,
	hashSource,
	headersFile,
	inlineScripts,
	parseHeadersFile,
	withCspMeta,
} from '../../src/lib/csp';

describe('the Content-Security-Policy', () => {
	it('finds inline scripts, but not external ones or JSON data', () => {
		const html =
			'<script>a()</script><script type="module">b()</script><script src="/x.js"></script><script type="application/json">{}</script>';
		expect(inlineScripts(html)).toEqual(['a()', 'b()']);
	});

	it('hashes a script as browsers do', () => {
		// echo -n "alert(1)" | openssl dgst -sha256 -binary | base64
		expect(hashSource('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
	});

	it('never allows inline scripts without a hash, and keeps frame-ancestors to the header', () => {
		const meta = cspPolicy(["'sha256-x'"], 'meta');
		expect(meta).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-x'/);
		expect(meta).not.toMatch(/script-src[^;]*unsafe-inline/);
		expect(meta).not.toMatch(/frame-ancestors/);
		expect(cspPolicy([], 'header')).toMatch(/frame-ancestors 'none'/);
	});

	it('goes first in the head, once', () => {
		const page = withCspMeta(
			'<html><head><script>a()</script></head></html>',
			"default-src 'self'"
		);
		expect(page).toBe(
			`<html><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'"><script>a()</script></head></html>`
		);
		expect(withCspMeta(page, 'other')).toBe(page);
	});

	it('writes a _headers file that reads back', () => {
		const file = headersFile("default-src 'self'", '/policies/');
		expect(file.split('\n')[0]).toBe('/policies/*');
		expect(parseHeadersFile(file)).toMatchObject({
			'Content-Security-Policy': "default-src 'self'",
			'X-Content-Type-Options': 'nosniff',
		});
	});
});
