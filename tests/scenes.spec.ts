import { expect, test, type Browser, type Page } from '@playwright/test';

/*
 * The scroll scenes on the production build. What is asserted, honestly:
 * - gsap and ScrollTrigger are not downloaded when a page opens; they are as
 *   soon as the reader scrolls with scenes within reach (on the home page, at
 *   once: the second chapter's scene is near). Scripts are recognised by
 *   strings only gsap's code contains (`_gsap`, ScrollTrigger's `pin-spacer`).
 * - "Final state" means the figure's markup is exactly what the server sent
 *   (compared with the page loaded without JavaScript).
 */

const CROWD = 'section[data-chapter="3"]';
/** ScrollTriggers each built stage owns, by its `data-scene` (see engine.ts). */
const TRIGGERS = { 'pin+scrub': 2, pin: 1, scrub: 1, still: 0 } as const;

/** Records whether any gsap code has been downloaded by the page. */
function watchGsap(page: Page): () => boolean {
	let seen = false;
	page.on('response', async (response) => {
		if (!response.url().endsWith('.js')) return;
		const code = await response.text().catch(() => '');
		if (code.includes('_gsap') || code.includes('pin-spacer')) seen = true;
	});
	return () => seen;
}

/** Console errors and uncaught exceptions, to assert there are none. */
function watchErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	page.on('pageerror', (error) => errors.push(error.message));
	return errors;
}

/** Each scene's markup as the server sent it: the page loaded without JavaScript. */
async function serverFigures(browser: Browser, path: string): Promise<string[]> {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(path);
	const figures = await page.$$eval('figure.scene', (all) => all.map((f) => f.innerHTML));
	await context.close();
	return figures;
}

const figures = (page: Page) =>
	page.$$eval('figure.scene', (all) => all.map((figure) => figure.innerHTML));

/** Opens a page and waits until it runs (the motion toggle shows once hydrated). */
async function open(page: Page, path: string) {
	await page.goto(path);
	await expect(page.locator('button.motion')).toBeVisible();
}

/** Scrolls to `y` and lets two frames pass, so observers and ScrollTrigger see it. */
async function scrollToY(page: Page, y: number) {
	await page.evaluate(async (top) => {
		scrollTo(0, top);
		await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
	}, y);
}

/** Scrolls the whole page down, a bit more than half a screen at a time. */
async function scrollThrough(page: Page) {
	await page.evaluate(async () => {
		const frames = () =>
			new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
		for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight * 0.6) {
			scrollTo(0, y);
			await frames();
		}
	});
}

/** Page offsets of a chapter's figure, its text and the section. */
function layoutOf(page: Page, section: string) {
	return page.evaluate((selector) => {
		const top = (element: Element) => element.getBoundingClientRect().top + scrollY;
		const figure = document.querySelector(`${selector} figure.scene`)!;
		const slot = figure.closest('.chapter__scene')!;
		const text = document.querySelector<HTMLElement>(`${selector} .chapter__text`)!;
		return {
			figureTop: top(slot),
			textTop: top(text),
			textBottom: top(text) + text.offsetHeight,
			viewport: innerHeight
		};
	}, section);
}

const liveTriggers = (page: Page) => page.evaluate(() => window.__scenes?.live() ?? 0);

/** The ScrollTriggers the built stages on the page account for. */
const ownedTriggers = (page: Page) =>
	page.$$eval(
		'figure.scene[data-scene]',
		(all, weights) =>
			all.reduce((sum, figure) => sum + weights[figure.dataset.scene as keyof typeof weights], 0),
		TRIGGERS
	);

test('the server’s pictures survive hydration, and gsap waits for the first scroll', async ({
	page,
	browser
}) => {
	const gsapLoaded = watchGsap(page);
	const server = await serverFigures(browser, '/');
	expect(server.length).toBeGreaterThanOrEqual(7);
	await open(page, '/');
	await page.waitForLoadState('networkidle');

	expect(await figures(page)).toEqual(server);
	expect(gsapLoaded()).toBe(false);
	expect(await page.evaluate(() => window.__scenes)).toBeUndefined();

	await page.mouse.wheel(0, 300);
	await expect.poll(gsapLoaded).toBe(true);
	await expect.poll(() => page.evaluate(() => typeof window.__scenes)).toBe('object');
});

