#!/usr/bin/env node
// Finds a Chromium for the end-to-end tests, or installs one:
// 1. CHROMIUM_PATH, or a system Chromium/Chrome on the PATH's usual places;
// 2. on Debian/Ubuntu as root: `apt-get install chromium`;
// 3. elsewhere: Playwright's own download (`playwright install chromium`).
// Prints where it found the browser, or exactly what to do when it cannot.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { bundledChromium, findChromium, systemChromium } from './browser.mjs';

function run(command, args) {
	console.log(`ensure-browser: ${command} ${args.join(' ')}`);
	return (
		spawnSync(command, args, {
			stdio: 'inherit',
			env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
		}).status === 0
	);
}

let path = findChromium();
if (!path) {
	const isRoot = process.getuid?.() === 0;
	const hasApt = existsSync('/usr/bin/apt-get');
	if (isRoot && hasApt) {
		run('apt-get', ['update', '-qq']);
		run('apt-get', ['install', '-y', '-qq', 'chromium']);
		path = systemChromium();
	}
	if (!path) {
		run(process.execPath, ['node_modules/@playwright/test/cli.js', 'install', 'chromium']);
		path = bundledChromium();
	}
}

if (!path) {
	console.error(`
ensure-browser: no Chromium found, and none could be installed.
  - On Debian or Ubuntu, as root:   apt-get install -y chromium
  - Elsewhere, with internet:       npx playwright install chromium
  - Or point to an installed one:   CHROMIUM_PATH=/path/to/chrome npm test
`);
	process.exit(1);
}

const version = execFileSync(path, ['--version'], { encoding: 'utf8' }).trim();
console.log(`ensure-browser: using ${path} (${version})`);
