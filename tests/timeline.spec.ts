import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { SUBPATH_PORT } from '../playwright.config';
import { chapters } from './helpers';

const timeline = (page: Page) => page.getByRole('navigation', { name: 'Chronologie' });
const current = (page: Page) => timeline(page).locator('a[aria-current="location"]');
const markFor = (page: Page, slug: string) =>
	timeline(page).locator(`a[href$="/chapitres/${slug}/"]`);

/** The page's chapters, in reading order, as their sections say. */
const chapterSlugs = (page: Page) =>
	page.locator('section.chapter').evaluateAll((sections) => sections.map((s) => s.id));

/** Lets the timeline measure the page after a scroll (it does so once a frame). */
const nextFrames = (page: Page) =>
	page.evaluate(
		() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
	);

/**
 * Waits for the timeline's island to be live (its marks get their one tab
 * stop): a mark clicked before is a plain link to its permalink, as without
 * JavaScript, which is right for a reader but not what these tests look at.
 */
const live = (page: Page) =>
	expect(timeline(page).locator('a[tabindex="0"]')).toHaveCount(1, { timeout: 15_000 });

const slugOf = async (link: Locator) =>
	((await link.getAttribute('href')) ?? '').split('/').filter(Boolean).at(-1);

/** Every test also fails on a script error or a console error. */
let problems: string[] = [];
test.beforeEach(({ page }) => {
	problems = [];
	page.on('pageerror', (error) => problems.push(error.message));
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(message.text());
	});
});
test.afterEach(() => {
	expect(problems).toEqual([]);
});

async function currentSlug(page: Page) {
	const links = await current(page).all();
	expect(links.length).toBeLessThanOrEqual(1);
	return links.length ? slugOf(links[0]) : null;
}

test('the timeline is a navigation landmark holding an ordered list of one link a chapter', async ({
	page
}) => {
	await page.goto('/');
	const nav = timeline(page);
	await expect(nav).toHaveCount(1);
	const links = nav.locator('ol > li > a');
	await expect(links).toHaveCount(chapters.length);
	const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
	expect(hrefs).toEqual((await chapterSlugs(page)).map((slug) => `/chapitres/${slug}/`));
	// Each link says which chapter it is and when, not just its number.
	await expect(markFor(page, 'le-livre-blanc')).toHaveAccessibleName(
		'04 Livre blanc, février 1998'
	);
});

test('scrolling from top to bottom makes every chapter current, in order', async ({ page }) => {
	await page.goto('/');
	const slugs = await chapterSlugs(page);
	await nextFrames(page);
	expect(await currentSlug(page)).toBeNull();

	// Scrolled a third of a screen at a time (less than the shortest chapter), in the page itself to keep the test quick.
	const seen = await page.evaluate(async () => {
		const frame = () => new Promise((done) => requestAnimationFrame(done));
		const seen: (string | null)[] = [];
		const step = Math.round(innerHeight / 3);
		const end = document.documentElement.scrollHeight - innerHeight;
		for (let y = 0; y <= end + step; y += step) {
			window.scrollTo(0, Math.min(y, end));
			await frame();
			await frame();
			const links = document.querySelectorAll('nav[aria-label="Chronologie"] [aria-current]');
			if (links.length > 1) return ['more than one current link'];
			const slug = links[0]?.getAttribute('href')?.split('/').at(-2) ?? null;
			if (slug && seen.at(-1) !== slug) seen.push(slug);
		}
		return seen;
	});
	expect(seen).toEqual(slugs);
});

test('the reader’s cursor moves on through a chapter as it is read, on the axis on screen', async ({
	page
}) => {
	await page.goto('/');
	await live(page);
	// The first chapter sweeps the whole axis, 1996 to 2013.
	const first = (await chapterSlugs(page))[0];
	const cursor = page.locator('nav.timeline svg.axis:visible .axis__cursor');
	const nav = await timeline(page).boundingBox();
	const sideways = !!nav && nav.width > nav.height;
	/** Scrolls to a share of the first chapter, then says where the cursor stands along the axis. */
	const at = async (share: number) => {
		await page.evaluate(
			({ slug, share }) => {
				const box = document.getElementById(slug)!.getBoundingClientRect();
				window.scrollTo(0, scrollY + box.top + box.height * share - innerHeight / 2);
			},
			{ slug: first, share }
		);
		await nextFrames(page);
		expect(await currentSlug(page)).toBe(first);
		const box = await cursor.boundingBox();
		expect(box).toBeTruthy();
		return sideways ? box!.x : box!.y;
	};
	const early = await at(0.3);
	const later = await at(0.7);
	expect(later - early).toBeGreaterThan(20);
	// Back again: the cursor follows the reader both ways.
	expect(await at(0.3)).toBeCloseTo(early, 0);
	// One cursor on screen: the other axis is hidden.
	await expect(cursor).toHaveCount(1);
});