test('the crowd gathers into its tables as the reader scrolls', async ({ page, browser }) => {
	const still = await browser.newContext({ javaScriptEnabled: false });
	const stillPage = await still.newPage();
	await stillPage.goto('/');
	const finalPath = await stillPage.locator(`${CROWD} .people path`).first().getAttribute('d');
	await still.close();
	expect(finalPath).toMatch(/^M[\d.]+ [\d.]+h0/);
	await open(page, '/');

	// Just below the screen: built, scrubbed, at the start of its animation.
	const layout = await layoutOf(page, CROWD);
	await scrollToY(page, layout.figureTop - layout.viewport - 60);
	await expect(page.locator(`${CROWD} figure.scene`)).toHaveAttribute('data-scene', /scrub/);
	const firstPath = page.locator(`${CROWD} .people path`).first();
	const firstTable = page.locator(`${CROWD} .tables rect`).first();
	await expect.poll(() => firstPath.getAttribute('d')).not.toBe(finalPath);
	expect(await firstTable.evaluate((rect) => getComputedStyle(rect).opacity)).toBe('0');

	// Past the chapter's end: the animation is over, the picture is final.
	await scrollToY(page, layout.textBottom - layout.viewport / 4);
	await expect.poll(() => firstPath.getAttribute('d')).toBe(finalPath);
	await expect.poll(() => firstTable.evaluate((rect) => getComputedStyle(rect).opacity)).toBe('1');
});

test('on a wide screen the scene is pinned beside its text, then released', async ({
	page,
	isMobile
}) => {
	test.skip(isMobile, 'phones show the scene above the text, scrubbed but not pinned');
	await open(page, '/');
	const figure = page.locator(`${CROWD} figure.scene`);
	const layout = await layoutOf(page, CROWD);
	await scrollToY(page, layout.figureTop - layout.viewport - 60);
	await expect(figure).toHaveAttribute('data-scene', 'pin+scrub');
	await expect(page.locator(`${CROWD} .pin-spacer > figure.scene`)).toHaveCount(1);

	const top = () => figure.evaluate((element) => element.getBoundingClientRect().top);
	const position = () => figure.evaluate((element) => getComputedStyle(element).position);
	const middle = (layout.textTop + layout.textBottom) / 2 - layout.viewport / 2;
	await scrollToY(page, middle);
	await expect.poll(position).toBe('fixed');
	const pinnedTop = await top();
	await scrollToY(page, middle + 150);
	expect(await top()).toBeCloseTo(pinnedTop, 0);

	await scrollToY(page, layout.textBottom);
	await expect.poll(position).not.toBe('fixed');
	const releasedTop = await top();
	await scrollToY(page, layout.textBottom + 100);
	expect(await top()).toBeCloseTo(releasedTop - 100, 0);
	const bottom = await figure.evaluate((element) => element.getBoundingClientRect().bottom);
	const textBottom = await page
		.locator(`${CROWD} .chapter__text`)
		.evaluate((element) => element.getBoundingClientRect().bottom);
	expect(bottom).toBeLessThanOrEqual(textBottom + 1);
});

test('on a phone the scene scrolls with the page, above the text, never pinned', async ({
	page,
	isMobile
}) => {
	test.skip(!isMobile, 'wide screens pin the scene');
	await open(page, '/');
	await scrollThrough(page);
	await expect.poll(() => page.locator('figure.scene[data-scene]').count()).toBeGreaterThan(3);
	await expect(page.locator('figure.scene[data-scene*="pin"]')).toHaveCount(0);
	await expect(page.locator('.pin-spacer')).toHaveCount(0);
});

test.describe('with reduced motion', () => {
	test.use({ reducedMotion: 'reduce' });

	test('no gsap, no pin, every scene shows its final picture', async ({ page, browser }) => {
		const gsapLoaded = watchGsap(page);
		const server = await serverFigures(browser, '/');
		await open(page, '/');
		await expect(page.locator('button.motion')).toHaveAttribute('aria-pressed', 'false');
		await scrollThrough(page);
		await page.waitForLoadState('networkidle');

		expect(gsapLoaded()).toBe(false);
		await expect(page.locator('.pin-spacer')).toHaveCount(0);
		await expect(page.locator('figure.scene[data-scene]')).toHaveCount(0);
		expect(await figures(page)).toEqual(server);
	});
});

