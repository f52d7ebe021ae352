#!/usr/bin/env node
// The project's benchmark (`npm run bench`): builds the site and, in the same
// run, a bare reference page of the same story (`bench-reference.mjs`: the
// chapters' titles and text in plain HTML, no JavaScript, no web fonts), then
// measures:
//
// 1. Lighthouse 12.2.3, default mobile profile (emulated phone, slow 4G, CPU
//    slowed 4×), RUNS runs a page, median run kept (by performance score, then
//    LCP): the four category scores, FCP, LCP, TBT, CLS, the JavaScript and the
//    total bytes transferred. Our FCP and LCP are also given as ratios to the
//    reference page measured in the same run (targets: ≤ 1.3×).
// 2. The compressed size of the home page's HTML.
// 3. Scroll smoothness (`bench-scroll.mjs`): wheel events at a fixed cadence
//    and gestures, on a phone profile with the CPU slowed 4×, site and
//    reference.
// 4. Kiosk stamina (`bench-kiosk.mjs`): 100 accelerated loops.
//
// Usage: npm run bench [-- --no-build] [-- --runs 5] [-- --skip-kiosk] [-- --skip-scroll]
// Writes bench-results/bench.json and bench-results/bench.md, and prints the tables.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { buildReference } from './bench-reference.mjs';
import { benchScroll, scrollTable } from './bench-scroll.mjs';
import { CHROMIUM_ARGS, findChromium } from './browser.mjs';
import { startServer } from './serve.mjs';
import { readChapters } from './stories.mjs';

const { values } = parseArgs({
	options: {
		'no-build': { type: 'boolean', default: false },
		runs: { type: 'string', default: '5' },
		port: { type: 'string', default: '4400' },
		'skip-kiosk': { type: 'boolean', default: false },
		'skip-scroll': { type: 'boolean', default: false }
	}
});
const RUNS = Number(values.runs);
const PORT = Number(values.port);
const TARGETS = { ratio: 1.3, tbtMs: 50, cls: 0, jsKB: 50, kioskJsKB: 60, htmlKB: 23 };

const log = (message) => console.log(`bench: ${message}`);

if (!values['no-build']) {
	log('building the site (npm run build)…');
	const build = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
	if (build.status !== 0) process.exit(build.status ?? 1);
}
const chromePath = findChromium();
if (!chromePath) {
	console.error('bench: no Chromium found; run `node scripts/ensure-browser.mjs` first.');
	process.exit(1);
}

const chapters = readChapters();
const permalink = chapters.find((c) => c.lang === 'fr' && c.scene === 'inscription');
const permalinkEn = chapters.find((c) => c.lang === 'en' && c.number === permalink.number);
const PAGES = [
	{ name: 'home', path: '/', reference: '/' },
	{ name: 'permalink', path: permalink.path, reference: permalink.path },
	{ name: 'press', path: '/presse/' },
	{ name: 'kiosk', path: '/kiosque/', kiosk: true },
	{ name: 'home, en', path: '/en/' },
	{ name: 'permalink, en', path: permalinkEn.path },
	{ name: 'press, en', path: '/en/presse/' },
	{ name: 'kiosk, en', path: '/en/kiosque/', kiosk: true }
];

buildReference('build-reference');
const site = await startServer({ dir: 'build', port: PORT });
const reference = await startServer({ dir: 'build-reference', port: PORT + 1 });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(1));

const median = (runs) =>
	[...runs].sort((a, b) => b.performance - a.performance || a.lcpMs - b.lcpMs)[
		Math.floor(runs.length / 2)
	];

