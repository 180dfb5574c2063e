import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

// Chromium's background services try to reach Google; this machine's network is closed, and the site must not need it.
const quietFlags = [
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-quic',
	'--disable-gpu',
	'--no-sandbox',
];

const systemChromes = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable',
];

/** The Chromium to test and print with: CHROME_PATH, then a system Chromium or Chrome, then the one shipped in @sparticuz/chromium. */
export async function findChromium(): Promise<{ path: string; from: string }> {
	const fromEnv = process.env['CHROME_PATH'];
	if (fromEnv) {
		if (!existsSync(fromEnv))
			throw new Error(`CHROME_PATH is set to ${fromEnv}, but there is no file there.`);
		return { path: fromEnv, from: 'CHROME_PATH' };
	}
	const system = systemChromes.find((path) => existsSync(path));
	if (system) return { path: system, from: 'system' };
	const { default: packaged } = await import('@sparticuz/chromium');
	return { path: await packaged.executablePath(), from: '@sparticuz/chromium' };
}

/** Starts the Chromium that findChromium() finds, headless and quiet; `args` adds flags (a debugging port for Lighthouse, say). */
export async function launchBrowser(args: string[] = []): Promise<Browser> {
	const { path } = await findChromium();
	// @sparticuz/chromium's own `args` run it in one process, which dies when a test closes its context: use ours.
	return chromium.launch({ executablePath: path, headless: true, args: [...quietFlags, ...args] });
}