test('the toggle turns animations off and on, and is remembered for the visit', async ({
	page,
	browser,
	isMobile
}) => {
	const server = await serverFigures(browser, '/');
	const toggle = page.locator('button.motion');
	await open(page, '/');
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	await expect(toggle).toContainText('activées');
	expect((await toggle.boundingBox())?.height).toBeGreaterThanOrEqual(44);

	await scrollThrough(page);
	await expect.poll(() => page.locator('figure.scene[data-scene]').count()).toBeGreaterThan(3);
	await expect.poll(() => liveTriggers(page)).toBeGreaterThan(0);
	if (!isMobile) await expect(page.locator('.pin-spacer').first()).toBeAttached();

	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	await expect(toggle).toContainText('désactivées');
	await expect.poll(() => liveTriggers(page)).toBe(0);
	await expect(page.locator('.pin-spacer')).toHaveCount(0);
	await expect(page.locator('figure.scene[data-scene]')).toHaveCount(0);
	expect(await figures(page)).toEqual(server);

	await page.reload();
	await expect(toggle).toBeVisible();
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	await scrollThrough(page);
	await expect(page.locator('figure.scene[data-scene]')).toHaveCount(0);
	expect(await liveTriggers(page)).toBe(0);

	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	await scrollToY(page, 0);
	await scrollThrough(page);
	await expect.poll(() => page.locator('figure.scene[data-scene]').count()).toBeGreaterThan(3);
	await expect.poll(() => liveTriggers(page)).toBeGreaterThan(0);
});

test('twenty client-side navigations leave only the current page’s triggers, and no error', async ({
	page
}) => {
	test.slow();
	const errors = watchErrors(page);
	await open(page, '/');
	for (let i = 0; i < 20; i++) {
		await page.mouse.wheel(0, 500);
		const from = page.url();
		if (i % 5 === 4) {
			await page.getByRole('link', { name: 'Lire le récit depuis le début' }).click();
		} else if (new URL(from).pathname === '/') {
			const link = page.locator(`section[data-chapter="${(i % 14) + 2}"] h2 a`);
			await link.scrollIntoViewIfNeeded();
			await link.click();
		} else {
			const next = page.locator('a[rel="next"]');
			await next.scrollIntoViewIfNeeded();
			await next.click();
		}
		await page.waitForURL((url) => url.href !== from);
		await expect(page.locator('main h1')).toBeVisible();
	}

	await scrollThrough(page);
	await expect.poll(() => page.locator('figure.scene[data-scene]').count()).toBeGreaterThan(0);
	await expect.poll(() => liveTriggers(page)).toBe(await ownedTriggers(page));
	expect(await liveTriggers(page)).toBe(await ownedTriggers(page));
	// Scenes drawn in the browser after navigating carry their own svg.
	for (const figure of await page.locator('figure.scene').all()) {
		await expect(figure.locator('svg')).toHaveCount(1);
	}
	expect(errors).toEqual([]);
});

test.describe('on a 360 px phone', () => {
	test.skip(({ isMobile }) => !isMobile, 'phone layout only');

	test('nothing scrolls sideways, scenes included', async ({ page }) => {
		for (const path of ['/', '/chapitres/la-conference-permanente/', '/chapitres/le-9-9bis/']) {
			await open(page, path);
			await scrollThrough(page);
			const widths = await page.evaluate(() => [
				document.documentElement.scrollWidth,
				document.documentElement.clientWidth
			]);
			expect(widths[0], path).toBeLessThanOrEqual(widths[1]);
		}
	});

	test('the address bar showing or hiding moves nothing', async ({ page }) => {
		await open(page, '/');
		const layout = await layoutOf(page, CROWD);
		await scrollToY(page, layout.figureTop - layout.viewport - 60);
		await expect(page.locator(`${CROWD} figure.scene`)).toHaveAttribute('data-scene', 'scrub');
		await scrollToY(page, layout.figureTop - 100);
		const before = await page.evaluate(() => ({
			y: scrollY,
			top: document.querySelector('section[data-chapter="3"] figure')!.getBoundingClientRect().top
		}));
		const triggers = await liveTriggers(page);

		await page.setViewportSize({ width: 360, height: 700 });
		await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
		const after = await page.evaluate(() => ({
			y: scrollY,
			top: document.querySelector('section[data-chapter="3"] figure')!.getBoundingClientRect().top
		}));
		expect(after).toEqual(before);
		expect(await liveTriggers(page)).toBe(triggers);
	});
});