test('a permalink page opens with its chapter current', async ({ page }) => {
	await page.goto('/chapitres/le-9-9bis/');
	await expect(current(page)).toHaveAttribute('href', '/chapitres/le-9-9bis/');
	await nextFrames(page);
	await expect(current(page)).toHaveAttribute('href', '/chapitres/le-9-9bis/');
	// The current mark is scrolled into the strip's view on a phone.
	await expect(current(page)).toBeInViewport();
});

test('clicking a mark moves to its chapter and puts its permalink in the address bar, without reloading', async ({
	page
}) => {
	await page.goto('/');
	await live(page);
	await page.evaluate(() => ((window as unknown as { marker: string }).marker = 'still here'));
	await markFor(page, 'l-aire-metropolitaine').click();

	await expect(page).toHaveURL(/\/chapitres\/l-aire-metropolitaine\/$/);
	await expect(page.locator('#l-aire-metropolitaine-titre')).toBeInViewport();
	await expect(current(page)).toHaveAttribute('href', '/chapitres/l-aire-metropolitaine/');
	expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe(
		'still here'
	);
	// Still the whole story, not the chapter's own page.
	await expect(page.locator('section.chapter')).toHaveCount(chapters.length);

	// The heading is not hidden under the sticky strip.
	const heading = await page.locator('#l-aire-metropolitaine-titre').boundingBox();
	const nav = await timeline(page).boundingBox();
	expect(heading && nav).toBeTruthy();
	if (heading && nav && nav.width > nav.height) {
		expect(heading.y).toBeGreaterThanOrEqual(nav.y + nav.height);
	}

	await page.goBack();
	await expect(page).toHaveURL(/\/$/);
	expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe(
		'still here'
	);
});

test('with reduced motion, a mark jumps to its chapter at once', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/');
	await live(page);
	await markFor(page, 'patrimoine-mondial').click();
	const top = await page.evaluate(
		() => document.getElementById('patrimoine-mondial-titre')?.getBoundingClientRect().top ?? -1
	);
	expect(top).toBeGreaterThanOrEqual(0);
	expect(top).toBeLessThan(await page.evaluate(() => innerHeight / 2));
});

test('Tab reaches the timeline once; arrows, Home and End move between marks; Enter goes', async ({
	page
}) => {
	await page.goto('/');
	await live(page);
	const links = timeline(page).locator('ol > li > a');
	const inTimeline = () =>
		page.evaluate(() => !!document.activeElement?.closest('nav[aria-label="Chronologie"]'));

	let tabs = 0;
	while (!(await inTimeline()) && tabs < 10) {
		await page.keyboard.press('Tab');
		tabs++;
	}
	expect(await inTimeline()).toBe(true);
	await expect(links.first()).toBeFocused();

	await page.keyboard.press('ArrowRight');
	await expect(links.nth(1)).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await expect(links.nth(2)).toBeFocused();
	await page.keyboard.press('ArrowLeft');
	await expect(links.nth(1)).toBeFocused();
	await page.keyboard.press('End');
	await expect(links.nth(15)).toBeFocused();
	await page.keyboard.press('Home');
	await expect(links.nth(0)).toBeFocused();
	await page.keyboard.press('ArrowUp');
	await expect(links.nth(15)).toBeFocused();

	// One tab stop: the next Tab leaves the timeline.
	await page.keyboard.press('Tab');
	expect(await inTimeline()).toBe(false);

	// Back in: the one tab stop is the last mark focused, or the chapter now being
	// read if leaving moved the page (focusing the next link may scroll it into view).
	await page.keyboard.press('Shift+Tab');
	expect(await inTimeline()).toBe(true);
	const stop = await page.evaluate(() => document.activeElement?.getAttribute('href'));
	// Above the first chapter nothing is current yet, and the stop is the first mark.
	const reading = await (
		(await current(page).count()) ? current(page) : links.first()
	).getAttribute('href');
	expect([await links.nth(15).getAttribute('href'), reading]).toContain(stop);
	await page.keyboard.press('End');
	for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowLeft');
	await expect(links.nth(9)).toBeFocused();
	await page.evaluate(() => ((window as unknown as { marker: string }).marker = 'kept'));
	await page.keyboard.press('Enter');

	await expect(page).toHaveURL(/\/chapitres\/le-9-9bis\/$/);
	await expect(page.locator('#le-9-9bis-titre')).toBeInViewport();
	await expect(page.locator('#le-9-9bis-titre')).toBeFocused();
	expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('kept');
});

