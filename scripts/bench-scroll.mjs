#!/usr/bin/env node
// Scroll smoothness: the whole story at / scrolled from top to bottom on a
// phone profile (360×780, touch, CPU slowed 4× through the DevTools protocol),
// with real compositor scroll gestures. Every animation frame's duration is
// recorded in the page; we report the share of frames over 50 ms and the 95th
// percentile. Serves build/ itself (run `npm run build` first).
//
// Usage: node scripts/bench-scroll.mjs [--port 4410] [--path /]
// Writes bench-results/scroll.json and prints one markdown table row.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './browser.mjs';

const argv = process.argv.slice(2);
const option = (name, fallback) => {
	const i = argv.indexOf(`--${name}`);
	return i >= 0 ? argv[i + 1] : fallback;
};
const PORT = Number(option('port', 4410));
const PATH = option('path', '/');
const CPU_SLOWDOWN = 4;
const LONG_FRAME_MS = 50;

const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(PORT)], {
	stdio: ['ignore', 'pipe', 'inherit']
});
for (const signal of ['SIGINT', 'SIGTERM']) {
	process.on(signal, () => {
		server.kill();
		process.exit(1);
	});
}
await new Promise((resolve, reject) => {
	server.stdout.once('data', resolve);
	server.once('exit', (code) => reject(new Error(`the static server stopped (exit ${code})`)));
});
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });

try {
	const context = await browser.newContext({
		viewport: { width: 360, height: 780 },
		deviceScaleFactor: 2,
		isMobile: true,
		hasTouch: true
	});
	const page = await context.newPage();
	const errors = [];
	page.on('pageerror', (error) => errors.push(error.message));
	const cdp = await context.newCDPSession(page);
	await page.goto(`http://127.0.0.1:${PORT}${PATH}`, { waitUntil: 'networkidle' });
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });

	await page.evaluate(() => {
		const frames = [];
		let last = performance.now();
		const tick = (now) => {
			frames.push(now - last);
			last = now;
			window.__frames = frames;
			window.__rafId = requestAnimationFrame(tick);
		};
		window.__rafId = requestAnimationFrame(tick);
	});

	const height = await page.evaluate(() => document.documentElement.scrollHeight);
	let gestures = 0;
	const started = Date.now();
	for (;;) {
		const { y, max } = await page.evaluate(() => ({
			y: scrollY,
			max: document.documentElement.scrollHeight - innerHeight
		}));
		if (y >= max - 2 || gestures > 400) break;
		// A flick: 600 px at 1,200 px/s through the compositor. Headless Chromium
		// here delivers no 'touch' gestures (the page never moves), so the
		// platform's default source is used.
		await cdp.send('Input.synthesizeScrollGesture', {
			x: 180,
			y: 500,
			yDistance: -600,
			speed: 1200,
			gestureSourceType: 'default',
			preventFling: true
		});
		gestures++;
	}
	const seconds = (Date.now() - started) / 1000;
	const frames = await page.evaluate(() => {
		cancelAnimationFrame(window.__rafId);
		return window.__frames.slice(1);
	});
	const sorted = [...frames].sort((a, b) => a - b);
	const p95 = sorted[Math.floor(sorted.length * 0.95)];
	const long = frames.filter((d) => d > LONG_FRAME_MS).length;
	const result = {
		date: new Date().toISOString(),
		path: PATH,
		viewport: '360×780, touch',
		cpuSlowdown: CPU_SLOWDOWN,
		pageHeightPx: height,
		gestures,
		seconds: Number(seconds.toFixed(1)),
		frames: frames.length,
		longFrames: long,
		longFrameShare: Number(((long / frames.length) * 100).toFixed(2)),
		p95FrameMs: Number(p95.toFixed(1)),
		pageErrors: errors
	};
	mkdirSync('bench-results', { recursive: true });
	writeFileSync('bench-results/scroll.json', `${JSON.stringify(result, null, '\t')}\n`);
	console.log(
		`| scroll \`${PATH}\` (360×780, CPU ×${CPU_SLOWDOWN}) | ${result.frames} frames | ${result.longFrameShare} % over ${LONG_FRAME_MS} ms | p95 ${result.p95FrameMs} ms | ${gestures} flicks over ${height} px |`
	);
	if (errors.length) console.log(`page errors: ${errors.join('; ')}`);
} finally {
	await browser.close();
	server.kill();
}