async function measure(url) {
	const chrome = await chromeLauncher.launch({
		chromePath,
		chromeFlags: ['--headless=new', ...CHROMIUM_ARGS]
	});
	try {
		const { lhr } = await lighthouse(url, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo']
		});
		if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
		const metric = (id) => {
			const value = lhr.audits[id]?.numericValue;
			if (typeof value !== 'number') throw new Error(`no ${id}`);
			return value;
		};
		const requests = lhr.audits['network-requests'].details?.items ?? [];
		const kb = (filter) =>
			Number(
				(requests.filter(filter).reduce((sum, r) => sum + (r.transferSize ?? 0), 0) / 1024).toFixed(
					1
				)
			);
		const score = (id) => Math.round((lhr.categories[id].score ?? 0) * 100);
		return {
			performance: score('performance'),
			accessibility: score('accessibility'),
			bestPractices: score('best-practices'),
			seo: score('seo'),
			fcpMs: Math.round(metric('first-contentful-paint')),
			lcpMs: Math.round(metric('largest-contentful-paint')),
			tbtMs: Math.round(metric('total-blocking-time')),
			cls: Number(metric('cumulative-layout-shift').toFixed(3)),
			jsKB: kb((r) => r.resourceType === 'Script'),
			totalKB: kb(() => true),
			failedAudits: Object.values(lhr.audits)
				.filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
				.map((a) => a.id)
		};
	} finally {
		await chrome.kill();
	}
}

/** Lighthouse sometimes ends a run without a metric (a trace it could not read): such a run is retried, twice at most. */
async function measureOnce(url, label) {
	for (let attempt = 1; ; attempt++) {
		try {
			return await measure(url);
		} catch (error) {
			if (attempt === 3) throw error;
			log(`${label}: that run gave no figures (${error.message}), once more…`);
		}
	}
}

async function lighthouseRuns(url, label) {
	const runs = [];
	for (let i = 1; i <= RUNS; i++) {
		log(`${label}: Lighthouse run ${i}/${RUNS}…`);
		runs.push(await measureOnce(url, label));
	}
	const kept = median(runs);
	return {
		...kept,
		runs: RUNS,
		tbtMaxMs: Math.max(...runs.map((r) => r.tbtMs)),
		clsMax: Math.max(...runs.map((r) => r.cls))
	};
}

const results = { reference: {}, pages: {} };
try {
	for (const page of PAGES.filter((p) => p.reference)) {
		results.reference[page.name] = {
			path: page.reference,
			...(await lighthouseRuns(`${reference.url}${page.reference}`, `reference ${page.reference}`))
		};
	}
	for (const page of PAGES) {
		const url = `${site.url}${page.path}`;
		if ((await fetch(url)).status !== 200) {
			log(`${page.path} answers ${(await fetch(url)).status}: skipped`);
			continue;
		}
		const result = {
			path: page.path,
			kiosk: Boolean(page.kiosk),
			...(await lighthouseRuns(url, page.path))
		};
		const ref = results.reference[page.name] ?? results.reference[page.name.replace(', en', '')];
		if (ref) {
			result.fcpRatio = Number((result.fcpMs / ref.fcpMs).toFixed(2));
			result.lcpRatio = Number((result.lcpMs / ref.lcpMs).toFixed(2));
		}
		results.pages[page.name] = result;
	}
} finally {
	await site.close();
	await reference.close();
}

const htmlGzip = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
results.html = {
	home: { raw: readFileSync('build/index.html').length, gzip: htmlGzip('build/index.html') },
	reference: {
		raw: readFileSync('build-reference/index.html').length,
		gzip: htmlGzip('build-reference/index.html')
	}
};

if (!values['skip-scroll']) {
	results.scroll = await benchScroll({ path: '/', port: PORT + 10, log });
}
if (!values['skip-kiosk']) {
	log('scripts/bench-kiosk.mjs…');
	const run = spawnSync(process.execPath, ['scripts/bench-kiosk.mjs'], { stdio: 'inherit' });
	if (run.status !== 0) log(`bench-kiosk exited with ${run.status}: see its output above`);
	results.kiosk = JSON.parse(readFileSync('bench-results/kiosk.json', 'utf8'));
}