test('a mark whose chapter is not on the page is an ordinary link to it', async ({ page }) => {
	await page.goto('/chapitres/le-9-9bis/');
	await live(page);
	await markFor(page, 'le-livre-blanc').click();
	await expect(page).toHaveURL(/\/chapitres\/le-livre-blanc\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('livre blanc');
	await expect(current(page)).toHaveAttribute('href', '/chapitres/le-livre-blanc/');
});

test('without JavaScript the links are there and lead to the chapters', async ({
	browser,
	baseURL
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
	const page = await context.newPage();
	await page.goto('/');
	await expect(timeline(page).locator('ol > li > a')).toHaveCount(chapters.length);
	await expect(current(page)).toHaveCount(0);
	await markFor(page, 'acte-ii').click();
	await expect(page).toHaveURL(/\/chapitres\/acte-ii\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Acte II');
	await expect(current(page)).toHaveAttribute('href', '/chapitres/acte-ii/');
	await context.close();
});

test('the page never scrolls sideways, the strip does', async ({ page }) => {
	await page.goto('/');
	for (const at of [0, 0.5, 1]) {
		await page.evaluate(
			(f) => window.scrollTo(0, (document.documentElement.scrollHeight - innerHeight) * f),
			at
		);
		await nextFrames(page);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBe(0);
	}
});

test('the timeline stays within 56 px at the top of a phone, or beside the text on a wide screen', async ({
	page
}) => {
	await page.goto('/');
	await page.evaluate(() => window.scrollTo(0, 3000));
	await nextFrames(page);
	const nav = await timeline(page).boundingBox();
	const text = await page.locator('section.chapter .chapter__text').first().boundingBox();
	expect(nav && text).toBeTruthy();
	if (!nav || !text) return;
	if (nav.width > nav.height) {
		expect(nav.y).toBe(0);
		expect(nav.height).toBeLessThanOrEqual(56);
	} else {
		expect(nav.x + nav.width).toBeLessThanOrEqual(text.x);
	}
	for (const box of await timeline(page)
		.locator('ol > li > a')
		.evaluateAll((as) => as.map((a) => a.getBoundingClientRect().toJSON()))) {
		expect(box.width).toBeGreaterThanOrEqual(44);
		expect(box.height).toBeGreaterThanOrEqual(44);
	}
});

test('axe finds no violation in the timeline', async ({ page }) => {
	await page.goto('/chapitres/le-9-9bis/');
	await nextFrames(page);
	const results = await new AxeBuilder({ page })
		.include('nav[aria-label="Chronologie"]')
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
		.analyze();
	expect(results.violations).toEqual([]);
});

test('under a sub-path the marks link and push sub-path permalinks', async ({ page }) => {
	await page.goto(`http://127.0.0.1:${SUBPATH_PORT}/histoire/`);
	await live(page);
	await expect(markFor(page, 'acte-ii')).toHaveAttribute('href', '/histoire/chapitres/acte-ii/');
	await markFor(page, 'acte-ii').click();
	await expect(page).toHaveURL(`http://127.0.0.1:${SUBPATH_PORT}/histoire/chapitres/acte-ii/`);
	await expect(page.locator('section.chapter')).toHaveCount(chapters.length);
});
