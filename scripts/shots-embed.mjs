#!/usr/bin/env node
// Screenshots of the embeds as a newspaper shows them: a host page of another
// origin holding a chapter and the timeline with /embed.js, at 320 and 700 px,
// and the « Intégrer » panel at 360×780 and 1440×900. Writes PNGs to screenshots/embed/.
// Usage: node scripts/shots-embed.mjs [--port 4173] [--slug le-9-9bis]
import { createServer } from 'node:http';
import { mkdirSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './browser.mjs';
import { startServer } from './serve.mjs';

const { values } = parseArgs({
	options: {
		port: { type: 'string', default: '4173' },
		slug: { type: 'string', default: 'le-9-9bis' },
		out: { type: 'string', default: 'screenshots/embed' }
	}
});
const port = Number(values.port);
const site = await startServer({ dir: 'build', port });
const origin = `http://127.0.0.1:${port}`;
const siteOrigin = (process.env.SITE_ORIGIN ?? 'https://example.org').replace(/\/+$/, '');
const code = (path, id) => {
	const html = readFileSync(`build${path}index.html`, 'utf8');
	const text = html.match(new RegExp(`id="${id}-code-integration"[^>]*>([^<]*)</textarea>`))[1];
	return text
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&amp;/g, '&')
		.replaceAll(siteOrigin, origin);
};
const body = `<p>Un article de journal, avant le cadre.</p>${code(`/chapitres/${values.slug}/`, values.slug)}<p>Entre les deux cadres.</p>${code('/presse/', 'chronologie')}<p>La fin de l’article.</p>`;
const host = createServer((req, res) => {
	res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
	res.end(
		`<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Journal</title><style>body{margin:0;font:16px Georgia,serif;background:#f4f1ea}main{max-width:var(--w);margin:0 auto;padding:8px}</style></head><body><main>${body}</main></body></html>`
	);
});
await new Promise((done) => host.listen(port + 2, '127.0.0.1', done));
mkdirSync(values.out, { recursive: true });
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
	for (const width of [320, 700]) {
		const page = await browser.newPage({ viewport: { width: width + 16, height: 900 } });
		await page.goto(`http://127.0.0.1:${port + 2}/`);
		for (const frame of await page.locator('iframe').all()) await frame.scrollIntoViewIfNeeded();
		await page.waitForTimeout(2500);
		if (process.env.DEBUG) {
			for (const f of page.frames())
				console.log(
					f.url(),
					await f.evaluate(() => document.body?.innerText.slice(0, 80)).catch((e) => e.message)
				);
			console.log(
				await page
					.locator('iframe')
					.evaluateAll((l) => l.map((f) => f.getBoundingClientRect().height))
			);
		}
		// Frames of another origin are drawn in the screenshot only inside the viewport: make it the page's height.
		const height = await page.evaluate(() => document.documentElement.scrollHeight);
		await page.setViewportSize({ width: width + 16, height });
		await page.waitForTimeout(1000);
		await page.screenshot({ path: `${values.out}/host-${width}.png` });
		await page.close();
	}
	for (const [w, h] of [
		[360, 780],
		[1440, 900]
	]) {
		const page = await browser.newPage({ viewport: { width: w, height: h } });
		await page.goto(`${origin}/chapitres/${values.slug}/`);
		const section = page.locator(`section#${values.slug}`);
		await section.locator('summary', { hasText: /^Intégrer/ }).click();
		await section.getByRole('button', { name: 'Copier le code' }).click();
		await page.waitForTimeout(2500);
		await section.locator('.embed-code').scrollIntoViewIfNeeded();
		await section.locator('.embed-code').screenshot({ path: `${values.out}/panel-${w}.png` });
		await page.close();
	}
} finally {
	await browser.close();
	host.close();
	await site.close();
}
console.log(`screenshots in ${values.out}/`);
