#!/usr/bin/env node
// Screenshots of the built site at the three sizes people use it at (phone,
// portrait kiosk, desktop), to look at what we ship. Serves build/ itself.
// Usage: node scripts/screenshots.mjs [--full] [--port 4180] [/path/ …]
//        → screenshots/<size>-<page>.png (--full: the whole page, not the first screen)
import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './browser.mjs';
import { startServer } from './serve.mjs';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		full: { type: 'boolean', default: false },
		port: { type: 'string', default: process.env.SHOT_PORT ?? '4180' }
	}
});
const sizes = { phone: [360, 780], kiosk: [1080, 1920], desktop: [1440, 900] };
const pages = positionals.length ? positionals : ['/', '/chapitres/le-9-9bis/', '/nope/'];

mkdirSync('screenshots', { recursive: true });
const server = await startServer({ dir: 'build', port: Number(values.port) });
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
	for (const [size, [width, height]] of Object.entries(sizes)) {
		const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
		page.on('console', (m) => m.type() === 'error' && console.log(`console error: ${m.text()}`));
		for (const path of pages) {
			await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
			await page.evaluate(() => document.fonts.ready);
			const name = path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home';
			await page.screenshot({ path: `screenshots/${size}-${name}.png`, fullPage: values.full });
			console.log(`screenshots/${size}-${name}.png`);
		}
		await page.close();
	}
} finally {
	await browser.close();
	await server.close();
}
