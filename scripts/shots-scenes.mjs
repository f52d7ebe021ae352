#!/usr/bin/env node
// The scene gallery: every state of every scene, as a reader sees it, at
// 360×780 (phone) and 1440×900 (desktop), in screenshots/scenes/. For each
// chapter it opens the chapter's permalink, scrolls each step to the reading
// line as a reader would, waits for the picture to settle, and photographs
// the screen. Serves build/ itself (run `npm run build` first).
//
// Usage: node scripts/shots-scenes.mjs [--scene crowd] [--lang fr|en] [--size phone|desktop|kiosk] [--reduced]
import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './browser.mjs';
import { startServer } from './serve.mjs';
import { readChapters } from './stories.mjs';

const { values } = parseArgs({
	options: {
		scene: { type: 'string', multiple: true },
		lang: { type: 'string', multiple: true },
		size: { type: 'string', multiple: true },
		reduced: { type: 'boolean', default: false },
		out: { type: 'string', default: 'screenshots/scenes' }
	}
});
const SIZES = { phone: [360, 780], desktop: [1440, 900], kiosk: [1080, 1920] };
const sizes = values.size ?? ['phone', 'desktop'];
for (const size of sizes) {
	if (!SIZES[size]) throw new Error(`--size ${size}: one of ${Object.keys(SIZES).join(', ')}`);
}
const chapters = readChapters().filter(
	(c) =>
		(!values.scene || values.scene.includes(c.scene)) &&
		(!values.lang || values.lang.includes(c.lang))
);
if (chapters.length === 0) throw new Error('no chapter matches --scene / --lang');

mkdirSync(values.out, { recursive: true });
const server = await startServer({ dir: 'build', port: Number(process.env.SHOT_PORT ?? 4180) });
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
let written = 0;
const total = chapters.reduce((n, c) => n + new Set(c.steps).size, 0) * sizes.length;
try {
	for (const size of sizes) {
		const [width, height] = SIZES[size];
		const page = await browser.newPage({
			viewport: { width, height },
			reducedMotion: values.reduced ? 'reduce' : 'no-preference'
		});
		page.on('pageerror', (error) => console.log(`page error: ${error.message}`));
		for (const chapter of chapters) {
			await page.goto(`${server.url}${chapter.path}`, { waitUntil: 'networkidle' });
			await page.evaluate(() => document.fonts.ready);
			// The scene's island wakes after load (one island per task): wait for its drawing.
			await page.waitForFunction(
				(slug) => document.querySelector(`#${slug} figure.scene svg`),
				chapter.slug,
				{ timeout: 15_000 }
			);
			const figure = page.locator(`#${chapter.slug} figure.scene`);
			const steps = page.locator(`#${chapter.slug} [data-step]`);
			const count = await steps.count();
			const seen = new Set();
			for (let i = 0; i < count; i++) {
				const state = await steps.nth(i).getAttribute('data-state');
				if (seen.has(state)) continue;
				seen.add(state);
				// The step's top just past the reading line: below the picture on phones, mid-screen on wide ones.
				await steps.nth(i).evaluate((step) => {
					const holder = step.closest('section')?.querySelector('.chapter__scene');
					const wide = matchMedia('(min-width: 64rem) and (orientation: landscape)').matches;
					const below = holder
						? (parseFloat(getComputedStyle(holder).top) || 0) + holder.offsetHeight
						: 0;
					const y = wide ? innerHeight * 0.25 : Math.min(innerHeight * 0.6, below) + 16;
					scrollTo({ top: step.getBoundingClientRect().top + scrollY - y, behavior: 'instant' });
				});
				await page.waitForFunction(
					([el, s]) => el?.dataset.state === s && el.querySelector('svg'),
					[await figure.elementHandle(), state],
					{ timeout: 5000 }
				);
				// Let the tween settle (at most 1 s).
				await page.waitForTimeout(1300);
				const name = `${chapter.scene}-${chapter.lang}-${size}-${String(state).padStart(2, '0')}-${chapter.states[state]}.png`;
				await page.screenshot({ path: `${values.out}/${name}` });
				written += 1;
				console.log(`[${written}/${total}] ${values.out}/${name}`);
			}
		}
		await page.close();
	}
} finally {
	await browser.close();
	await server.close();
}
