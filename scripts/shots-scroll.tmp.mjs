import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './browser.mjs';
const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', '4461'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
for (const [w, h, name] of [[360, 780, 'phone'], [1440, 900, 'desktop']]) {
	const page = await browser.newPage({ viewport: { width: w, height: h } });
	await page.goto('http://127.0.0.1:4461/');
	for (const slug of ['la-conference-permanente', 'wingles-la-metropole-et-le-bassin', 'patrimoine-mondial', 'et-aujourd-hui']) {
		await page.evaluate((s) => document.getElementById(s).scrollIntoView(), slug);
		await page.mouse.wheel(0, 300);
		await page.waitForTimeout(1500);
		await page.screenshot({ path: `screenshots/scroll-${name}-${slug}.png` });
	}
	await page.close();
}
await browser.close();
server.kill();
