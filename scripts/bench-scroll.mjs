#!/usr/bin/env node
// Scroll smoothness as a reader's thumb feels it, on a phone profile (412×915,
// touch, device scale 2.6, CPU slowed 4× through the DevTools protocol), two ways:
//
// - wheel: wheel events of 25 px every 16 ms sent at a fixed cadence through
//   CDP `Input.dispatchMouseEvent`, never waiting for the page (a page that
//   cannot keep up falls behind, as under a thumb), for DURATION seconds or to
//   the end of the page;
// - gesture: 600 px flicks through `Input.synthesizeScrollGesture`, waited for,
//   from the top to the end of the page.
//
// Every animation frame's duration is recorded in the page; the report gives
// the share of frames over 25 ms (under 40 fps) and over 50 ms, and the 95th
// percentile, for the site's page and for the bare reference page of the same
// text (`bench-reference.mjs`), measured in the same run: machines here are
// noisy, ratios are not.
//
// Usage: node scripts/bench-scroll.mjs [--path /] [--reduced] [--seconds 30]
// Writes bench-results/scroll.json and prints a markdown table.
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { buildReference } from './bench-reference.mjs';
import { CHROMIUM_ARGS, findChromium } from './browser.mjs';
import { startServer } from './serve.mjs';

/** How long the wheel runs (and four times that for the gestures), set by `benchScroll`. */
let DURATION_MS = 30_000;
const CPU_SLOWDOWN = 4;
const PHONE = { width: 412, height: 915 };

/** Installs a frame recorder in the page: every requestAnimationFrame interval, in ms. */
const recordFrames = () => {
	const frames = [];
	let last = performance.now();
	const tick = (now) => {
		frames.push(now - last);
		last = now;
		window.__frameId = requestAnimationFrame(tick);
	};
	window.__frames = frames;
	window.__frameId = requestAnimationFrame(tick);
};
const collectFrames = () => {
	cancelAnimationFrame(window.__frameId);
	return window.__frames.slice(1);
};

function summarise(frames) {
	const sorted = [...frames].sort((a, b) => a - b);
	const share = (ms) =>
		Number(((frames.filter((d) => d > ms).length / frames.length) * 100).toFixed(2));
	return {
		frames: frames.length,
		over25ms: share(25),
		over50ms: share(50),
		p95Ms: Number(sorted[Math.floor(sorted.length * 0.95)].toFixed(1)),
		worstMs: Number(sorted.at(-1).toFixed(1))
	};
}

async function openPhone(browser, url, reducedMotion) {
	const context = await browser.newContext({
		viewport: PHONE,
		deviceScaleFactor: 2.625,
		isMobile: true,
		hasTouch: true,
		reducedMotion
	});
	const page = await context.newPage();
	const errors = [];
	page.on('pageerror', (error) => errors.push(error.message));
	const cdp = await context.newCDPSession(page);
	await page.goto(url, { waitUntil: 'networkidle' });
	await page.evaluate(() => document.fonts.ready);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
	return { context, page, cdp, errors };
}

/** Wheel events of 25 px every 16 ms, sent without waiting, for DURATION_MS or to the end. */
async function wheel(browser, url, reducedMotion) {
	const { context, page, cdp, errors } = await openPhone(browser, url, reducedMotion);
	await page.evaluate(recordFrames);
	const started = Date.now();
	let sent = 0;
	await new Promise((resolve) => {
		const timer = setInterval(() => {
			if (Date.now() - started >= DURATION_MS) {
				clearInterval(timer);
				resolve();
				return;
			}
			sent++;
			cdp
				.send('Input.dispatchMouseEvent', {
					type: 'mouseWheel',
					x: PHONE.width / 2,
					y: PHONE.height / 2,
					deltaX: 0,
					deltaY: 25
				})
				.catch(() => {});
		}, 16);
	});
	await page.waitForTimeout(500);
	const frames = await page.evaluate(collectFrames);
	const scrolled = await page.evaluate(() => Math.round(scrollY));
	await context.close();
	return { method: 'wheel', events: sent, scrolledPx: scrolled, ...summarise(frames), errors };
}

/** Flicks of 600 px, each waited for, from the top to the end of the page. */
async function gestures(browser, url, reducedMotion) {
	const { context, page, cdp, errors } = await openPhone(browser, url, reducedMotion);
	await page.evaluate(recordFrames);
	let flicks = 0;
	const started = Date.now();
	for (;;) {
		const { y, max } = await page.evaluate(() => ({
			y: scrollY,
			max: document.documentElement.scrollHeight - innerHeight
		}));
		if (y >= max - 2 || flicks > 600 || Date.now() - started > 4 * DURATION_MS) break;
		await cdp.send('Input.synthesizeScrollGesture', {
			x: PHONE.width / 2,
			y: PHONE.height * 0.7,
			yDistance: -600,
			speed: 1200,
			gestureSourceType: 'default',
			preventFling: true
		});
		flicks++;
	}
	const frames = await page.evaluate(collectFrames);
	const scrolled = await page.evaluate(() => Math.round(scrollY));
	await context.close();
	return { method: 'gesture', events: flicks, scrolledPx: scrolled, ...summarise(frames), errors };
}

export async function benchScroll({
	path = '/',
	port = 4430,
	seconds = 30,
	log = console.log
} = {}) {
	DURATION_MS = seconds * 1000;
	buildReference('build-reference');
	const site = await startServer({ dir: 'build', port });
	const reference = await startServer({ dir: 'build-reference', port: port + 1 });
	const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
	const rows = [];
	try {
		for (const [label, server, reduced] of [
			['reference', reference, 'no-preference'],
			['site', site, 'no-preference'],
			['site, reduced motion', site, 'reduce']
		]) {
			for (const method of [wheel, gestures]) {
				log(`scroll: ${label}, ${method.name}…`);
				rows.push({ page: label, ...(await method(browser, `${server.url}${path}`, reduced)) });
			}
		}
	} finally {
		await browser.close();
		await site.close();
		await reference.close();
	}
	return {
		date: new Date().toISOString(),
		path,
		viewport: `${PHONE.width}×${PHONE.height}, touch`,
		cpuSlowdown: CPU_SLOWDOWN,
		wheel: { deltaPx: 25, everyMs: 16, seconds: DURATION_MS / 1000 },
		rows
	};
}

export function scrollTable(result) {
	return [
		`| scroll \`${result.path}\` (${result.viewport}, CPU ×${result.cpuSlowdown}) | method | frames | over 25 ms | over 50 ms | p95 | worst |`,
		'|---|---|---|---|---|---|---|',
		...result.rows.map(
			(r) =>
				`| ${r.page} | ${r.method} (${r.events} ${r.method === 'wheel' ? 'events' : 'flicks'}, ${r.scrolledPx} px) | ${r.frames} | ${r.over25ms} % | ${r.over50ms} % | ${r.p95Ms} ms | ${r.worstMs} ms |`
		)
	].join('\n');
}

// Run as a command.
// Its options are read here only: imported by bench.mjs, it must not read that script's own.
if (import.meta.url === `file://${process.argv[1]}`) {
	const { values } = parseArgs({
		options: {
			path: { type: 'string', default: '/' },
			seconds: { type: 'string', default: '30' },
			port: { type: 'string', default: '4430' },
			out: { type: 'string', default: 'bench-results/scroll.json' }
		}
	});
	const result = await benchScroll({
		path: values.path,
		port: Number(values.port),
		seconds: Number(values.seconds)
	});
	mkdirSync('bench-results', { recursive: true });
	writeFileSync(values.out, `${JSON.stringify(result, null, '\t')}\n`);
	console.log(scrollTable(result));
}
