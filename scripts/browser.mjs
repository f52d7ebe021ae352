// Where the tests and the benchmark find Chromium, and how they start it.
// Debian's Chromium is preferred (Playwright cannot download browsers on every
// machine); Playwright's own build is the fallback.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_PATHS = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable'
];

/** The flags a headless Chromium needs on these machines (closed network, root, no GPU). */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-dev-shm-usage',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic'
];

export function systemChromium() {
	return [process.env.CHROMIUM_PATH, ...SYSTEM_PATHS].find((path) => path && existsSync(path));
}

export function bundledChromium() {
	try {
		const path = chromium.executablePath();
		return existsSync(path) ? path : undefined;
	} catch {
		return undefined;
	}
}

/** `executablePath` for Playwright: the system browser, or undefined for Playwright's own. */
export function findChromium() {
	return systemChromium() ?? bundledChromium();
}
