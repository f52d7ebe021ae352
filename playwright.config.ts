import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/browser.mjs';

const launchOptions = { executablePath: findChromium(), args: CHROMIUM_ARGS };
/** Each checkout running tests at once sets its own E2E_PORT (the sub-path build uses the next one). */
export const PORT = Number(process.env.E2E_PORT ?? 4173);
export const SUBPATH_PORT = PORT + 1;

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
	reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		trace: 'retain-on-failure',
		launchOptions
	},
	projects: [
		{
			name: 'phone',
			use: {
				...devices['Pixel 7'],
				viewport: { width: 360, height: 780 },
				launchOptions
			}
		},
		{
			name: 'desktop',
			use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 }, launchOptions }
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
