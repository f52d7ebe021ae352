#!/usr/bin/env node
// The project's benchmark: builds the site, serves it as a static host would
// (gzip on), and measures each page with Lighthouse 12 on its default mobile
// profile (emulated Moto G Power, slow 4G, CPU slowed 4×): the four category
// scores, LCP, CLS, TBT, and the bytes transferred on first load (all, and
// JavaScript alone). Each page is measured RUNS times; the median run is kept.
//
// Usage: npm run bench [-- --no-build] [-- --runs 3]
// Writes bench-results/bench.json and bench-results/bench.md, and prints the table.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from './browser.mjs';

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const option = (name, fallback) => {
	const i = argv.indexOf(`--${name}`);
	return i >= 0 ? argv[i + 1] : fallback;
};
const RUNS = Number(option('runs', 3));
const PORT = Number(option('port', 4400));
const PAGES = [
	{ name: 'home', path: '/' },
	{ name: 'chapter', path: '/chapitres/patrimoine-mondial/' }
];
PAGES.push({ name: 'kiosk', path: '/kiosque/' });

const log = (message) => console.log(`bench: ${message}`);

if (!flag('no-build')) {
	log('building the site (npm run build)…');
	const build = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
	if (build.status !== 0) process.exit(build.status ?? 1);
}

const chromePath = findChromium();
if (!chromePath) {
	console.error('bench: no Chromium found; run `node scripts/ensure-browser.mjs` first.');
	process.exit(1);
}

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

const median = (values) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
};

async function measure(url) {
	const chrome = await chromeLauncher.launch({
		chromePath,
		chromeFlags: ['--headless=new', ...CHROMIUM_ARGS]
	});
	try {
		const result = await lighthouse(url, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo']
		});
		const { lhr } = result;
		const requests = lhr.audits['network-requests'].details?.items ?? [];
		const bytes = (filter) =>
			requests.filter(filter).reduce((sum, r) => sum + (r.transferSize ?? 0), 0);
		return {
			performance: Math.round(lhr.categories.performance.score * 100),
			accessibility: Math.round(lhr.categories.accessibility.score * 100),
			bestPractices: Math.round(lhr.categories['best-practices'].score * 100),
			seo: Math.round(lhr.categories.seo.score * 100),
			lcpMs: Math.round(lhr.audits['largest-contentful-paint'].numericValue),
			cls: Number(lhr.audits['cumulative-layout-shift'].numericValue.toFixed(3)),
			tbtMs: Math.round(lhr.audits['total-blocking-time'].numericValue),
			jsKB: Number((bytes((r) => r.resourceType === 'Script') / 1024).toFixed(1)),
			totalKB: Number((bytes(() => true) / 1024).toFixed(1)),
			failedAudits: Object.values(lhr.audits)
				.filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
				.map((a) => a.id)
		};
	} finally {
		await chrome.kill();
	}
}

const results = {};
try {
	for (const page of PAGES) {
		const url = `http://127.0.0.1:${PORT}${page.path}`;
		const head = await fetch(url);
		if (head.status !== 200) {
			log(`${page.path} answers ${head.status}: skipped`);
			continue;
		}
		const runs = [];
		for (let i = 1; i <= RUNS; i++) {
			log(`${page.path}: Lighthouse run ${i}/${RUNS}…`);
			runs.push(await measure(url));
		}
		const lcp = median(runs.map((r) => r.lcpMs));
		results[page.name] = { path: page.path, runs: RUNS, ...runs.find((r) => r.lcpMs === lcp) };
	}
} finally {
	server.kill();
}

const rows = Object.entries(results).map(
	([name, r]) =>
		`| ${name} (\`${r.path}\`) | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${(r.lcpMs / 1000).toFixed(2)} s | ${r.cls} | ${r.tbtMs} ms | ${r.jsKB} KB | ${r.totalKB} KB |`
);
const table = [
	'| page | perf. | a11y | best pr. | SEO | LCP | CLS | TBT | JS (gzip) | total |',
	'|---|---|---|---|---|---|---|---|---|---|',
	...rows
].join('\n');

// The other measurements run as their own scripts (each serves build/ itself,
// prints its progress, and writes its JSON into bench-results/).
for (const script of ['scripts/bench-scroll.mjs', 'scripts/bench-kiosk.mjs']) {
	log(`${script}…`);
	const run = spawnSync(process.execPath, [script], { stdio: 'inherit' });
	if (run.status !== 0) {
		console.error(`bench: ${script} failed (exit ${run.status})`);
		process.exit(1);
	}
}
const scroll = JSON.parse(readFileSync('bench-results/scroll.json', 'utf8'));
const kiosk = JSON.parse(readFileSync('bench-results/kiosk.json', 'utf8'));
const mb = (bytes) => `${(bytes / 1048576).toFixed(2)} MB`;
const extra = [
	'| scroll (360×780, CPU ×4) | frames | over 50 ms | p95 frame |',
	'|---|---|---|---|',
	`| \`${scroll.path}\`, ${scroll.gestures} flicks over ${scroll.pageHeightPx} px | ${scroll.frames} | ${scroll.longFrameShare} % | ${scroll.p95FrameMs} ms |`,
	'',
	`| kiosk, ${kiosk.loops} loops and ${kiosk.switches ?? 0} language switches (${kiosk.viewport.width}×${kiosk.viewport.height}) | after loop 1 | after loop ${kiosk.loops} |`,
	'|---|---|---|',
	`| JS heap after GC | ${mb(kiosk.heap.afterLoop1)} | ${mb(kiosk.heap.afterLastLoop)} (×${kiosk.heap.ratio}) |`,
	`| listeners (whole page) | ${kiosk.afterLoop1.listeners.all} | ${kiosk.afterLastLoop.listeners.all} |`,
	`| live scenes | ${kiosk.afterLoop1.liveScenes ?? 'n/a'} | ${kiosk.afterLastLoop.liveScenes ?? 'n/a'} |`,
	`| DOM nodes | ${kiosk.afterLoop1.domNodes} | ${kiosk.afterLastLoop.domNodes} |`
];

mkdirSync('bench-results', { recursive: true });
const report = {
	date: new Date().toISOString(),
	lighthouse: '12.2.3, mobile (default throttling)',
	chromium: spawnSync(chromePath, ['--version'], { encoding: 'utf8' }).stdout.trim(),
	pages: results,
	scroll,
	kiosk
};
writeFileSync('bench-results/bench.json', `${JSON.stringify(report, null, '\t')}\n`);
writeFileSync('bench-results/bench.md', `${table}\n\n${extra.join('\n')}\n`);
console.log(`\n${table}\n\n${extra.join('\n')}\n`);
for (const [name, r] of Object.entries(results)) {
	if (r.failedAudits.length) log(`${name}: audits not passed: ${r.failedAudits.join(', ')}`);
}