// The report.
const mark = (met) => (met ? '' : ' **missed**');
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
const pageRow = (name, r, isReference = false) => {
	const jsTarget = r.kiosk ? TARGETS.kioskJsKB : TARGETS.jsKB;
	return `| ${name} (\`${r.path}\`) | ${r.performance}${mark(isReference || r.performance === 100)} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${seconds(r.fcpMs)}${r.fcpRatio ? ` (×${r.fcpRatio}${mark(r.fcpRatio <= TARGETS.ratio)})` : ''} | ${seconds(r.lcpMs)}${r.lcpRatio ? ` (×${r.lcpRatio}${mark(r.lcpRatio <= TARGETS.ratio)})` : ''} | ${r.tbtMs} ms (max ${r.tbtMaxMs})${mark(isReference || r.tbtMaxMs <= TARGETS.tbtMs)} | ${r.cls} (max ${r.clsMax})${mark(isReference || r.clsMax <= TARGETS.cls)} | ${r.jsKB} KB${mark(isReference || r.jsKB <= jsTarget)} | ${r.totalKB} KB |`;
};
const lines = [
	`Lighthouse 12.2.3, mobile (default throttling), median of ${RUNS} runs; the reference is the same story as a bare HTML page, measured in the same run. Targets: performance 100, FCP and LCP ≤ ${TARGETS.ratio}× the reference, TBT ≤ ${TARGETS.tbtMs} ms in every run, CLS 0, JavaScript ≤ ${TARGETS.jsKB} KB (kiosk ${TARGETS.kioskJsKB} KB).`,
	'',
	'| page | perf. | a11y | best pr. | SEO | FCP | LCP | TBT | CLS | JS | total |',
	'|---|---|---|---|---|---|---|---|---|---|---|',
	...Object.entries(results.reference).map(([name, r]) => pageRow(`reference ${name}`, r, true)),
	...Object.entries(results.pages).map(([name, r]) => pageRow(name, r)),
	'',
	`HTML of \`/\`: ${(results.html.home.gzip / 1024).toFixed(1)} KB compressed${mark(results.html.home.gzip / 1024 <= TARGETS.htmlKB)} (${(results.html.home.raw / 1024).toFixed(0)} KB raw; the reference: ${(results.html.reference.gzip / 1024).toFixed(1)} KB).`
];
if (results.scroll) lines.push('', scrollTable(results.scroll));
if (results.kiosk) {
	const k = results.kiosk;
	const mb = (bytes) => `${(bytes / 1048576).toFixed(2)} MB`;
	lines.push(
		'',
		`| kiosk, ${k.loops} loops and ${k.switches ?? 0} language switches (${k.viewport.width}×${k.viewport.height}) | after loop 1 | after loop ${k.loops} |`,
		'|---|---|---|',
		`| JS heap after GC | ${mb(k.heap.afterLoop1)} | ${mb(k.heap.afterLastLoop)} (×${k.heap.ratio}) |`,
		`| listeners (whole page) | ${k.afterLoop1.listeners.all} | ${k.afterLastLoop.listeners.all} |`,
		`| scenes following their steps | ${k.afterLoop1.liveScenes ?? 'n/a'} | ${k.afterLastLoop.liveScenes ?? 'n/a'} |`,
		`| DOM nodes | ${k.afterLoop1.domNodes} | ${k.afterLastLoop.domNodes} |`
	);
}
const report = {
	date: new Date().toISOString(),
	lighthouse: '12.2.3, mobile (default throttling)',
	chromium: spawnSync(chromePath, ['--version'], { encoding: 'utf8' }).stdout.trim(),
	targets: TARGETS,
	...results
};
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/bench.json', `${JSON.stringify(report, null, '\t')}\n`);
writeFileSync('bench-results/bench.md', `${lines.join('\n')}\n`);
console.log(`\n${lines.join('\n')}\n`);
for (const [name, r] of Object.entries(results.pages)) {
	if (r.failedAudits.length) log(`${name}: audits not passed: ${r.failedAudits.join(', ')}`);
}
