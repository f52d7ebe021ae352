#!/usr/bin/env node
// Screenshots of the built site at the three sizes people use it at (phone,
// portrait kiosk, desktop), to look at what we ship. Serves build/ itself.
// Usage: node scripts/screenshots.mjs [/path/ …]  → screenshots/<size>-<page>.png
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './browser.mjs';

const PORT = Number(process.env.SHOT_PORT ?? 4180);
const sizes = { phone: [360, 780], kiosk: [1080, 1920], desktop: [1440, 900] };
const pages = process.argv.slice(2).length
	? process.argv.slice(2)
	: ['/', '/chapitres/le-9-9bis/', '/nope/'];
const full = process.env.FULL === '1';

mkdirSync('screenshots', { recursive: true });
const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(PORT)], {
	stdio: 'ignore'
});
await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
	for (const [size, [width, height]] of Object.entries(sizes)) {
		const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
		page.on('console', (m) => m.type() === 'error' && console.log(`console error: ${m.text()}`));
		for (const path of pages) {
			await page.goto(`http://127.0.0.1:${PORT}${path}`, { waitUntil: 'networkidle' });
			await page.evaluate(() => document.fonts.ready);
			const name = path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home';
			await page.screenshot({ path: `screenshots/${size}-${name}.png`, fullPage: full });
			console.log(`screenshots/${size}-${name}.png`);
		}
		await page.close();
	}
} finally {
	await browser.close();
	server.kill();
}
