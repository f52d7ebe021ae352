import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/browser.mjs';

const launchOptions = { executablePath: findChromium(), args: CHROMIUM_ARGS };
/** Each checkout running tests at once sets its own E2E_PORT (the sub-path build uses the next one). */
export const PORT = Number(process.env.E2E_PORT ?? 4173);
export const SUBPATH_PORT = PORT + 1;
const KIOSK = /kiosk\.spec\.ts$/;
/** Whole files whose answers cannot depend on the screen: built files, served files, text. */
const ONCE = /(build|typography|subpath|open-data)\.spec\.ts$/;

/**
 * End-to-end tests run against the production build (`build/`, and the
 * sub-path build in `build-subpath/`), served as a static host would.
 */
export default defineConfig({
	testDir: 'tests',
	testMatch: '**/*.spec.ts',
	fullyParallel: true,
	workers: 2,
	forbidOnly: !!process.env.CI,
	retries: 0,
	/**
	 * Time limits catch a test that hangs, never a slow one: speed is the
	 * benchmark's business (`npm run bench`). The same suite has taken 2.8 times
	 * longer on one of these machines than on another, so the limits leave room
	 * (Playwright's defaults are 30 s a test and 5 s an expectation).
	 */
	timeout: 60_000,
	expect: { timeout: 10_000 },
	reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		trace: 'retain-on-failure',
		launchOptions
	},
	/**
	 * The story's tests run on a phone and on a desktop. A test whose answer
	 * cannot depend on the screen (files, headers, head tags, text without
	 * JavaScript) runs on the desktop only: whole files listed in ONCE, single
	 * tests and groups tagged `@once`. The kiosk's
	 * tests set their own screens (portrait and landscape), in a project of
	 * their own.
	 */
	projects: [
		{
			name: 'phone',
			testIgnore: [KIOSK, ONCE],
			grepInvert: /@once/,
			use: {
				...devices['Pixel 7'],
				viewport: { width: 360, height: 780 },
				launchOptions
			}
		},
		{
			name: 'desktop',
			testIgnore: KIOSK,
			use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 }, launchOptions }
		},
		{
			name: 'kiosk',
			testMatch: KIOSK,
			use: { ...devices['Desktop Chrome'], launchOptions }
		}
	],
	webServer: [
		{
			command: `node scripts/serve.mjs --dir build --port ${PORT}`,
			url: `http://127.0.0.1:${PORT}/`,
			reuseExistingServer: !process.env.CI
		},
		{
			command: `node scripts/serve.mjs --dir build-subpath --port ${SUBPATH_PORT} --base /histoire`,
			url: `http://127.0.0.1:${SUBPATH_PORT}/histoire/`,
			reuseExistingServer: !process.env.CI
		}
	]
});
