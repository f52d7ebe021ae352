import { expect, test, type Locator, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { WIDE_QUERY } from '../src/lib/story/markup';
import { chapters, islandsLive, watchErrors } from './helpers';

/*
 * The scenes on the production build, as a reader meets them: the picture
 * stays in view while its chapter's text scrolls, each step brings its own
 * settled picture (compared pixel by pixel, not by class names), scrolling
 * back restores the earlier one, reduced motion changes states without gsap,
 * and without JavaScript every scene shows its last state from its file.
 */

const CROWD = chapters.find((c) => c.scene === 'crowd')!;

/** Records whether any gsap code has been downloaded by the page. */
function watchGsap(page: Page): () => boolean {
	let seen = false;
	page.on('response', async (response) => {
		if (!response.url().endsWith('.js')) return;
		const code = await response.text().catch(() => '');
		if (code.includes('_gsap') || code.includes('GreenSock')) seen = true;
	});
	return () => seen;
}

/**
 * Opens a page, its timers and frames on Playwright's clock (running in real
 * time until a test moves it: see `goToStep`), and waits until it runs (the
 * motion toggle shows once hydrated).
 */
async function open(page: Page, path: string) {
	await page.clock.install();
	await page.goto(path);
	await expect(page.locator('button.motion')).toBeVisible();
}

const section = (page: Page, slug: string) => page.locator(`section#${slug}`);
const stage = (page: Page, slug: string) => section(page, slug).locator('figure.scene');

/**
 * Puts step `index` of a chapter just past the reading line, as a reader
 * scrolling would; then the step's tweens are run to their end at once, on
 * the page's clock (see `open`), instead of being waited for.
 */
async function goToStep(page: Page, slug: string, index: number) {
	const step = section(page, slug).locator('[data-step]').nth(index);
	const state = await step.evaluate((element, wide) => {
		const holder = element.closest('section')!.querySelector<HTMLElement>('.chapter__scene')!;
		const textTop = matchMedia(wide).matches
			? innerHeight * 0.25
			: Math.min(
					innerHeight * 0.6,
					(parseFloat(getComputedStyle(holder).top) || 0) + holder.offsetHeight
				) + 16;
		scrollTo({ top: element.getBoundingClientRect().top + scrollY - textTop, behavior: 'instant' });
		return element.getAttribute('data-state')!;
	}, WIDE_QUERY);
	await expect(stage(page, slug)).toHaveAttribute('data-state', state);
	await page.clock.runFor(1500);
}

/** The picture once it has stopped moving: two shots 250 ms apart that agree. */
async function settledPicture(figure: Locator): Promise<PNG> {
	await expect(figure.locator('svg')).toHaveCount(1);
	let previous = await figure.screenshot({ animations: 'allow' });
	for (let i = 0; i < 20; i++) {
		await figure.page().waitForTimeout(250);
		const shot = await figure.screenshot({ animations: 'allow' });
		if (shot.equals(previous)) return PNG.sync.read(shot);
		previous = shot;
	}
	throw new Error('the picture never settled');
}

/**
 * Share of pixels that differ between two pictures of the same figure (a
 * fractional position may round their sizes a pixel apart: the common area
 * is compared).
 */
function difference(a: PNG, b: PNG): number {
	const width = Math.min(a.width, b.width);
	const height = Math.min(a.height, b.height);
	expect(Math.max(a.width, b.width) - width).toBeLessThanOrEqual(2);
	expect(Math.max(a.height, b.height) - height).toBeLessThanOrEqual(2);
	let differing = 0;
	for (let y = 0; y < height; y++) {
		for (let x = 0; x < width; x++) {
			const i = (y * a.width + x) * 4;
			const j = (y * b.width + x) * 4;
			const delta =
				Math.abs(a.data[i] - b.data[j]) +
				Math.abs(a.data[i + 1] - b.data[j + 1]) +
				Math.abs(a.data[i + 2] - b.data[j + 2]);
			if (delta > 30) differing++;
		}
	}
	return differing / (width * height);
}

/** Share of the figure's height inside the viewport, below the sticky timeline. */
async function shareInView(page: Page, slug: string): Promise<number> {
	return stage(page, slug).evaluate((figure) => {
		const box = figure.getBoundingClientRect();
		const visible = Math.min(box.bottom, innerHeight) - Math.max(box.top, 0);
		return Math.max(0, visible) / box.height;
	});
}

/**
 * The parts of the drawing that disagree with the state shown: a part marked
 * for this state that cannot be seen, or a part of another state that can.
 * "Seen" is what the browser draws: its opacity and its ancestors'. A figure
 * without exactly one drawing is wrong as a whole.
 */
async function misdrawn(page: Page, slug: string): Promise<string[]> {
	return stage(page, slug).evaluate((figure) => {
		const state = Number((figure as HTMLElement).dataset.state);
		const drawings = figure.querySelectorAll('svg');
		if (drawings.length !== 1) return [`${drawings.length} drawings in the figure`];
		const svg = drawings[0];
		const seen = (element: Element) => {
			let opacity = 1;
			for (let at: Element | null = element; at && at !== svg; at = at.parentElement) {
				opacity *= Number(getComputedStyle(at).opacity);
			}
			return opacity > 0.05;
		};
		const wrong: string[] = [];
		for (const part of svg.querySelectorAll('[data-in], [data-out]')) {
			const enters = Number(part.getAttribute('data-in') ?? 0);
			const leaves = Number(part.getAttribute('data-out') ?? Infinity);
			const ancestorsShown = [...svg.querySelectorAll('[data-in], [data-out]')]
				.filter((other) => other !== part && other.contains(part))
				.every((other) => {
					const e = Number(other.getAttribute('data-in') ?? 0);
					const l = Number(other.getAttribute('data-out') ?? Infinity);
					return e <= state && state < l;
				});
			const shown = ancestorsShown && enters <= state && state < leaves;
			if (shown !== seen(part)) {
				wrong.push(
					`<${part.tagName} class="${part.getAttribute('class')}"> ${shown ? 'hidden' : 'showing'} in state ${state}`
				);
			}
		}
		return wrong;
	});
}

async function stepStates(page: Page, slug: string): Promise<string[]> {
	return section(page, slug)
		.locator('[data-step]')
		.evaluateAll((steps) => steps.map((step) => step.getAttribute('data-state')!));
}

function checkSteps(label: string) {
	test(`${label}: each step settles its own picture, and going back restores the earlier one`, async ({
		page
	}) => {
		const errors = watchErrors(page);
		await open(page, `/chapitres/${CROWD.slug}/`);
		const states = await stepStates(page, CROWD.slug);
		const pictures: PNG[] = [];
		for (let i = 0; i < states.length; i++) {
			await goToStep(page, CROWD.slug, i);
			pictures.push(await settledPicture(stage(page, CROWD.slug)));
			expect(await shareInView(page, CROWD.slug), `step ${i}`).toBeGreaterThanOrEqual(0.8);
		}
		for (let i = 1; i < states.length; i++) {
			const changed = difference(pictures[i - 1], pictures[i]);
			if (states[i] === states[i - 1]) expect(changed, `step ${i}, same state`).toBeLessThan(0.002);
			else expect(changed, `step ${i}, new state`).toBeGreaterThan(0.01);
		}
		// Back up, step by step: each earlier picture comes back.
		for (let i = states.length - 2; i >= 0; i--) {
			await goToStep(page, CROWD.slug, i);
			const back = await settledPicture(stage(page, CROWD.slug));
			expect(difference(back, pictures[i]), `back to step ${i}`).toBeLessThan(0.002);
		}
		expect(errors).toEqual([]);
	});
}

checkSteps('with motion');

test.describe('with reduced motion', () => {
	test.use({ reducedMotion: 'reduce' });

	checkSteps('without motion');

	test('no gsap is downloaded, and states still follow the steps', async ({ page }) => {
		const gsapLoaded = watchGsap(page);
		await open(page, `/chapitres/${CROWD.slug}/`);
		const states = await stepStates(page, CROWD.slug);
		for (let i = 0; i < states.length; i++) await goToStep(page, CROWD.slug, i);
		await expect(stage(page, CROWD.slug)).toHaveAttribute('data-mode', 'instant');
		await page.waitForLoadState('networkidle');
		expect(gsapLoaded()).toBe(false);
	});
});

for (const reducedMotion of ['no-preference', 'reduce'] as const) {
	test.describe(`every chapter, ${reducedMotion === 'reduce' ? 'without' : 'with'} motion`, () => {
		test.use({ reducedMotion });
		// Each walk runs on one screen. Where the picture sits depends on the
		// screen, not on motion; what is drawn in each state depends on motion
		// (tweens or instant states), not on the screen. So the walk with motion
		// runs on the desktop and the walk without motion on the phone, whose
		// sticky picture under the strip is the tighter fit: both screens have
		// every chapter's placement checked, and both ways of drawing every
		// state. (Each screen also checks steps both ways on one chapter, above.)
		test.skip(
			({ isMobile }) => isMobile !== (reducedMotion === 'reduce'),
			reducedMotion === 'reduce' ? 'without motion: on the phone' : 'with motion: on the desktop'
		);

		test('its scene stays in view while its text is read, and draws exactly each state it marks', async ({
			page
		}) => {
			// Sixteen chapters, down then back up, every picture waited for until it settles.
			test.setTimeout(240_000);
			await open(page, '/');
			for (const chapter of chapters) {
				const states = await stepStates(page, chapter.slug);
				const seen: string[] = [];
				// Down the chapter, then back up: every state drawn as marked, both ways.
				const order = [...states.keys(), ...[...states.keys()].reverse().slice(1)];
				for (const i of order) {
					await goToStep(page, chapter.slug, i);
					const where = `${chapter.slug}, step ${i}`;
					expect(await shareInView(page, chapter.slug), where).toBeGreaterThanOrEqual(0.8);
					// Polled every 100 ms (not Playwright's 250, 500, 1000 ms backoff): a tween ends within a second.
					await expect
						.poll(() => misdrawn(page, chapter.slug), { message: where, intervals: [100] })
						.toEqual([]);
					if (seen.at(-1) !== states[i]) seen.push(states[i]);
				}
				// Every state of the scene, in order, was on screen.
				const down = seen.slice(0, new Set(states).size);
				expect(down, chapter.slug).toEqual(down.map((_, i) => String(i)));
			}
		});
	});
}

test('the page’s HTML carries no drawing; each scene is a file of its own, loaded as it approaches', async ({
	page,
	request
}) => {
	const html = await (await request.get('/')).text();
	expect(html).not.toContain('class="scene-svg"');
	const requested: string[] = [];
	page.on('request', (r) => {
		if (/\/scenes\/fr\/[a-z-]+\.[0-9a-f]{10}\.svg$/.test(r.url())) requested.push(r.url());
	});
	await open(page, '/');
	// Scene islands wake one per task after the page runs: wait until every
	// scene within a screen of the top has drawn its picture, and every file
	// asked for has become a picture.
	await expect(stage(page, chapters[0].slug).locator('svg')).toHaveCount(1);
	await islandsLive(page);
	const drawn = page.locator('figure.scene svg');
	await expect.poll(async () => requested.length === (await drawn.count())).toBe(true);
	expect(requested.length).toBeGreaterThan(0);
	// Only the scenes near the top of the page, not all sixteen.
	expect(requested.length).toBeLessThan(chapters.length);
	const file = await request.get(requested[0]);
	expect(file.headers()['content-type']).toBe('image/svg+xml');
	expect(file.headers()['cache-control']).toContain('immutable');
});

test('the animations toggle switches the scenes between motion and instant states, for the visit', async ({
	page
}) => {
	const toggle = page.locator('button.motion');
	await open(page, `/chapitres/${CROWD.slug}/`);
	await goToStep(page, CROWD.slug, 1);
	await expect(stage(page, CROWD.slug)).toHaveAttribute('data-mode', 'motion');
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	expect((await toggle.boundingBox())?.height).toBeGreaterThanOrEqual(44);

	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	await expect(stage(page, CROWD.slug)).toHaveAttribute('data-mode', 'instant');
	// No inline style left behind by gsap once it has let go.
	expect(await stage(page, CROWD.slug).locator('svg [style]').count()).toBe(0);

	await page.reload();
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	await goToStep(page, CROWD.slug, 2);
	await expect(stage(page, CROWD.slug)).toHaveAttribute('data-mode', 'instant');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('every scene shows its picture from its file, in its last state', async ({ page }) => {
		await page.goto('/');
		const stills = page.locator('figure.scene img.scene__still');
		await expect(stills).toHaveCount(chapters.length);
		for (const still of await stills.all()) {
			await still.scrollIntoViewIfNeeded();
			await expect
				.poll(() => still.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
				.toBeGreaterThan(0);
			const box = await still.boundingBox();
			expect(box!.width).toBeGreaterThan(200);
		}
		// The file itself, opened on its own, shows its last state: what leaves before it is hidden.
		const src = await stills.nth(2).getAttribute('src');
		await page.goto(src!);
		const shown = await page.evaluate(() => {
			const opacity = (selector: string) =>
				[...document.querySelectorAll(selector)].map((e) => getComputedStyle(e).opacity);
			return { leaving: opacity('[data-out]'), arriving: opacity('[data-in]:not([data-out])') };
		});
		expect(shown.leaving.length).toBeGreaterThan(0);
		expect(new Set(shown.leaving)).toEqual(new Set(['0']));
		expect(new Set(shown.arriving)).toEqual(new Set(['1']));
	});
});

test.describe('on a portrait kiosk screen (1080 × 1920)', () => {
	test.use({ viewport: { width: 1080, height: 1920 } });
	test.skip(({ isMobile }) => isMobile, 'one run is enough');

	checkSteps('portrait');
});

test.describe('on a 360 px phone', () => {
	test.skip(({ isMobile }) => !isMobile, 'phone layout only');

	test('the picture sticks under the timeline strip at under half the screen, and nothing scrolls sideways', async ({
		page
	}) => {
		await open(page, `/chapitres/${CROWD.slug}/`);
		await goToStep(page, CROWD.slug, 1);
		const [figure, strip] = await Promise.all([
			stage(page, CROWD.slug).boundingBox(),
			page.locator('nav.timeline').boundingBox()
		]);
		expect(figure!.y).toBeGreaterThanOrEqual(strip!.y + strip!.height - 1);
		expect(figure!.height).toBeLessThanOrEqual(780 * 0.45);
		const widths = await page.evaluate(() => [
			document.documentElement.scrollWidth,
			document.documentElement.clientWidth
		]);
		expect(widths[0]).toBeLessThanOrEqual(widths[1]);
	});

	test('the address bar showing or hiding moves neither the picture nor the step', async ({
		page
	}) => {
		await open(page, `/chapitres/${CROWD.slug}/`);
		await goToStep(page, CROWD.slug, 1);
		const before = await stage(page, CROWD.slug).evaluate((f) => ({
			top: f.getBoundingClientRect().top,
			state: f.dataset.state,
			y: scrollY
		}));
		await page.setViewportSize({ width: 360, height: 700 });
		await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
		const after = await stage(page, CROWD.slug).evaluate((f) => ({
			top: f.getBoundingClientRect().top,
			state: f.dataset.state,
			y: scrollY
		}));
		expect(after).toEqual(before);
	});
});
