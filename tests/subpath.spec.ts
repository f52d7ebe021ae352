import { expect, test } from '@playwright/test';
import { chapters, islandsLive, SUBPATH_ORIGIN, watchErrors } from './helpers';

// The same site built with BASE_PATH=/histoire (npm run build:subpath) and served under /histoire/.
test.describe('a deploy under /histoire/', () => {
	test.use({ baseURL: SUBPATH_ORIGIN });

	test('every link and asset carries the prefix', async ({ page }) => {
		const errors = watchErrors(page);
		const outside: string[] = [];
		page.on('request', (request) => {
			const { pathname } = new URL(request.url());
			if (!pathname.startsWith('/histoire/')) outside.push(pathname);
		});
		await page.goto('/histoire/');
		// Every island has run and asked for what it needs (they wake one per task,
		// maybe after the network has fallen quiet); then nothing more is on its way.
		await islandsLive(page);
		await page.waitForLoadState('networkidle');
		const refs = await page
			.locator('a[href], link[href], script[src], img[src]')
			.evaluateAll((els) =>
				els.map((e) => e.getAttribute('href') ?? e.getAttribute('src') ?? '').filter(Boolean)
			);
		expect(refs.length).toBeGreaterThan(chapters.length);
		for (const ref of refs) {
			if (ref.startsWith('#')) continue;
			const url = new URL(ref, page.url());
			if (url.origin === SUBPATH_ORIGIN) expect(url.pathname, ref).toMatch(/^\/histoire\//);
			else expect(url.href, ref).toMatch(/^https:\/\/example\.org\/histoire\//);
		}
		expect(outside).toEqual([]);
		expect(errors).toEqual([]);
	});

	test('chapter links work and the canonical URL carries the prefix', async ({ page }) => {
		await page.goto('/histoire/');
		await page.getByRole('link', { name: chapters[2].title, exact: true }).click();
		await expect(page).toHaveURL(`/histoire/chapitres/${chapters[2].slug}/`);
		await expect(page.locator('link[rel=canonical]')).toHaveAttribute(
			'href',
			`https://example.org/histoire/chapitres/${chapters[2].slug}/`
		);
	});

	test('the sitemap entries and robots.txt carry the prefix', async ({ request }) => {
		const xml = await (await request.get('/histoire/sitemap.xml')).text();
		const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
		expect(locs.length).toBeGreaterThan(chapters.length);
		for (const loc of locs) expect(loc).toMatch(/^https:\/\/example\.org\/histoire\//);
		const robots = await (await request.get('/histoire/robots.txt')).text();
		expect(robots).toContain('Sitemap: https://example.org/histoire/sitemap.xml');
	});

	test('an unknown path under the prefix gets the 404 page with working styles', async ({
		page
	}) => {
		const response = await page.goto('/histoire/rien/ici/');
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page introuvable');
		const back = page.getByRole('link', { name: 'Revenir au début du récit' });
		await expect(back).toHaveAttribute('href', '/histoire/');
	});
});
