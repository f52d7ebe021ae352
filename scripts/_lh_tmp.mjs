import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startServer } from './serve.mjs';
import { CHROMIUM_ARGS, findChromium } from './browser.mjs';
const s1 = await startServer({ dir: '/tmp/lh/nojs', port: 4472 });
const s2 = await startServer({ dir: 'build-reference', port: 4473 });
for (const [label, url] of [
	['ref', `${s2.url}/`],
	['nojs', `${s1.url}/`],
	['ref', `${s2.url}/`],
	['nojs', `${s1.url}/`]
]) {
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
	console.log(
		label,
		'perf',
		Math.round(lhr.categories.performance.score * 100),
		'FCP',
		Math.round(a['first-contentful-paint'].numericValue),
		'LCP',
		Math.round(a['largest-contentful-paint'].numericValue),
		'TBT',
		Math.round(a['total-blocking-time'].numericValue),
		'n',
		req.length,
		req.map((r) => r.url.split('/').pop().slice(0, 20)).join(' ')
	);
	await chrome.kill();
}
await s1.close();
await s2.close();
