import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { chapters, englishChapters, focusRing, islandsLive, type FocusRing } from './helpers';

/**
 * What the accessibility audit (issue 15) found, held on the production
 * build: focus rings that can be seen wherever they are drawn, French
 * quotations marked as French in the English edition, an English 404 for
 * English addresses, landmarks and names that tell parts apart, and text
 * enlarged to 200 % without overlap or sideways scrolling.
 */

/** The rings of the first `count` Tab stops from the top, and of the last `fromEnd` from the bottom. */
async function ringsOf(page: Page, path: string, count: number, fromEnd: number) {
	const rings: FocusRing[] = [];
	await page.goto(path);
	// Every island's tab stops are there (they hydrate one per task after load).
	await islandsLive(page);
	for (let i = 0; i < count; i++) {
		await page.keyboard.press('Tab');
		const ring = await focusRing(page);
		if (ring) rings.push(ring);
	}
	await page.goto(path);
	await islandsLive(page);
	for (let i = 0; i < fromEnd; i++) {
		await page.keyboard.press('Shift+Tab');
		const ring = await focusRing(page);
		if (ring) rings.push(ring);
	}
	return rings;
}

const weak = (rings: FocusRing[]) =>
	rings
		.filter((ring) => !(ring.ratio >= 3))
		.map((r) => `${r.element}: ${r.ring} around ${r.around}, ${r.ratio}:1`);

test.describe('focus rings', () => {
	// The English pages have the French ones' parts and colours: on the desktop only.
	for (const [path, once] of [
		['/', false],
		['/presse/', false],
		['/inconnu/', false],
		['/en/', true],
		['/en/inconnu/', true]
	] as const) {
		test(
			`stand out at least 3:1 from what is around them, banner, page and footer, on ${path}`,
			{
				tag: once ? '@once' : []
			},
			async ({ page }) => {
				const rings = await ringsOf(page, path, 14, 4);
				// The banner's toggle (an island, drawn once the page runs) is among them.
				if (!path.includes('inconnu')) {
					expect(rings.map((r) => r.element).join('\n')).toContain('button.motion');
				}
				expect(rings.map((r) => r.element).join('\n')).toContain('a.skip');
				expect(rings.length).toBeGreaterThanOrEqual(10);
				expect(weak(rings)).toEqual([]);
			}
		);
	}
});

test.describe('the English edition', { tag: '@once' }, () => {
	test('marks the French quotations of its chapters as French', async ({ page }) => {
		const whitePaper = englishChapters.find((c) => c.scene === 'white-paper')!;
		const heritage = englishChapters.find((c) => c.scene === 'inscription')!;
		for (const [chapter, quotation] of [
			[whitePaper, 'Une ambition partagée pour l’après-charbon'],
			[heritage, 'Paysage culturel évolutif vivant']
		] as const) {
			await page.goto(`/en/chapitres/${chapter.slug}/`);
			const french = page.locator('main [lang="fr"]', { hasText: quotation });
			await expect(french).toHaveCount(1);
			// Marked where it is written, in the chapter's text, with French spacing inside « ».
			await expect(french).toHaveText(`«\u00a0${quotation}\u00a0»`);
		}
	});

	test('answers an unknown English address with the English 404, and the French one in French', async ({
		page
	}) => {
		const response = await page.goto('/en/chapitres/does-not-exist/');
		expect(response?.status()).toBe(404);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
		await expect(
			page.getByRole('link', { name: 'Back to the start of the story' })
		).toHaveAttribute('href', '/en/');
		// One line in French, marked as such, for a reader who came the wrong way.
		await expect(page.locator('main p[lang="fr"]')).toContainText('Page introuvable');

		await page.goto('/chapitres/nexiste-pas/');
		await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page introuvable');
	});
});

