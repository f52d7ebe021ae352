/**
 * The site under its real policy and headers, as scripts/serve.mjs sends them
 * from the build's `_headers` (the file Netlify and Cloudflare Pages read):
 *
 * - the headers on pages, hashed files, other files, unknown addresses, and
 *   under the /histoire sub-path;
 * - each main page scrolled top to bottom with motion on (gsap loaded, its
 *   tweens running), and the kiosk's attract loop left to run: no Content
 *   Security Policy violation, no console message about a policy, no error,
 *   and no request to another host, the kiosk's service worker included.
 */
import { expect, test, type Page } from '@playwright/test';
import {
	chapters,
	islandsLive,
	SUBPATH_ORIGIN,
	watchCsp,
	watchErrors,
	watchHosts
} from './helpers';

const IMMUTABLE = 'public, max-age=31536000, immutable';

test.describe('hosting headers', { tag: '@once' }, () => {
	test('every page and file gets the security headers; hashed files are cached for a year', async ({
		request
	}) => {
		const script = (await (await request.get('/kiosque/')).text()).match(
			/\/_app\/immutable\/[^"]+\.js/
		)?.[0];
		const island = (await (await request.get('/')).text()).match(/\/islands\/[^"]+\.js/)?.[0];
		const scene = (await (await request.get(`/chapitres/${chapters[0].slug}/`)).text()).match(
			/\/scenes\/fr\/[a-z-]+\.[0-9a-f]{10}\.svg/
		)?.[0];
		expect(script).toBeDefined();
		expect(island).toBeDefined();
		expect(scene).toBeDefined();
		const expectations: [string, number, string][] = [
			['/', 200, 'no-cache'],
			['/en/', 200, 'no-cache'],
			[`/chapitres/${chapters[3].slug}/`, 200, 'no-cache'],
			['/presse/', 200, 'no-cache'],
			['/kiosque/', 200, 'no-cache'],
			['/service-worker.js', 200, 'no-cache'],
			['/_app/version.json', 200, 'no-cache'],
			['/une/adresse/inconnue/', 404, 'no-cache'],
			[script!, 200, IMMUTABLE],
			[island!, 200, IMMUTABLE],
			[scene!, 200, IMMUTABLE]
		];
		for (const [path, status, cache] of expectations) {
			const response = await request.get(path);
			const headers = response.headers();
			expect(response.status(), path).toBe(status);
			expect(headers['cache-control'], path).toBe(cache);
			expect(headers['content-security-policy'], path).toMatch(/(^|; )frame-ancestors 'none'(;|$)/);
			expect(headers['content-security-policy'], path).toContain("object-src 'none'");
			expect(headers['x-content-type-options'], path).toBe('nosniff');
			expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
			expect(headers['permissions-policy'], path).toContain('camera=()');
			expect(headers['strict-transport-security'], path).toMatch(/^max-age=\d+/);
		}
	});

	test('the _headers file itself is not served', async ({ request }) => {
		expect((await request.get('/_headers')).status()).toBe(404);
	});

	test('under a sub-path, the same rules apply to the same files', async ({ request }) => {
		const html = await (await request.get(`${SUBPATH_ORIGIN}/histoire/kiosque/`)).text();
		const script = html.match(/\/histoire\/_app\/immutable\/[^"]+\.js/)?.[0];
		expect(script).toBeDefined();
		const asset = await request.get(`${SUBPATH_ORIGIN}${script}`);
		expect(asset.headers()['cache-control']).toBe(IMMUTABLE);
		const page = await request.get(`${SUBPATH_ORIGIN}/histoire/kiosque/`);
		expect(page.headers()['cache-control']).toBe('no-cache');
		expect(page.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
		expect((await request.get(`${SUBPATH_ORIGIN}/histoire/_headers`)).status()).toBe(404);
	});

	test('every page carries its own policy, strict for scripts', async ({ page }) => {
		await page.goto('/');
		const policy = await page
			.locator('meta[http-equiv="content-security-policy"]')
			.getAttribute('content');
		expect(policy).toMatch(/script-src 'self'( 'sha256-[^']+')*;/);
		expect(policy).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
	});
});

/**
 * Starts watching a page (call before `page.goto`): its policy violations,
 * errors and the hosts it and its workers ask. The returned check asserts
 * there were none but the site's own host.
 */
async function watchPolicy(page: Page, baseURL: string): Promise<() => void> {
	const violations = await watchCsp(page);
	const errors = watchErrors(page);
	const hosts = watchHosts(page);
	return () => {
		expect(violations).toEqual([]);
		expect(errors).toEqual([]);
		expect([...hosts]).toEqual([new URL(baseURL).host]);
	};
}

/**
 * Scrolls the page to the bottom a screen at a time, as a reader would
 * (scroll events, scenes approaching): four frames drawn after each step, so
 * that observers and scroll handlers run at every position, all in the page
 * (no round trip a step); then until the scenes at the bottom have drawn.
 */
async function scrollThrough(page: Page) {
	await page.evaluate(async () => {
		const frame = () => new Promise((done) => requestAnimationFrame(done));
		for (let i = 0; i < 400; i++) {
			window.scrollBy({ top: window.innerHeight * 0.7, behavior: 'instant' });
			for (let f = 0; f < 4; f++) await frame();
			if (window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2) break;
		}
	});
	await islandsLive(page);
	// Let the last tweens run.
	await page.waitForTimeout(800);
}

/**
 * The home page runs on both screens (the phone's strip and sticky picture,
 * the desktop's column); the other pages run the same code, on the desktop.
 */
const PAGES = [
	{ path: '/', scenes: true, once: false },
	{ path: `/chapitres/${chapters[9].slug}/`, scenes: true, once: true },
	{ path: '/presse/', scenes: false, once: true },
	{ path: '/en/', scenes: true, once: true }
];

test.describe('under the policy', () => {
	test.use({ reducedMotion: 'no-preference' });
	test.describe.configure({ timeout: 90_000 });

	for (const { path, scenes, once } of PAGES) {
		test(
			`${path}, scrolled top to bottom with motion: no violation, no other host`,
			{
				tag: once ? '@once' : []
			},
			async ({ page, baseURL }) => {
				const clean = await watchPolicy(page, baseURL!);
				await page.goto(path);
				await islandsLive(page);
				await scrollThrough(page);
				if (scenes) {
					// gsap came and drives the scenes: the policy was tested with motion.
					expect(await page.locator('figure.scene[data-mode="motion"]').count()).toBeGreaterThan(0);
					expect(await page.locator('figure.scene svg').count()).toBeGreaterThan(0);
				}
				clean();
			}
		);
	}

	// The kiosk's screens are its own project's; its policy is the same on any screen.
	test(
		'/kiosque/, its attract loop running and its service worker installed: no violation, no other host',
		{
			tag: '@once'
		},
		async ({ page, baseURL }) => {
			const clean = await watchPolicy(page, baseURL!);
			await page.goto('/kiosque/');
			await page.waitForFunction(() => window.__kiosk !== undefined);
			await page.evaluate(() => (window.__kiosk!.speed = 40));
			await expect
				.poll(() => page.evaluate(() => window.__kiosk!.chapter), { timeout: 60_000 })
				.toBeGreaterThanOrEqual(4);
			expect(await page.evaluate(() => window.__kiosk!.state)).toBe('attract');
			expect(await page.locator('figure.scene[data-mode="motion"]').count()).toBeGreaterThan(0);
			// The worker was allowed (worker-src 'self') and cached the kiosk.
			expect(
				await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.scriptURL)
			).toMatch(/\/service-worker\.js$/);
			clean();
		}
	);
});
