import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startServer } from './serve.mjs';
import { CHROMIUM_ARGS, findChromium } from './browser.mjs';
const s1 = await startServer({ dir: 'build', port: 4410 });
const s2 = await startServer({ dir: '/tmp/lh/ref', port: 4411 });
const urls = process.argv.slice(2);
for (const url of urls) {
	const chrome = await chromeLauncher.launch({
		chromePath: findChromium(),
		chromeFlags: ['--headless=new', ...CHROMIUM_ARGS]
	});
	const { lhr } = await lighthouse(url, {
		port: chrome.port,
		output: 'json',
		logLevel: 'error',
		onlyCategories: ['performance']
	});
	const a = lhr.audits;
	const req = a['network-requests'].details.items;
	const js = req.filter((r) => r.resourceType === 'Script').reduce((s, r) => s + r.transferSize, 0);
	console.log(
		url,
		'perf',
		Math.round(lhr.categories.performance.score * 100),
		'FCP',
		Math.round(a['first-contentful-paint'].numericValue),
		'LCP',
		Math.round(a['largest-contentful-paint'].numericValue),
		'TBT',
		Math.round(a['total-blocking-time'].numericValue),
		'CLS',
		a['cumulative-layout-shift'].numericValue.toFixed(3),
		'JS',
		(js / 1024).toFixed(1),
		'total',
		(req.reduce((s, r) => s + r.transferSize, 0) / 1024).toFixed(1)
	);
	await chrome.kill();
}
await s1.close();
await s2.close();
