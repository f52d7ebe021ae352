#!/usr/bin/env node
// Stamina benchmark of the museum kiosk: runs the attract loop, switches
// language back and forth many times, then runs the loop many more times,
// accelerated, in Chromium, and reports whether anything grows: JavaScript
// heap (after a forced garbage collection), event listeners, DOM nodes,
// pending timers and animation frames, scenes following their steps; whether the loop stays on
// its chapters (every chapter reached in order, every loop); and whether
// every switch went on from the visitor's chapter.
//
// The loop really scrolls the page through every chapter, frame by frame:
// only its clock runs faster (`window.__kiosk.speed`), so each chapter still
// gets a few frames of scrolling, and the scroll-driven scenes play. A switch
// is what a visitor does: a chapter brought to the top of the screen, a click
// on « English » (or « Français »), the other kiosk page loading, from the
// service worker, in `visitor` state at that chapter. After the last switch
// (an even number of them: back on the museum's French), the pressed « Pause » hands
// the page back to the loop, which runs to the last loop. Before loop 1, a
// first visitor touches the page and hands it back the same way.
//
// Usage: node scripts/bench-kiosk.mjs [--loops 100] [--switches 50] [--speed 100] [--pace 4] [--dir build]
// Writes bench-results/kiosk.json and prints a markdown table. Exits with 1
// when the heap after the last loop is more than 10 % above the heap after
// loop 1, when listeners, nodes, timers or live scenes grew, when the loop
// drifted off its chapters, or when a switch lost the visitor's chapter.
// Needs a production build (`npm run build`).
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './browser.mjs';
import { startServer } from './serve.mjs';

const { values: args } = parseArgs({
	options: {
		loops: { type: 'string', default: '100' },
		switches: { type: 'string', default: '50' },
		speed: { type: 'string', default: '100' },
		pace: { type: 'string', default: '4' },
		dir: { type: 'string', default: 'build' }
	}
});
const LOOPS = Number(args.loops);
/** Back and forth: rounded up to an even number, so the loops run in the museum's language. */
const SWITCHES = Math.ceil(Number(args.switches) / 2) * 2;
const SPEED = Number(args.speed);
const PACE = args.pace;
const DIR = args.dir;
/** The brief's target: heap after the last loop within 10 % of the heap after the first. */
const HEAP_TARGET = 1.1;
const VIEWPORT = { width: 1080, height: 1920 };

if (!(LOOPS >= 2) || !(SPEED > 0) || !(SWITCHES >= 0)) {
	console.error('bench-kiosk: --loops must be at least 2, --speed above 0, --switches 0 or more');
	process.exit(2);
}

/**
 * Runs in the page before its own scripts: counts live timers and animation
 * frames (the page's, the framework's, the scenes'), and checks that the
 * chapter at the top of the screen only ever moves on by one, or from the
 * last back to the top. Constant memory: counters only.
 */
function instrument() {
	const live = { timeouts: new Set(), intervals: new Set(), frames: new Set() };
	const { setTimeout: st, clearTimeout: ct, setInterval: si, clearInterval: ci } = window;
	const { requestAnimationFrame: raf, cancelAnimationFrame: caf } = window;
	window.setTimeout = (fn, ms, ...rest) => {
		const id = st(
			(...a) => {
				live.timeouts.delete(id);
				if (typeof fn === 'function') fn(...a);
			},
			ms,
			...rest
		);
		live.timeouts.add(id);
		return id;
	};
	window.clearTimeout = (id) => {
		live.timeouts.delete(id);
		ct(id);
	};
	window.setInterval = (...a) => {
		const id = si(...a);
		live.intervals.add(id);
		return id;
	};
	window.clearInterval = (id) => {
		live.intervals.delete(id);
		ci(id);
	};
	window.requestAnimationFrame = (fn) => {
		const id = raf((t) => {
			live.frames.delete(id);
			fn(t);
		});
		live.frames.add(id);
		return id;
	};
	window.cancelAnimationFrame = (id) => {
		live.frames.delete(id);
		caf(id);
	};

	// Counted from where this page starts: the top, or the chapter a switch brought.
	const track = { previous: null, drift: 0, wraps: 0, sections: null };
	const onScroll = () => {
		track.sections ??= document.querySelectorAll('main section[id]');
		const line = window.innerHeight * 0.1;
		let current = 0;
		track.sections.forEach((section, i) => {
			if (section.getBoundingClientRect().top <= line) current = i + 1;
		});
		if (current === track.previous) return;
		if (track.previous === null) {
			track.previous = current;
			return;
		}
		const last = track.sections.length;
		// Back to the top: the opening, or chapter 1 when the clock runs so fast
		// that the opening lasts less than a frame.
		if (current <= 1 && track.previous === last) track.wraps += 1;
		else if (current !== track.previous + 1) track.drift += 1;
		track.previous = current;
	};
	window.addEventListener('scroll', onScroll, { passive: true });
	window.__bench = () => ({
		timeouts: live.timeouts.size,
		intervals: live.intervals.size,
		frames: live.frames.size,
		drift: track.drift,
		wraps: track.wraps
	});
}