test.describe('skip links and landmarks', () => {
	for (const [path, name, target] of [
		['/', 'Aller au récit', 'recit'],
		['/presse/', 'Aller au contenu', 'recit'],
		['/en/presse/', 'Skip to the content', 'recit'],
		['/inconnu/', 'Aller au contenu', 'contenu'],
		['/en/inconnu/', 'Skip to the content', 'contenu']
	] as const) {
		test(`the skip link on ${path} says where it goes and its target takes focus`, async ({
			page
		}) => {
			await page.goto(path);
			await page.keyboard.press('Tab');
			const skip = page.getByRole('link', { name, exact: true });
			await expect(skip).toBeFocused();
			await page.keyboard.press('Enter');
			await expect(page.locator(`main#${target}`)).toBeFocused();
		});
	}

	test('the story is one main landmark with its chapters as headings, not sixteen regions', async ({
		page
	}) => {
		await page.goto('/');
		await expect(page.getByRole('region')).toHaveCount(0);
		await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveCount(
			chapters.length
		);
	});

	test('each « Citer ce chapitre » is named with its chapter', async ({ page }) => {
		await page.goto('/');
		await islandsLive(page);
		const summaries = page.locator('details.share-cite__cite summary');
		await expect(summaries).toHaveCount(chapters.length);
		const names = await summaries.evaluateAll((all) =>
			all.map((s) => (s.textContent ?? '').replace(/\s+/g, ' ').trim())
		);
		expect(names).toEqual(
			chapters.map((c) => `Citer ce chapitre : ${c.title}`.replace(/\s+/g, ' '))
		);
	});
});

test.describe('the banner on narrow screens', { tag: '@once' }, () => {
	test.use({ viewport: { width: 360, height: 780 } });

	test('names the language link with what it shows (« EN »)', async ({ page }) => {
		await page.goto('/');
		const link = page.locator('a.banner__lang');
		await expect(link).toHaveText(/^EN\b/);
		await expect(link).toHaveAccessibleName(/^EN\b.*English/);
		await page.goto('/en/');
		await expect(page.locator('a.banner__lang')).toHaveAccessibleName(/^FR\b.*Français/);
	});
});

test.describe('text enlarged to 200 %', { tag: '@once' }, () => {
	test.use({ viewport: { width: 1440, height: 900 } });

	/** Root font size 32 px, as a reader's text-only enlargement gives it. */
	const enlarge = (page: Page) =>
		page.evaluate(() =>
			document.documentElement.style.setProperty('font-size', '32px', 'important')
		);

	test('the press page does not scroll sideways, at 200 % on a wide screen or at 100 % on a phone', async ({
		page
	}) => {
		for (const [path, width] of [
			['/presse/', 1440],
			['/en/presse/', 1440],
			['/presse/', 320],
			['/en/presse/', 360]
		] as const) {
			await page.setViewportSize({ width, height: 900 });
			await page.goto(path);
			if (width > 1000) await enlarge(page);
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow, `${path} at ${width}`).toBeLessThanOrEqual(0);
		}
	});

	test('the timeline column’s labels do not overlap', async ({ page }) => {
		await page.goto('/');
		await enlarge(page);
		const boxes = await page
			.locator('.timeline .mark__text')
			.evaluateAll((all) => all.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
		expect(boxes.length).toBeGreaterThan(1);
		const overlaps = boxes.slice(1).flatMap((box, i) => {
			const above = boxes[i];
			return box.top < above.bottom - 0.5
				? [`mark ${i + 2} starts ${above.bottom - box.top}px inside mark ${i + 1}`]
				: [];
		});
		expect(overlaps).toEqual([]);
	});
});

test.describe('axe', () => {
	for (const path of ['/presse/', '/en/presse/', '/en/', '/en/inconnu/']) {
		test(`finds no violations on ${path}`, async ({ page }) => {
			await page.goto(path);
			await islandsLive(page);
			const { violations } = await new AxeBuilder({ page }).analyze();
			expect(violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
		});
	}
});
