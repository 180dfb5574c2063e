import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync } from 'node:fs';
import { parseHeadersFile } from '../../src/lib/csp.ts';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml',
	'.wasm': 'application/wasm',
	'.pdf': 'application/pdf',
};

async function fileFor(root: string, pathname: string): Promise<string | undefined> {
	const path = join(root, normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, ''));
	const info = await stat(path).catch(() => undefined);
	if (info?.isFile()) return path;
	if (info?.isDirectory()) return fileFor(root, join(pathname, 'index.html'));
	return undefined;
}

/**
 * Serves a built site from `root` on a free port on localhost, as a static host would, sending the
 * headers in its `_headers` file (the Content-Security-Policy among them) with every response.
 */
export async function serveStatic(
	root: string,
	base = '/'
): Promise<{ url: string; close: () => Promise<void> }> {
	const headersPath = join(root, '_headers');
	const headers = existsSync(headersPath)
		? parseHeadersFile(readFileSync(headersPath, 'utf8'))
		: {};
	const server: Server = createServer(async (request, response) => {
		for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
		const { pathname } = new URL(request.url ?? '/', 'http://localhost');
		const inBase = pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : undefined;
		const file = inBase === undefined ? undefined : await fileFor(root, inBase);
		if (!file) {
			response.writeHead(404, { 'content-type': types['.html']! });
			response.end(await readFile(join(root, '404.html')).catch(() => 'Not found'));
			return;
		}
		response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
		response.end(await readFile(file));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://localhost:${port}${base}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
