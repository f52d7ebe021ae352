import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import {
	chapters,
	englishChapters,
	firstParagraph,
	islandsLive,
	watchErrors,
	watchHosts
} from './helpers';

test.describe('the whole story at /', () => {
	test('renders every chapter as a section named by its slug, in order, with its date', async ({
		page
	}) => {
		const errors = watchErrors(page);
		const hosts = watchHosts(page);
		await page.goto('/');
		await expect(page.locator('h1')).toHaveCount(1);
		const ids = await page.locator('main section.chapter').evaluateAll((s) => s.map((e) => e.id));
		expect(ids).toEqual(chapters.map((c) => c.slug));
		for (const chapter of chapters) {
			const section = page.locator(`section#${chapter.slug}`);
			await expect(section.getByRole('heading', { level: 2, name: chapter.title })).toBeVisible();
			await expect(section.locator('time')).toHaveAttribute('datetime', chapter.date);
		}
		// Islands hydrate one per task after load: wait for them, not for a quiet network.
		await islandsLive(page);
		// The text comes from the prerendered HTML only, once the page's scripts have run: the story's own words.
		for (const chapter of chapters) {
			await expect(page.locator(`section#${chapter.slug} .chapter__body p`).first()).toHaveText(
				firstParagraph(chapter.file)
			);
		}
		expect(errors).toEqual([]);
		expect([...hosts]).toEqual([new URL(page.url()).host]);
	});

	// The DOM's landmarks and the skip link's target: the same on every screen.
	test(
		'has landmarks and a skip link that reaches the story',
		{ tag: '@once' },
		async ({ page }) => {
			await page.goto('/');
			await expect(page.getByRole('banner')).toHaveCount(1);
			await expect(page.getByRole('main')).toHaveCount(1);
			await expect(page.getByRole('contentinfo')).toHaveCount(1);
			await page.keyboard.press('Tab');
			const skip = page.getByRole('link', { name: 'Aller au récit' });
			await expect(skip).toBeFocused();
			await page.keyboard.press('Enter');
			await expect(page).toHaveURL(/#recit$/);
		}
	);

	test('headings never skip a level', { tag: '@once' }, async ({ page }) => {
		await page.goto('/');
		const levels = await page
			.locator('h1, h2, h3, h4, h5, h6')
			.evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
		expect(levels[0]).toBe(1);
		for (let i = 1; i < levels.length; i++)
			expect(levels[i] - levels[i - 1]).toBeLessThanOrEqual(1);
	});

	test('axe finds no violations', async ({ page }) => {
		await page.goto('/');
		const { violations } = await new AxeBuilder({ page }).analyze();
		expect(violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
	});
});

test.describe('chapter permalinks', () => {
	test(
		'every chapter has its own title, description and canonical URL',
		{ tag: '@once' },
		async ({ request }) => {
			for (const chapter of chapters) {
				const response = await request.get(`/chapitres/${chapter.slug}/`);
				expect(response.status(), chapter.slug).toBe(200);
				const html = await response.text();
				expect(html).toContain(`<title>${chapter.title.replace(/&/g, '&amp;')}`);
				expect(html).toMatch(/<meta name="description" content="[^"]{50,200}"/);
				expect(html).toContain(
					`<link rel="canonical" href="https://example.org/chapitres/${chapter.slug}/"`
				);
			}
		}
	);

	test('opens on its chapter and lets the reader go on', async ({ page }) => {
		const errors = watchErrors(page);
		const [, second, third] = chapters;
		await page.goto(`/chapitres/${second.slug}/`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(second.title);
		await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
		await page.getByRole('link', { name: /Chapitre suivant/ }).click();
		await expect(page).toHaveURL(`/chapitres/${third.slug}/`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(third.title);
		await page.getByRole('link', { name: /Chapitre précédent/ }).click();
		await expect(page).toHaveURL(`/chapitres/${second.slug}/`);
		expect(errors).toEqual([]);
	});

	test(
		'the first chapter has no previous link and the last no next link',
		{ tag: '@once' },
		async ({ page }) => {
			await page.goto(`/chapitres/${chapters[0].slug}/`);
			await expect(page.getByRole('link', { name: /Chapitre précédent/ })).toHaveCount(0);
			await page.goto(`/chapitres/${chapters.at(-1)!.slug}/`);
			await expect(page.getByRole('link', { name: /Chapitre suivant/ })).toHaveCount(0);
		}
	);

	test('axe finds no violations on a permalink', async ({ page }) => {
		await page.goto(`/chapitres/${chapters[9].slug}/`);
		const { violations } = await new AxeBuilder({ page }).analyze();
		expect(violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
	});
});

test.describe('unknown addresses', () => {
	test('get a real 404 page in French with a way back', { tag: '@once' }, async ({ page }) => {
		const response = await page.goto('/chapitres/nexiste-pas/');
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page introuvable');
		await page.getByRole('link', { name: 'Revenir au début du récit' }).click();
		await expect(page).toHaveURL('/');
	});

	test('axe finds no violations on the 404 page', async ({ page }) => {
		await page.goto('/une/adresse/inconnue/');
		const { violations } = await new AxeBuilder({ page }).analyze();
		expect(violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
	});
});

test.describe('files for machines', { tag: '@once' }, () => {
	test('the sitemap lists every public page and robots.txt points to it', async ({ request }) => {
		const xml = await (await request.get('/sitemap.xml')).text();
		const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
		expect(locs).toContain('https://example.org/');
		for (const chapter of chapters) {
			expect(locs).toContain(`https://example.org/chapitres/${chapter.slug}/`);
		}
		for (const loc of locs) {
			const response = await request.get(new URL(loc).pathname);
			expect(response.status(), loc).toBe(200);
		}
		const robots = await (await request.get('/robots.txt')).text();
		expect(robots).toContain('Sitemap: https://example.org/sitemap.xml');
	});

	test('the web app manifest and icons resolve', async ({ request }) => {
		const manifest = await (await request.get('/manifest.webmanifest')).json();
		expect(manifest.lang).toBe('fr');
		for (const icon of manifest.icons) {
			expect((await request.get(icon.src)).status(), icon.src).toBe(200);
		}
		expect((await request.get('/favicon.svg')).status()).toBe(200);
	});
});

// Text and plain links, without JavaScript: the same on every screen.
test.describe('without JavaScript', { tag: '@once' }, () => {
	test.use({ javaScriptEnabled: false });

	test('the whole story reads and every chapter link works', async ({ page }) => {
		await page.goto('/');
		for (const chapter of chapters) {
			await expect(
				page.locator(`section#${chapter.slug} .chapter__body p`).first()
			).not.toBeEmpty();
		}
		await page.getByRole('link', { name: chapters[4].title, exact: true }).click();
		await expect(page).toHaveURL(`/chapitres/${chapters[4].slug}/`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(chapters[4].title);
		await page.getByRole('link', { name: /Chapitre suivant/ }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(chapters[5].title);
	});
});

test.describe('layout', () => {
	// Each width on the device it stands for: the phone's (a mobile viewport,
	// touch) up to 360 px, the desktop's from 768 px.
	for (const width of [320, 360, 768, 1440, 2560]) {
		test(`nothing scrolls sideways at ${width} px`, async ({ page, isMobile }) => {
			test.skip(isMobile !== width <= 360, isMobile ? 'a desktop width' : 'a phone width');
			await page.setViewportSize({ width, height: 900 });
			for (const path of ['/', `/chapitres/${chapters[11].slug}/`, '/inconnu/']) {
				await page.goto(path);
				const overflow = await page.evaluate(
					() => document.documentElement.scrollWidth - document.documentElement.clientWidth
				);
				expect(overflow, `${path} at ${width}px`).toBeLessThanOrEqual(0);
			}
		});
	}

	test('body text is at least 18 px and lines hold 60 to 75 characters on wide screens', async ({
		page
	}) => {
		await page.goto('/');
		const paragraph = page.locator('.chapter__body p').first();
		const size = await paragraph.evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
		expect(size).toBeGreaterThanOrEqual(18);
		const chars = await paragraph.evaluate((p) => {
			const style = getComputedStyle(p);
			const canvas = document.createElement('canvas').getContext('2d')!;
			canvas.font = `${style.fontSize} ${style.fontFamily}`;
			const average = canvas.measureText('abcdefghijklmnopqrstuvwxyz ').width / 27;
			return p.getBoundingClientRect().width / average;
		});
		expect(chars).toBeLessThanOrEqual(75);
		if (page.viewportSize()!.width >= 1024) expect(chars).toBeGreaterThanOrEqual(60);
	});
});

test.describe('the English edition', () => {
	const english = englishChapters;

	test('has every chapter, in English, at /en/, with its twin in the other language', async ({
		page
	}) => {
		expect(english).toHaveLength(chapters.length);
		await page.goto('/en/');
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		const ids = await page.locator('main section.chapter').evaluateAll((s) => s.map((e) => e.id));
		expect(ids).toEqual(english.map((c) => c.slug));
		await expect(page.getByRole('navigation', { name: 'Timeline' })).toBeVisible();

		// A chapter links its French twin, in the banner and with hreflang.
		const [fr, en] = [chapters[9], english[9]];
		await page.goto(`/en/chapitres/${en.slug}/`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.title);
		await expect(page.locator('link[rel=alternate][hreflang=fr]')).toHaveAttribute(
			'href',
			`https://example.org/chapitres/${fr.slug}/`
		);
		await page.getByRole('link', { name: 'Français' }).click();
		await expect(page).toHaveURL(`/chapitres/${fr.slug}/`);
		await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
		await page.getByRole('link', { name: 'English' }).click();
		await expect(page).toHaveURL(`/en/chapitres/${en.slug}/`);
	});

	test('axe finds no violations on an English chapter', async ({ page }) => {
		await page.goto(`/en/chapitres/${english[12].slug}/`);
		const { violations } = await new AxeBuilder({ page }).analyze();
		expect(violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
	});
});
