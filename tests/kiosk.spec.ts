import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { SUBPATH_PORT } from '../playwright.config';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { chapters, englishChapters, focusRing, type FocusRing } from './helpers';
import { GLIDE_SECONDS, STEP_SECONDS } from '../src/lib/kiosk/pace';

/**
 * The museum kiosk (/kiosque/) on the production build, at the two screens
 * museums use: portrait 1080×1920 and landscape 1920×1080, touch enabled.
 * Time is Playwright's fake clock: the loop, the idle time and the countdown
 * move only when the test says so, so nothing here waits on real time.
 */

const SCREENS = [
	{ name: 'portrait', width: 1080, height: 1920 },
	{ name: 'landscape', width: 1920, height: 1080 }
];

/** How many chapters the story has, from stories/ (never typed in). */
const CHAPTERS = chapters.length;

/** What a page's layout-shift observer adds up (the loop test's). */
interface LayoutShift extends PerformanceEntry {
	value: number;
	sources: { node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
}
declare global {
	interface Window {
		__shifts?: number;
		__shiftedNodes?: string[];
	}
}
const START = new Date('2025-06-02T09:00:00');

// The kiosk's screens are set below; it runs in the config's `kiosk` project only.

/**
 * Pauses the fake clock (installed at `START`) five seconds after the start,
 * or half a second after the page's present if its load took longer than that
 * (a loaded machine, a CPU slowed for the test): the clock runs in real time
 * until paused, and cannot be paused in its past.
 */
async function pauseClock(page: Page) {
	for (let tries = 1; ; tries++) {
		const now = await page.evaluate(() => Date.now());
		try {
			await page.clock.pauseAt(new Date(Math.max(START.getTime() + 5000, now + 500)));
			return;
		} catch (error) {
			if (tries === 3 || !String(error).includes('to the past')) throw error;
		}
	}
}

/** Opens the kiosk on a fake clock, paused a few seconds after the start. */
async function openKiosk(page: Page, query = '', path = '/kiosque/') {
	await page.clock.install({ time: START });
	await page.goto(`${path}${query}`);
	await page.waitForFunction(() => window.__kiosk !== undefined);
	await pauseClock(page);
}

const kiosk = (page: Page) => page.evaluate(() => ({ ...window.__kiosk! }));

/**
 * Waits until both languages' kiosk pages have their service worker running
 * (so both are cached), this page's in control. Polled from here: an async
 * predicate given to `waitForFunction` would be a promise, true at once.
 */
async function bothKiosksCached(page: Page) {
	const ready = () =>
		page.evaluate(async () => {
			const registrations = await navigator.serviceWorker.getRegistrations();
			return (
				registrations.length === 2 &&
				registrations.every((registration) => registration.active) &&
				navigator.serviceWorker.controller !== null
			);
		});
	await expect.poll(ready, { timeout: 20_000 }).toBe(true);
}
const scrollY = (page: Page) => page.evaluate(() => Math.round(window.scrollY));

/** The kiosk page in each language, as its address's path says. */
const KIOSK_PATH = { fr: '/kiosque/', en: '/en/kiosque/' } as const;

/**
 * Waits for the kiosk page in `lang` to be running, after a page load the
 * kiosk made itself (a change of language, a reset), and lets its veil lift.
 * The fake clock goes on in the new page; it only moves when told to.
 */
async function arrivedIn(page: Page, lang: 'fr' | 'en', query: string) {
	await page.waitForURL((url) => url.pathname === KIOSK_PATH[lang] && url.search === query);
	await page.waitForFunction((lang) => window.__kiosk?.lang === lang, lang);
	// The new page waits for its fonts (at most 1 s), then lifts the veil.
	await page.clock.runFor(1500);
}

/**
 * Taps the language button (« English » or « Français ») and lets the veil
 * fall over the page. The page first checks that the other kiosk can be opened
 * (a fetch, in real time): the paused clock runs only once it has decided to go.
 */
async function tapLanguage(page: Page, name: 'English' | 'Français') {
	await page.getByRole('button', { name, exact: true }).tap();
	await page.waitForFunction(() => window.__kiosk?.leaving === true);
	await page.clock.runFor(500);
}

/** The text a QR code on the page encodes. */
async function decodeQr(code: Locator): Promise<string | undefined> {
	const png = PNG.sync.read(await code.screenshot());
	return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

/**
 * The chapter being read, found on the page itself (not from the kiosk's own
 * report): the last section whose top has passed a line 10 % down the
 * screen; 0 while the opening is there.
 */
const chapterOnScreen = (page: Page) =>
	page.evaluate(() => {
		const line = window.innerHeight * 0.1;
		let current = 0;
		document.querySelectorAll('main section[id]').forEach((section, i) => {
			if (section.getBoundingClientRect().top <= line) current = i + 1;
		});
		return current;
	});

for (const screen of SCREENS) {
	test.describe(`kiosk, ${screen.name} ${screen.width}×${screen.height}`, () => {
		test.use({
			viewport: { width: screen.width, height: screen.height },
			hasTouch: true,
			deviceScaleFactor: 1
		});
		/**
		 * Tests of the kiosk's logic whose answer cannot depend on the screen's
		 * orientation (a tap, a touch during the countdown and the pause toggle
		 * handing over or stopping the motion, the idle countdown and the reset,
		 * the diagnostic panel's long press, keys and focus on the controls and
		 * in the dialog, the cursor, the address's settings, the way back to the
		 * museum's language, links and locks): declared for the portrait screen
		 * only. Those about sizes, what is in view, scrolling, focus
		 * rings, pictures and axe run on both screens.
		 */
		const once = screen === SCREENS[0];

		test('the attract loop passes through every chapter in order and comes back to the first', async ({
			page
		}) => {
			test.slow();
			await page.addInitScript(() => {
				window.__shifts = 0;
				window.__shiftedNodes = [];
				new PerformanceObserver((list) => {
					for (const entry of list.getEntries() as LayoutShift[]) {
						window.__shifts! += entry.value;
						// What moved, should anything move: named in the failure's message.
						for (const { node, previousRect: a, currentRect: b } of entry.sources) {
							const what =
								node instanceof Element
									? `${node.tagName}.${node.className}`
									: `${node?.textContent?.slice(0, 40)}`;
							const box = (r: DOMRectReadOnly) => `${r.x},${r.y} ${r.width}×${r.height}`;
							window.__shiftedNodes!.push(
								`${what} from ${box(a)} to ${box(b)} at ${Math.round(window.scrollY)} (${window.__kiosk?.chapter})`
							);
						}
					}
				}).observe({ type: 'layout-shift', buffered: true });
			});
			// Loaded on a CPU slowed four times, as on a modest kiosk PC: the
			// browser then draws frames while it still parses the page, where
			// styles that come late would shift it.
			const cdp = await page.context().newCDPSession(page);
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
			await openKiosk(page, '?pace=4');
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
			// A first visit: the web fonts are not in the cache yet, so the loop
			// starts in the fallback fonts and they are fetched meanwhile.
			const webFonts = () =>
				page.evaluate(() => document.documentElement.classList.contains('fonts'));
			expect(await webFonts()).toBe(false);
			// Ten times faster on top of pace 4: the loop still scrolls the page
			// frame by frame through every chapter and step, in about 40 s of fake
			// time. Landscape, the second screen, is read four times coarser (forty
			// times faster, some 10 s of fake time, a quarter of the frames): every
			// one of its frames is still looked at, and portrait keeps the fine steps.
			const speed = screen.name === 'portrait' ? 10 : 40;
			await page.evaluate((speed) => (window.__kiosk!.speed = speed), speed);
			// The chapter on screen is read in the page at every frame the loop
			// draws (a frame callback of the test's own, on the same fake clock),
			// not sampled from here: no chapter can pass between two looks, and the
			// clock runs a second at a time instead of a quarter.
			await page.evaluate(() => {
				const chapterNow = () => {
					const line = window.innerHeight * 0.1;
					let current = 0;
					document.querySelectorAll('main section[id]').forEach((section, i) => {
						if (section.getBoundingClientRect().top <= line) current = i + 1;
					});
					return current;
				};
				const log = {
					seen: [chapterNow()],
					loops: [window.__kiosk!.loops],
					// The page's layout shifts up to the moment the veil starts to rise at
					// the loop's end: everything a passer-by sees, from the load on. (The
					// web fonts go on under the full veil, later: nobody sees that move.)
					shifts: undefined as number | undefined,
					// The chapter on screen at that moment.
					shiftsUpTo: undefined as number | undefined,
					shifted: [] as string[]
				};
				const veil = document.querySelector('.kiosk__veil')!;
				(window as unknown as { attractLog: typeof log }).attractLog = log;
				const look = () => {
					const chapter = chapterNow();
					if (chapter !== log.seen.at(-1)) {
						log.seen.push(chapter);
						log.loops.push(window.__kiosk!.loops);
					}
					if (log.shifts === undefined && Number(getComputedStyle(veil).opacity) > 0) {
						log.shifts = window.__shifts;
						log.shifted = [...window.__shiftedNodes!];
						log.shiftsUpTo = chapter;
					}
					requestAnimationFrame(look);
				};
				requestAnimationFrame(look);
			});
			const attractLog = () =>
				page.evaluate(
					() =>
						(
							window as unknown as {
								attractLog: {
									seen: number[];
									loops: number[];
									shifts?: number;
									shiftsUpTo?: number;
									shifted: string[];
								};
							}
						).attractLog
				);
			for (let i = 0; i < 100 && (await attractLog()).seen.length < CHAPTERS + 3; i++) {
				await page.clock.runFor(1000);
			}
			// What was seen up to the first chapter's return (the clock may have run a little past it).
			const log = await attractLog();
			const seen = log.seen.slice(0, CHAPTERS + 3);
			const loopsWhenSeen = log.loops.slice(0, CHAPTERS + 3);
			const everyChapter = Array.from({ length: CHAPTERS }, (_, i) => i + 1);
			expect(seen).toEqual([0, ...everyChapter, 0, 1]);
			// The opening came back because a loop ended, not because the page was scrolled up.
			expect(loopsWhenSeen.at(-2)).toBe(1);
			expect((await kiosk(page)).loops).toBe(1);
			// Nothing on screen moved by itself, from the load to the last chapter
			// (the kiosk's wide column is there from the first frame; the web fonts
			// went on at the loop's end, under the veil).
			expect(log.shiftsUpTo).toBe(CHAPTERS);
			// Below 0.001: on a loaded machine the bar's button group has been seen,
			// about one portrait run in ten, to move by a score of 0.0004-0.0005
			// (a pixel or so; cause not yet found, see issue 14). Any movement of the
			// page's content, or a visible one of the bar, scores far above.
			expect(log.shifts, `moved: ${log.shifted.join(', ')}`).toBeLessThan(0.001);
			expect(await webFonts()).toBe(true);
		});

		test('the loop holds each step still, with its picture in the step’s state', async ({
			page
		}) => {
			await openKiosk(page, '?pace=4');
			// Quickly on to chapter 3, then at the real pace to the moment its second step stops.
			await page.evaluate(() => (window.__kiosk!.speed = 10));
			for (let i = 0; i < 400 && (await kiosk(page)).chapter < 3; i++) await page.clock.runFor(100);
			await page.evaluate(() => (window.__kiosk!.speed = 1));
			for (let i = 0; i < 2000; i++) {
				const { chapter, step, holding } = await kiosk(page);
				if (chapter === 3 && step === 1 && holding) break;
				await page.clock.runFor(50);
			}
			expect(await kiosk(page)).toMatchObject({ chapter: 3, step: 1, holding: true });
			const figure = page.locator('section[data-chapter="3"] figure.scene');
			const stepState = await page
				.locator('section[data-chapter="3"] [data-step="1"]')
				.getAttribute('data-state');
			await expect(figure).toHaveAttribute('data-state', stepState!);
			// Still for a while: the page does not move, the picture stays in its state, in view.
			const at = await scrollY(page);
			await page.clock.runFor(2000);
			expect(await scrollY(page)).toBe(at);
			expect(await kiosk(page)).toMatchObject({ chapter: 3, step: 1, holding: true });
			await expect(figure).toHaveAttribute('data-state', stepState!);
			await expect(figure).toBeInViewport({ ratio: 0.8 });
		});

		if (once)
			test('a tap hands the story to the visitor and stops the motion', async ({ page }) => {
				await openKiosk(page);
				await page.clock.runFor(15_000);
				expect(await scrollY(page)).toBeGreaterThan(0);
				await expect(page.getByText('Touchez l’écran pour explorer')).toBeVisible();

				await page.touchscreen.tap(screen.width / 2, screen.height / 2);
				expect((await kiosk(page)).state).toBe('visitor');
				const at = await scrollY(page);
				await page.clock.runFor(20_000);
				expect(await scrollY(page)).toBe(at);
				expect((await kiosk(page)).moving).toBe(false);
				await expect(page.getByRole('button', { name: 'Recommencer' })).toBeVisible();
				// The story stands still: the pause toggle says so, pressed.
				await expect(page.getByRole('button', { name: 'Pause', exact: true })).toHaveAttribute(
					'aria-pressed',
					'true'
				);
				await expect(page.getByText('Touchez l’écran pour explorer')).toBeHidden();
			});

		if (once)
			test('after the idle time a countdown warns, and then the loop starts again at the top', async ({
				page
			}, testInfo) => {
				// A choice made earlier in this tab (the animations turned off), which the reset must forget.
				await page.addInitScript(() => sessionStorage.setItem('apres-mines:animations', 'off'));
				await openKiosk(page, '?idle=30&countdown=20');
				await page.touchscreen.tap(screen.width / 2, screen.height / 2);
				await page.evaluate(() => window.scrollTo(0, 6000));
				await page.clock.runFor(1000);
				await expect(page.locator('figure.scene[data-mode="instant"]').first()).toBeAttached();
				await expect(page.locator('figure.scene[data-mode="motion"]')).toHaveCount(0);
				const dialog = page.getByRole('alertdialog', { name: 'Vous êtes encore là ?' });

				await page.clock.runFor(28_000);
				await expect(dialog).toBeHidden();
				await page.clock.runFor(1000);
				await expect(dialog).toBeVisible();
				await expect(dialog).toContainText('dans 20 secondes');
				await expect(page.getByRole('button', { name: 'Je continue' })).toBeFocused();
				await testInfo.attach(`countdown-${screen.name}`, {
					body: await page.screenshot(),
					contentType: 'image/png'
				});

				await page.clock.runFor(15_000);
				await expect(dialog).toContainText('dans 5 secondes');
				await page.clock.runFor(5000);
				await expect(dialog).toBeHidden();
				// The reset fades to paper (0.7 s), clears the page, then fades back in at the top.
				await page.clock.runFor(1000);
				expect((await kiosk(page)).state).toBe('attract');
				expect(await scrollY(page)).toBe(0);
				expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
				await page.clock.runFor(15_000);
				expect(await scrollY(page)).toBeGreaterThan(0);
				expect((await kiosk(page)).moving).toBe(true);
				// The choice is forgotten: the scenes move again.
				await expect(page.locator('figure.scene[data-mode="motion"]').first()).toBeAttached();
			});

		if (once)
			test('a touch during the countdown dismisses it and gives the visitor a full idle time', async ({
				page
			}) => {
				await openKiosk(page, '?idle=30&countdown=20');
				await page.touchscreen.tap(screen.width / 2, screen.height / 2);
				await page.clock.runFor(40_000);
				const dialog = page.getByRole('alertdialog');
				await expect(dialog).toBeVisible();
				await page.touchscreen.tap(screen.width / 2, screen.height - 300);
				await expect(dialog).toBeHidden();
				expect((await kiosk(page)).state).toBe('visitor');
				await page.clock.runFor(29_000);
				await expect(dialog).toBeHidden();
			});

		if (once)
			test('the pause toggle stops the motion, and pressed again starts it again', async ({
				page
			}) => {
				await openKiosk(page);
				await page.clock.runFor(15_000);
				const pause = page.getByRole('button', { name: 'Pause', exact: true });
				await expect(pause).toBeVisible();
				await expect(pause).toHaveAttribute('aria-pressed', 'false');
				const box = (await pause.boundingBox())!;
				expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(48);

				await pause.tap();
				expect(await kiosk(page)).toMatchObject({ state: 'attract', paused: true, moving: false });
				await expect(pause).toHaveAttribute('aria-pressed', 'true');
				const at = await scrollY(page);
				await page.clock.runFor(20_000);
				expect(await scrollY(page)).toBe(at);

				await pause.tap();
				await expect(pause).toHaveAttribute('aria-pressed', 'false');
				// Where the pause fell depends on how long the page took to load: it may
				// resume at the start of a step's hold, which lasts up to STEP_SECONDS.max.
				const longest = (STEP_SECONDS.max + GLIDE_SECONDS + 1) * 1000;
				for (let ms = 0; ms < longest && (await scrollY(page)) === at; ms += 1000)
					await page.clock.runFor(1000);
				expect(await scrollY(page)).toBeGreaterThan(at);
				expect((await kiosk(page)).moving).toBe(true);
			});

		if (once)
			test('Enter on the pause toggle keeps focus on it, changes its pressed state, and wakes nothing', async ({
				page
			}) => {
				await openKiosk(page);
				await page.clock.runFor(15_000);
				const pause = page.getByRole('button', { name: 'Pause', exact: true });
				// Reached as a keyboard user would, without a key that counts as a visitor.
				await pause.focus();
				await page.keyboard.press('Enter');
				await expect(pause).toBeFocused();
				await expect(pause).toHaveAttribute('aria-pressed', 'true');
				expect(await kiosk(page)).toMatchObject({ state: 'attract', paused: true, moving: false });

				await page.keyboard.press('Enter');
				await expect(pause).toBeFocused();
				await expect(pause).toHaveAttribute('aria-pressed', 'false');
				expect(await kiosk(page)).toMatchObject({ state: 'attract', paused: false, moving: true });

				// Space too, and the visitor's own keys stay on the toggle.
				await page.keyboard.press('Space');
				await expect(pause).toBeFocused();
				await expect(pause).toHaveAttribute('aria-pressed', 'true');
				expect((await kiosk(page)).state).toBe('attract');
			});

		if (once)
			test('Tab in the countdown dialog stays on its button, and Enter there dismisses it', async ({
				page
			}) => {
				await openKiosk(page, '?idle=30&countdown=20');
				await page.touchscreen.tap(screen.width / 2, screen.height / 2);
				await page.clock.runFor(31_000);
				const dialog = page.getByRole('alertdialog');
				const stay = page.getByRole('button', { name: 'Je continue' });
				await expect(dialog).toBeVisible();
				await expect(stay).toBeFocused();
				for (const key of ['Tab', 'Shift+Tab', 'Tab']) {
					await page.keyboard.press(key);
					await expect(dialog, key).toBeVisible();
					await expect(stay, key).toBeFocused();
				}
				await page.keyboard.press('Enter');
				await expect(dialog).toBeHidden();
				expect((await kiosk(page)).state).toBe('visitor');
			});

		test('every focus ring stands out at least 3:1 from what is around it', async ({ page }) => {
			await openKiosk(page, '?idle=30&countdown=20');
			await page.touchscreen.tap(screen.width / 2, screen.height / 2);
			const rings: FocusRing[] = [];
			// Backwards from the end: the controls bar, then the story's timeline and chapters.
			const obscured: string[] = [];
			for (let i = 0; i < 12; i++) {
				await page.keyboard.press('Shift+Tab');
				const ring = await focusRing(page);
				if (ring) rings.push(ring);
				// Nothing focused hides under the controls bar (WCAG 2.4.11).
				const hidden = await page.evaluate(() => {
					const focused = document.activeElement;
					const bar = document.querySelector('.bar');
					if (!focused || focused === document.body || !bar || bar.contains(focused)) return null;
					const box = focused.getBoundingClientRect();
					return box.bottom > bar.getBoundingClientRect().top + 1
						? focused.outerHTML.slice(0, 80)
						: null;
				});
				if (hidden) obscured.push(hidden);
			}
			expect(obscured).toEqual([]);
			await page.clock.runFor(31_000);
			await expect(page.getByRole('alertdialog')).toBeVisible();
			rings.push((await focusRing(page))!);
			const seen = rings.map((r) => r.element).join('\n');
			for (const control of ['Recommencer', 'Pause', 'English', 'Je continue']) {
				expect(seen).toContain(control);
			}
			expect(
				rings
					.filter((ring) => !(ring.ratio >= 3))
					.map((r) => `${r.element}: ${r.ring} around ${r.around}, ${r.ratio}:1`)
			).toEqual([]);
		});

		test('every QR code decodes to its chapter’s public permalink, large enough to scan', async ({
			page
		}) => {
			await openKiosk(page);
			// The permalinks are on the site's public origin, the one the canonical link names.
			const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
			const sections = page.locator('main section[id]');
			await expect(sections).toHaveCount(CHAPTERS);
			for (const slug of await sections.evaluateAll((all) => all.map((s) => s.id))) {
				const code = page.locator(`[id="${slug}"] figure svg[role="img"]`);
				const box = (await code.boundingBox())!;
				expect(box.width).toBeGreaterThanOrEqual(200);
				expect(await decodeQr(code), slug).toBe(
					canonical!.replace(/kiosque\/$/, `chapitres/${slug}/`)
				);
			}
		});

		test('the language button shows the story in English from the chapter on screen, for the visitor', async ({
			page
		}, testInfo) => {
			test.slow();
			await openKiosk(page, '?pace=4&idle=30');
			const english = page.getByRole('button', { name: 'English', exact: true });
			await expect(english).toBeVisible();
			await expect(english).toHaveAttribute('lang', 'en');
			const box = (await english.boundingBox())!;
			expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(48);

			// The loop on to chapter 3, then a touch on « English » (not on the story).
			await page.evaluate(() => (window.__kiosk!.speed = 10));
			for (let i = 0; i < 400 && (await kiosk(page)).chapter < 3; i++) await page.clock.runFor(100);
			await page.evaluate(() => (window.__kiosk!.speed = 1));
			await page.clock.runFor(3000);
			expect(await chapterOnScreen(page)).toBe(3);
			expect((await kiosk(page)).state).toBe('attract');
			await tapLanguage(page, 'English');
			await arrivedIn(page, 'en', '?pace=4&idle=30');

			// The same chapter, in English, with someone there: nothing moves by itself.
			await expect(page.locator('html')).toHaveAttribute('lang', 'en');
			expect(await kiosk(page)).toMatchObject({ state: 'visitor', lang: 'en', home: 'fr' });
			expect(await chapterOnScreen(page)).toBe(3);
			const chapter = page.locator('main section[data-chapter="3"]');
			const twin = englishChapters.find((c) => c.number === 3)!;
			await expect(chapter.getByRole('heading', { level: 2 })).toHaveText(twin.title);
			await expect(chapter.getByRole('heading', { level: 2 })).toBeInViewport();
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('After the Mines');
			const at = await scrollY(page);
			await page.clock.runFor(10_000);
			expect(await scrollY(page)).toBe(at);

			// The controls in English, and the way back in French.
			await expect(page.getByRole('button', { name: 'Start over' })).toBeVisible();
			await expect(page.getByRole('button', { name: 'Pause', exact: true })).toHaveAttribute(
				'aria-pressed',
				'true'
			);
			const french = page.getByRole('button', { name: 'Français', exact: true });
			await expect(french).toHaveAttribute('lang', 'fr');
			await expect(page.getByRole('button', { name: 'English', exact: true })).toHaveCount(0);

			// The QR code takes the chapter home in English.
			const qr = chapter.locator('figure[data-qr-for]');
			await expect(qr).toContainText('Take this chapter with you: scan');
			const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
			expect(new URL(canonical!).pathname).toBe('/en/kiosque/');
			expect(await decodeQr(qr.locator('svg[role="img"]'))).toBe(
				canonical!.replace(/kiosque\/$/, `chapitres/${twin.slug}/`)
			);
			await testInfo.attach(`english-${screen.name}`, {
				body: await page.screenshot(),
				contentType: 'image/png'
			});

			// And back: the same chapter in French.
			await page.evaluate(() => window.scrollBy(0, 10));
			await tapLanguage(page, 'Français');
			await arrivedIn(page, 'fr', '?pace=4&idle=30');
			expect(await kiosk(page)).toMatchObject({ state: 'visitor', lang: 'fr' });
			expect(await chapterOnScreen(page)).toBe(3);
			await expect(page.getByRole('button', { name: 'English', exact: true })).toBeVisible();
		});

		if (once)
			test('after the idle time and the countdown the kiosk is French again, at the top, and looping', async ({
				page
			}) => {
				await openKiosk(page, '?idle=20&countdown=20');
				await page.touchscreen.tap(screen.width / 2, screen.height / 2);
				await page.evaluate(() => window.scrollTo(0, 6000));
				await tapLanguage(page, 'English');
				await arrivedIn(page, 'en', '?idle=20&countdown=20');
				expect((await kiosk(page)).state).toBe('visitor');
				expect(await scrollY(page)).toBeGreaterThan(0);

				// The countdown speaks the visitor's language (the idle time counts from the arrival).
				const dialog = page.getByRole('alertdialog', { name: 'Are you still there?' });
				await page.clock.runFor(18_000);
				await expect(dialog).toBeHidden();
				await page.clock.runFor(1000);
				await expect(dialog).toBeVisible();
				await expect(dialog).toContainText('starts over in 20 seconds');
				await expect(page.getByRole('button', { name: 'Keep exploring' })).toBeFocused();

				// Nobody answers: under the veil, back to the museum's language, at the top.
				await page.clock.runFor(20_000);
				await page.clock.runFor(1000);
				await arrivedIn(page, 'fr', '?idle=20&countdown=20');
				await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
				expect(await kiosk(page)).toMatchObject({ state: 'attract', lang: 'fr', moving: true });
				expect(await scrollY(page)).toBe(0);
				await expect(page.getByText('Touchez l’écran pour explorer')).toBeVisible();
				await expect(page.getByRole('button', { name: 'English', exact: true })).toBeVisible();
				await page.clock.runFor(15_000);
				expect(await scrollY(page)).toBeGreaterThan(0);
				expect((await kiosk(page)).moving).toBe(true);
			});

		if (once)
			test('no link leads off the kiosk page, and the page is locked', async ({ page }) => {
				await openKiosk(page);
				for (const path of ['/en/kiosque/?lang=en', '/kiosque/']) {
					await page.goto(path);
					await page.waitForFunction(() => window.__kiosk !== undefined);
					const links = await page
						.locator('a[href], area[href]')
						.evaluateAll((all) => all.map((link) => (link as HTMLAnchorElement).href));
					for (const href of links) {
						expect(new URL(href).pathname, href).toBe(new URL(page.url()).pathname);
					}
					await expect(page.locator('main h2 a')).toHaveCount(0);
				}

				const locked = await page.evaluate(() => {
					const menu = new MouseEvent('contextmenu', { bubbles: true, cancelable: true });
					const drag = new DragEvent('dragstart', { bubbles: true, cancelable: true });
					const zoom = new WheelEvent('wheel', { bubbles: true, cancelable: true, ctrlKey: true });
					const text = document.querySelector('main p')!;
					return {
						menuBlocked: !text.dispatchEvent(menu),
						dragBlocked: !text.dispatchEvent(drag),
						zoomBlocked: !text.dispatchEvent(zoom),
						select: getComputedStyle(text).userSelect,
						touchAction: getComputedStyle(document.documentElement).touchAction,
						overscroll: getComputedStyle(document.documentElement).overscrollBehaviorY
					};
				});
				expect(locked).toEqual({
					menuBlocked: true,
					dragBlocked: true,
					zoomBlocked: true,
					select: 'none',
					touchAction: 'pan-y',
					overscroll: 'none'
				});
			});

		test('with reduced motion the loop turns the page a screenful at a time instead of gliding', async ({
			page
		}) => {
			await page.emulateMedia({ reducedMotion: 'reduce' });
			await openKiosk(page);
			// One sample a second for 200 s: a glide changes position at every
			// sample, page turns hold each position for seconds.
			const samples: number[] = [];
			for (let i = 0; i < 200; i++) {
				await page.clock.runFor(1000);
				samples.push(await scrollY(page));
			}
			const holds: number[] = [];
			for (const [i, y] of samples.entries()) {
				if (i > 0 && y === samples[i - 1]) holds[holds.length - 1] += 1;
				else holds.push(1);
			}
			expect(holds.length).toBeGreaterThanOrEqual(3);
			expect(Math.min(...holds.slice(0, -1))).toBeGreaterThanOrEqual(5);
		});

		if (once)
			test('the cursor hides after a moment without mouse movement and comes back when it moves', async ({
				page
			}) => {
				await openKiosk(page);
				const shell = page.locator('.kiosk');
				await page.mouse.move(400, 400);
				await expect(shell).not.toHaveClass(/kiosk--no-cursor/);
				await page.clock.runFor(3100);
				await expect(shell).toHaveClass(/kiosk--no-cursor/);
				await page.mouse.move(420, 410);
				await expect(shell).not.toHaveClass(/kiosk--no-cursor/);
				// A mouse that moves shows the cursor but does not stop the loop.
				expect((await kiosk(page)).state).toBe('attract');
			});

		if (once)
			test('a long press in the corner opens the diagnostic panel without stopping the loop', async ({
				page
			}, testInfo) => {
				await openKiosk(page, '?idle=5&pace=fast');
				await page.mouse.move(30, 30);
				await page.mouse.down();
				await page.clock.runFor(2100);
				await page.mouse.up();
				const panel = page.getByRole('dialog', { name: 'Diagnostic de la borne' });
				await expect(panel).toBeVisible();
				await expect(panel.locator('[data-diagnostic="rejected"]')).toContainText('idle=5');
				await expect(panel.locator('[data-diagnostic="rejected"]')).toContainText(
					'pace=fast : n’est pas un nombre'
				);
				await expect(panel.locator('[data-diagnostic="state"]')).toContainText('attract');
				expect((await kiosk(page)).moving).toBe(true);
				await testInfo.attach(`diagnostic-${screen.name}`, {
					body: await page.screenshot(),
					contentType: 'image/png'
				});
				await panel.getByRole('button', { name: 'Fermer' }).tap();
				await expect(panel).toBeHidden();
			});

		test('axe finds no violation on the kiosk, in English and in French', async ({ page }) => {
			for (const path of ['/en/kiosque/?lang=en', '/kiosque/']) {
				// Real time (axe runs on timers); the loop held still while it looks.
				await page.goto(path);
				await page.waitForFunction(() => window.__kiosk?.state === 'attract');
				await page.getByRole('button', { name: 'Pause', exact: true }).tap();
				const results = await new AxeBuilder({ page })
					.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
					.analyze();
				expect(results.violations, path).toEqual([]);
			}
		});

		test('axe finds no violation with a visitor and with the countdown up, in English and in French', async ({
			page
		}) => {
			// Four analyses in real time.
			test.slow();
			const axe = () =>
				new AxeBuilder({ page })
					.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
					.analyze();
			for (const [path, query] of [
				['/en/kiosque/', '?lang=en&idle=20&countdown=20'],
				['/kiosque/', '?idle=20&countdown=20']
			] as const) {
				await openKiosk(page, query, path);
				await page.touchscreen.tap(screen.width / 2, screen.height / 2);
				expect((await kiosk(page)).state).toBe('visitor');
				// Real time from here (axe runs on timers): 20 s before the countdown.
				await page.clock.resume();
				expect((await axe()).violations, `${path} visitor`).toEqual([]);
				await page.clock.fastForward(21_000);
				await expect(page.getByRole('alertdialog')).toBeVisible();
				expect((await axe()).violations, `${path} countdown`).toEqual([]);
			}
		});

		if (once)
			test('a kiosk set to English (?lang=en) starts in English and comes back to English', async ({
				page
			}) => {
				await page.clock.install({ time: START });
				await page.goto('/kiosque/?lang=en&idle=20&countdown=20');
				await page.waitForURL('**/en/kiosque/?lang=en&idle=20&countdown=20');
				await page.waitForFunction(() => window.__kiosk?.lang === 'en');
				await pauseClock(page);
				expect(await kiosk(page)).toMatchObject({ state: 'attract', lang: 'en', home: 'en' });
				await expect(page.getByText('Touch the screen to explore')).toBeVisible();

				// A French visitor: « Français », then « Recommencer » keeps their language.
				await tapLanguage(page, 'Français');
				await arrivedIn(page, 'fr', '?lang=en&idle=20&countdown=20');
				expect(await kiosk(page)).toMatchObject({ state: 'visitor', lang: 'fr', home: 'en' });
				await page.evaluate(() => window.scrollTo(0, 5000));
				await page.getByRole('button', { name: 'Recommencer' }).tap();
				await page.clock.runFor(2000);
				expect(await kiosk(page)).toMatchObject({ state: 'visitor', lang: 'fr' });
				expect(await scrollY(page)).toBe(0);
				expect(new URL(page.url()).pathname).toBe('/kiosque/');

				// They leave: the idle reset brings the museum's English back, at the top, looping.
				await page.clock.runFor(20_000 + 20_000 + 1000);
				await arrivedIn(page, 'en', '?lang=en&idle=20&countdown=20');
				expect(await kiosk(page)).toMatchObject({ state: 'attract', lang: 'en', moving: true });
				expect(await scrollY(page)).toBe(0);
				await page.clock.runFor(15_000);
				expect(await scrollY(page)).toBeGreaterThan(0);
			});

		if (once)
			test('a language the story is not written in is refused, named in the diagnostic panel, and French is used', async ({
				page
			}) => {
				await openKiosk(page, '?lang=de&diag=1');
				expect(await kiosk(page)).toMatchObject({ lang: 'fr', home: 'fr', state: 'attract' });
				const panel = page.getByRole('dialog', { name: 'Diagnostic de la borne' });
				await expect(panel).toBeVisible();
				await expect(panel.locator('[data-diagnostic="rejected"]')).toContainText(
					'lang=de : pas une langue du récit (au choix : fr, en) — valeur utilisée : français (fr)'
				);
				await expect(panel.locator('[data-diagnostic="lang"]')).toContainText('français');

				// The address, refused value included, goes with the visitor to the English kiosk.
				await tapLanguage(page, 'English');
				await arrivedIn(page, 'en', '?lang=de&diag=1');
				const english = page.getByRole('dialog', { name: 'Kiosk diagnostics' });
				await expect(english.locator('[data-diagnostic="rejected"]')).toContainText(
					'lang=de: not a language of the story (one of: fr, en) — value used: French (fr)'
				);
				await expect(english.locator('[data-diagnostic="lang"]')).toContainText('English');
			});
	});
}

test.describe('kiosk, the loop left playing in the visitor’s language', () => {
	test.use({ viewport: { width: 1080, height: 1920 }, hasTouch: true, deviceScaleFactor: 1 });

	test('goes back to the museum’s language at the end of the loop', async ({ page }) => {
		test.slow();
		await openKiosk(page, '?pace=4');
		await tapLanguage(page, 'English');
		await arrivedIn(page, 'en', '?pace=4');
		// The story stands still for the visitor: the pressed pause toggle lets it go on.
		await page.getByRole('button', { name: 'Pause', exact: true }).tap();
		await page.evaluate(() => (window.__kiosk!.speed = 10));
		expect(await kiosk(page)).toMatchObject({ state: 'attract', lang: 'en', moving: true });
		for (let i = 0; i < 150 && new URL(page.url()).pathname !== '/kiosque/'; i++) {
			await page.clock.runFor(1000);
		}
		await arrivedIn(page, 'fr', '?pace=4');
		expect(await kiosk(page)).toMatchObject({
			state: 'attract',
			lang: 'fr',
			moving: true,
			loops: 1
		});
		expect(await scrollY(page)).toBe(0);
	});
});

test.describe('kiosk text sizes, read standing and never zoomed', () => {
	for (const size of [
		{ width: 1080, height: 1920 },
		{ width: 360, height: 780 },
		{ width: 320, height: 700 }
	]) {
		test.use({ hasTouch: true, deviceScaleFactor: 1 });

		test(`at ${size.width}×${size.height}, the timeline's numbers and years are large and every control's label stays in its pill`, async ({
			page
		}) => {
			await page.setViewportSize(size);
			for (const path of ['/kiosque/', '/en/kiosque/?lang=en']) {
				await openKiosk(page, path.includes('?') ? '?lang=en' : '', path.split('?')[0]);
				for (const visitor of [false, true]) {
					if (visitor) await page.touchscreen.tap(size.width / 2, size.height / 3);
					// Rendered sizes (the kiosk draws its timeline larger with CSS zoom).
					const heights = await page.evaluate(() => ({
						dot: document.querySelector('.kiosk .mark__dot')!.getBoundingClientRect().height,
						year: document.querySelector('.kiosk .axis__year')!.getBoundingClientRect().height
					}));
					expect(heights.dot, path).toBeGreaterThanOrEqual(32);
					expect(heights.year, path).toBeGreaterThanOrEqual(15);
					const spills = await page.locator('.bar button').evaluateAll((buttons) =>
						buttons.flatMap((button) => {
							const pill = button.getBoundingClientRect();
							const range = document.createRange();
							range.selectNodeContents(button);
							const text = range.getBoundingClientRect();
							const inside =
								text.left >= pill.left &&
								text.right <= pill.right &&
								pill.left >= 0 &&
								pill.right <= innerWidth;
							return inside
								? []
								: [
										`${button.textContent?.trim()}: ${text.left}–${text.right} in ${pill.left}–${pill.right}`
									];
						})
					);
					expect(spills, `${path}${visitor ? ' (visitor)' : ''}`).toEqual([]);
				}
			}
		});
	}
});

test.describe('kiosk offline', () => {
	test.use({ viewport: { width: 1080, height: 1920 }, hasTouch: true });

	test('after a first visit, a reload with the network gone still shows the story and runs the loop', async ({
		page,
		context
	}) => {
		await page.goto('/kiosque/');
		await bothKiosksCached(page);
		await context.setOffline(true);
		const response = await page.reload();
		expect(response?.fromServiceWorker()).toBe(true);
		await expect(page.getByRole('heading', { level: 1, name: 'L’après-mines' })).toBeVisible();
		await expect(page.locator('main section[id]')).toHaveCount(CHAPTERS);
		await page.waitForFunction(() => window.__kiosk?.state === 'attract');
		await page.waitForFunction(() => window.scrollY > 0);
	});

	test('after a first visit, switching language with the network gone still works, drawings included', async ({
		page,
		context
	}) => {
		await page.goto('/kiosque/?idle=600');
		await bothKiosksCached(page);
		await context.setOffline(true);

		// A visitor reading chapter 5 switches to English: a page, and drawings, never fetched before.
		await page.touchscreen.tap(540, 960);
		await page.evaluate(() => {
			const heading = document.querySelector('section[data-chapter="5"] .chapter__title')!;
			window.scrollTo(0, heading.getBoundingClientRect().top + window.scrollY - 200);
		});
		const english = page.waitForResponse((r) => new URL(r.url()).pathname === '/en/kiosque/');
		await page.getByRole('button', { name: 'English', exact: true }).tap();
		expect((await english).fromServiceWorker()).toBe(true);
		await page.waitForFunction(() => window.__kiosk?.lang === 'en');
		await expect(page.getByRole('heading', { level: 1, name: 'After the Mines' })).toBeAttached();
		await expect(page.locator('main section[id]')).toHaveCount(CHAPTERS);
		expect(await kiosk(page)).toMatchObject({ state: 'visitor', lang: 'en' });
		expect(await chapterOnScreen(page)).toBe(5);
		const drawing = page.locator('section[data-chapter="5"] figure.scene svg[data-scene]');
		await expect(drawing).toBeAttached();
		expect(await drawing.evaluate((svg) => svg.closest('figure')!.dataset.mode)).toBeTruthy();

		// And back to French, still offline.
		await page.getByRole('button', { name: 'Français', exact: true }).tap();
		await page.waitForFunction(() => window.__kiosk?.lang === 'fr');
		expect(new URL(page.url()).pathname).toBe('/kiosque/');
		await expect(page.getByRole('heading', { level: 1, name: 'L’après-mines' })).toBeAttached();
		expect(await kiosk(page)).toMatchObject({ state: 'visitor', lang: 'fr' });
		expect(await chapterOnScreen(page)).toBe(5);
	});

	test('the public site is not controlled by the kiosk’s service worker', async ({ page }) => {
		await page.goto('/kiosque/');
		await bothKiosksCached(page);
		for (const path of ['/', '/en/', '/en/chapitres/the-9-9bis/', '/presse/']) {
			await page.goto(path);
			expect(await page.evaluate(() => navigator.serviceWorker.controller), path).toBeNull();
		}
		// The English kiosk is: its own registration, for its own scope.
		await page.goto('/en/kiosque/?lang=en');
		await page.waitForFunction(() => window.__kiosk?.lang === 'en');
		const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
		expect(new URL(scope).pathname).toBe('/en/kiosque/');
		expect(await page.evaluate(() => navigator.serviceWorker.controller)).not.toBeNull();
	});
});

test.describe('kiosk under a sub-path', () => {
	test.use({ viewport: { width: 1080, height: 1920 }, hasTouch: true });

	test('runs, caches itself for its own scope and hands off permalinks under the sub-path', async ({
		page
	}) => {
		const origin = `http://127.0.0.1:${SUBPATH_PORT}`;
		await page.goto(`${origin}/histoire/kiosque/`);
		await page.waitForFunction(() => window.__kiosk?.state === 'attract');
		const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
		expect(new URL(scope).pathname).toBe('/histoire/kiosque/');
		const url = await page.locator('#le-9-9bis figure[data-qr-for]').getAttribute('data-qr-for');
		expect(new URL(url!).pathname).toBe('/histoire/chapitres/le-9-9bis/');

		// The English kiosk too: its own scope, its permalinks, the same sub-path.
		await page.goto(`${origin}/histoire/en/kiosque/?lang=en`);
		await page.waitForFunction(() => window.__kiosk?.lang === 'en');
		const english = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
		expect(new URL(english).pathname).toBe('/histoire/en/kiosque/');
		const link = await page.locator('#the-9-9bis figure[data-qr-for]').getAttribute('data-qr-for');
		expect(new URL(link!).pathname).toBe('/histoire/en/chapitres/the-9-9bis/');
	});
});

test.describe('kiosk stamina', () => {
	test.use({ viewport: { width: 1080, height: 1920 }, hasTouch: true });

	test('twenty visits in a row leave no listener, node, timer or frame behind', async ({
		page
	}) => {
		// Twenty-one visits of 42 s each, run frame by frame on the fake clock.
		test.slow();
		await openKiosk(page, '?idle=20&countdown=20');
		const cdp = await page.context().newCDPSession(page);
		const counters = async () => {
			await cdp.send('HeapProfiler.collectGarbage');
			const dom = await cdp.send('Memory.getDOMCounters');
			const probe = await page.evaluate(() => ({
				frames: window.__kiosk!.pendingFrames,
				timers: window.__kiosk!.pendingTimers
			}));
			return { listeners: dom.jsEventListeners, nodes: dom.nodes, ...probe };
		};
		const visit = async () => {
			await page.touchscreen.tap(540, 960);
			await page.evaluate(() => window.scrollTo(0, 4000));
			// Idle time, countdown, then the reset's two fades.
			await page.clock.runFor(20_000 + 20_000 + 2000);
			expect((await kiosk(page)).state).toBe('attract');
		};
		await visit();
		const before = await counters();
		for (let i = 0; i < 20; i++) await visit();
		const after = await counters();
		expect({ ...after, nodes: 0 }).toEqual({ ...before, nodes: 0 });
		// Scenes build and revert their pins as the page moves, so the node count
		// wobbles by a few either way; a leak of even one node a visit would pass 20.
		expect(after.nodes).toBeLessThan(before.nodes + 20);
	});
});