const server = await startServer({ dir: DIR, port: 0 });
const browser = await chromium.launch({
	executablePath: findChromium(),
	args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc']
});

try {
	const page = await browser.newPage({ viewport: VIEWPORT, deviceScaleFactor: 1 });
	page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
	await page.addInitScript(instrument);
	await page.goto(`${server.url}/kiosque/?pace=${PACE}`);
	await page.waitForFunction(() => window.__kiosk !== undefined);
	const settings = await page.evaluate(() => window.__kiosk.settings);
	if (settings.rejected.length) throw new Error(`pace=${PACE} refused by the kiosk`);
	await page.evaluate((speed) => (window.__kiosk.speed = speed), SPEED);

	const cdp = await page.context().newCDPSession(page);
	const listenersOn = async (expression) => {
		const { result } = await cdp.send('Runtime.evaluate', { expression });
		const { listeners } = await cdp.send('DOMDebugger.getEventListeners', {
			objectId: result.objectId
		});
		await cdp.send('Runtime.releaseObject', { objectId: result.objectId });
		return listeners.length;
	};

	/** Everything that must stay flat, measured after two full garbage collections. */
	const measure = async () => {
		await cdp.send('HeapProfiler.collectGarbage');
		await cdp.send('HeapProfiler.collectGarbage');
		const heap = await cdp.send('Runtime.getHeapUsage');
		const dom = await cdp.send('Memory.getDOMCounters');
		const page_ = await page.evaluate(() => ({
			...window.__bench(),
			kiosk: { frames: window.__kiosk.pendingFrames, timers: window.__kiosk.pendingTimers },
			liveScenes: window.__kiosk.liveScenes,
			state: window.__kiosk.state,
			lang: window.__kiosk.lang
		}));
		return {
			heapBytes: heap.usedSize,
			listeners: {
				window: await listenersOn('window'),
				document: await listenersOn('document'),
				all: dom.jsEventListeners
			},
			domNodes: dom.nodes,
			timers: { timeouts: page_.timeouts, intervals: page_.intervals, frames: page_.frames },
			liveScenes: page_.liveScenes,
			drift: page_.drift,
			wraps: page_.wraps,
			state: page_.state,
			lang: page_.lang
		};
	};

	const waitForLoop = (n) =>
		page.waitForFunction((n) => window.__kiosk.loops >= n, n, { timeout: 0, polling: 100 });

	const started = Date.now();
	// A first visitor: a touch, then the pressed « Pause » toggle. Whatever a page creates once, at its
	// first touch (about 13 listeners and 24 nodes that are not in the document, kept
	// by the browser), is then in every measurement, not only in those after a switch.
	await page.mouse.click(VIEWPORT.width / 2, VIEWPORT.height / 2);
	await page.getByRole('button', { name: 'Pause', exact: true }).click();
	/**
	 * Measures at the same moment of loop `n` every time: its opening, held
	 * still at the top, with the clock then all but stopped while the page is
	 * counted (a scene caught mid-change counts a few nodes more or less).
	 * The last chapter of the loop before is slowed down so that the opening
	 * is not missed between two polls.
	 */
	const chapterCount = await page.locator('main section[data-chapter]').count();
	const atOpening = async (n, measurement) => {
		await page.waitForFunction(
			({ n, last }) =>
				window.__kiosk.loops >= n ||
				(window.__kiosk.loops === n - 1 && window.__kiosk.chapter === last),
			{ n, last: chapterCount },
			{ polling: 'raf', timeout: 0 }
		);
		await page.evaluate(() => (window.__kiosk.speed = 5));
		await page.waitForFunction(
			(n) => {
				const kiosk = window.__kiosk;
				if (kiosk.loops < n || kiosk.stop !== 0 || !kiosk.holding) return false;
				kiosk.speed = 1e-6;
				return true;
			},
			n,
			{ polling: 'raf', timeout: 0 }
		);
		try {
			return await measurement();
		} finally {
			await page.evaluate((speed) => (window.__kiosk.speed = speed), SPEED);
		}
	};

	const first = await atOpening(1, measure);
	console.log(`loop 1/${LOOPS}: heap ${(first.heapBytes / 1e6).toFixed(2)} MB`);

	/**
	 * A visitor brings chapter `chapter`'s heading to the top and switches
	 * language; the other kiosk page must show that chapter, visitor state.
	 */
	let switchesLost = 0;
	const switchAt = async (chapter) => {
		const lang = await page.evaluate((chapter) => {
			const heading = document.querySelector(`section[data-chapter="${chapter}"] .chapter__title`);
			const inset = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
			window.scrollTo(0, heading.getBoundingClientRect().top + window.scrollY - inset);
			return window.__kiosk.lang === 'fr' ? 'en' : 'fr';
		}, chapter);
		await page.click('[data-kiosk-language]');
		await page.waitForFunction((lang) => window.__kiosk?.lang === lang, lang, { polling: 50 });
		// Arrived once the veil is lifted (its fade is the last thing the arrival does).
		await page.waitForFunction(
			() => window.__kiosk.state === 'visitor' && window.__kiosk.pendingFrames === 0,
			null,
			{ polling: 50 }
		);
		if ((await page.evaluate(() => window.__kiosk.chapter)) !== chapter) switchesLost += 1;
	};
	const switchesStarted = Date.now();
	if (SWITCHES > 0) {
		// A touch on the story first: someone is there.
		await page.mouse.click(VIEWPORT.width / 2, VIEWPORT.height / 2);
		const chapters = await page.locator('main section[data-chapter]').count();
		for (let i = 0; i < SWITCHES; i++) await switchAt((i % chapters) + 1);
	}
	const switchSeconds = (Date.now() - switchesStarted) / 1000;
	const afterSwitches = await measure();
	console.log(
		`${SWITCHES} switches (${(switchSeconds / Math.max(1, SWITCHES)).toFixed(2)} s each): heap ${(afterSwitches.heapBytes / 1e6).toFixed(2)} MB, ${switchesLost} lost the chapter`
	);
	// The loop again, in the museum's language, from where the last visitor was.
	const loopsCarried = await page.evaluate(() => window.__kiosk.loops);
	if (SWITCHES > 0) {
		await page.evaluate((speed) => (window.__kiosk.speed = speed), SPEED);
		await page.getByRole('button', { name: 'Pause', exact: true }).click();
	}
	const loop1At = Date.now();
	const every = Math.max(1, Math.round(LOOPS / 10));
	for (let n = 2; n < LOOPS; n++) {
		await waitForLoop(n);
		if (n % every === 0) {
			const heap = await cdp.send('Runtime.getHeapUsage');
			const secs = ((Date.now() - loop1At) / 1000 / Math.max(1, n - loopsCarried)).toFixed(1);
			console.log(
				`loop ${n}/${LOOPS}: heap ${(heap.usedSize / 1e6).toFixed(2)} MB (before GC), ${secs} s a loop`
			);
		}
	}
	const last = await atOpening(LOOPS, measure);
	const elapsed = (Date.now() - started) / 1000;

	const ratio = last.heapBytes / first.heapBytes;
	const loopsHere = LOOPS - loopsCarried;
	const grew = (a, b) => b > a;
	const problems = [];
	if (ratio > HEAP_TARGET) problems.push(`heap grew by ${((ratio - 1) * 100).toFixed(1)} %`);
	for (const key of ['window', 'document', 'all']) {
		if (grew(first.listeners[key], last.listeners[key])) problems.push(`${key} listeners grew`);
	}
	if (grew(first.domNodes, last.domNodes)) problems.push('DOM nodes grew');
	for (const key of ['timeouts', 'intervals', 'frames']) {
		if (grew(first.timers[key], last.timers[key])) problems.push(`pending ${key} grew`);
	}
	if (grew(first.liveScenes ?? 0, last.liveScenes ?? 0)) problems.push('live scenes grew');
	if (last.drift > 0) problems.push(`the loop left its chapter order ${last.drift} times`);
	// The scroll check counts a wrap each time the page goes from the last chapter to the
	// opening, on this page: the loops since the last switch.
	if (last.wraps < loopsHere)
		problems.push(`only ${last.wraps} of ${loopsHere} loops seen going back to the top`);
	if (switchesLost > 0) problems.push(`${switchesLost} switches lost the visitor's chapter`);
	if (last.lang !== 'fr') problems.push(`the loop ended in ${last.lang}, not the museum's French`);

	const result = {
		date: new Date().toISOString(),
		browser: browser.version(),
		viewport: VIEWPORT,
		pace: Number(PACE),
		speed: SPEED,
		loops: LOOPS,
		switches: SWITCHES,
		secondsPerSwitch: Number((switchSeconds / Math.max(1, SWITCHES)).toFixed(2)),
		switchesLost,
		secondsPerLoop: Number(((Date.now() - loop1At) / 1000 / Math.max(1, loopsHere)).toFixed(2)),
		elapsedSeconds: Number(elapsed.toFixed(1)),
		heap: {
			afterLoop1: first.heapBytes,
			afterLastLoop: last.heapBytes,
			ratio: Number(ratio.toFixed(4))
		},
		target: { heapRatioAtMost: HEAP_TARGET },
		afterLoop1: first,
		afterSwitches,
		afterLastLoop: last,
		passed: problems.length === 0,
		problems
	};
	mkdirSync('bench-results', { recursive: true });
	writeFileSync('bench-results/kiosk.json', `${JSON.stringify(result, null, '\t')}\n`);

	const mb = (bytes) => `${(bytes / 1e6).toFixed(2)} MB`;
	const row = (name, get) => [name, get(first), get(afterSwitches), get(last)];
	const rows = [
		row('JS heap (after GC)', (m) => mb(m.heapBytes)),
		row('listeners on window', (m) => m.listeners.window),
		row('listeners on document', (m) => m.listeners.document),
		row('listeners, whole page', (m) => m.listeners.all),
		row('DOM nodes', (m) => m.domNodes),
		row('pending timeouts', (m) => m.timers.timeouts),
		row('intervals', (m) => m.timers.intervals),
		row('pending animation frames', (m) => m.timers.frames),
		row('scenes following their steps', (m) => m.liveScenes ?? 'n/a'),
		row('chapter order broken (times)', (m) => m.drift),
		row('state, language', (m) => `${m.state}, ${m.lang}`)
	];
	console.log(
		`\nKiosk stamina: ${LOOPS} loops and ${SWITCHES} language switches at pace ${PACE}, clock × ${SPEED}, ${VIEWPORT.width}×${VIEWPORT.height}, ${result.secondsPerLoop} s a loop, ${result.secondsPerSwitch} s a switch\n`
	);
	console.log(`| measure | after loop 1 | after ${SWITCHES} switches | after loop ${LOOPS} |`);
	console.log('|---|---:|---:|---:|');
	for (const [name, a, b, c] of rows) console.log(`| ${name} | ${a} | ${b} | ${c} |`);
	console.log(
		`\nSwitches that lost the visitor's chapter: ${switchesLost}. Heap ratio (loop ${LOOPS} / loop 1): ${ratio.toFixed(3)} (target ≤ ${HEAP_TARGET}) — ${
			problems.length ? `FAILED: ${problems.join('; ')}` : 'passed'
		}`
	);
	console.log('Written: bench-results/kiosk.json');
	process.exitCode = problems.length ? 1 : 0;
} finally {
	await browser.close();
	await server.close();
}
