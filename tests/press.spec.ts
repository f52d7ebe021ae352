/**
 * The press contract, on the production build: every chapter permalink
 * serves its own title, description, canonical URL, Open Graph and Twitter
 * tags and JSON-LD in its HTML; its preview picture is a real 1200×630 PNG;
 * the share button copies the permalink and says so; share and cite work
 * without JavaScript; printing hides what only a screen needs; the press page
 * lists every chapter; and a sub-path deploy carries its sub-path everywhere.
 */
import { readdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { chapters, readClipboard } from './helpers';

const ORIGIN = (process.env.SITE_ORIGIN ?? 'https://example.org').replace(/\/+$/, '');
/** The press contact the build was given (PRESS_CONTACT_EMAIL), if any. */
const CONTACT = process.env.PRESS_CONTACT_EMAIL?.trim() || null;
const SUBPATH_URL = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4173) + 1}`;
const SUBPATH = '/histoire';

/** Slugs from the story files themselves, not from the site: a chapter the site forgot fails. */
const SLUGS = readdirSync('stories/fr')
	.filter((name) => /^\d{2}-.+\.md$/.test(name))
	.sort()
	.map((name) => name.replace(/^\d{2}-/, '').replace(/\.md$/, ''));

interface Head {
	title: string;
	/** `name` or `property` → every `content` given for it. */
	meta: Record<string, string[]>;
	canonical: string[];
	jsonLd: string[];
}

/** What the served `<head>` says, read from the DOM the HTML parser built. */
function readHead(page: Page): Promise<Head> {
	return page.evaluate(() => {
		const meta: Record<string, string[]> = {};
		for (const el of document.head.querySelectorAll('meta[name], meta[property]')) {
			const key = el.getAttribute('property') ?? el.getAttribute('name') ?? '';
			(meta[key] ??= []).push(el.getAttribute('content') ?? '');
		}
		return {
			title: document.title,
			meta,
			canonical: [...document.head.querySelectorAll('link[rel="canonical"]')].map(
				(el) => el.getAttribute('href') ?? ''
			),
			jsonLd: [...document.head.querySelectorAll('script[type="application/ld+json"]')].map(
				(el) => el.textContent ?? ''
			)
		};
	});
}

/** Exactly one value for a tag, and not an empty one. */
function one(head: Head, key: string): string {
	expect(head.meta[key], key).toHaveLength(1);
	expect(head.meta[key][0], key).not.toBe('');
	return head.meta[key][0];
}

/** Fetches a picture and reads its size from the PNG header (signature, then IHDR). */
async function fetchPng(request: APIRequestContext, url: string) {
	const response = await request.get(url);
	expect(response.status(), url).toBe(200);
	expect(response.headers()['content-type']).toBe('image/png');
	const body = await response.body();
	expect([...body.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
	expect(body.subarray(12, 16).toString('latin1')).toBe('IHDR');
	return { width: body.readUInt32BE(16), height: body.readUInt32BE(20), bytes: body.length };
}

test('every French story file is a chapter of the build’s index, in order', () => {
	expect(SLUGS.length).toBeGreaterThan(0);
	expect(chapters.map((c) => c.slug)).toEqual(SLUGS);
});

test.describe('every chapter permalink, as served (no JavaScript)', { tag: '@once' }, () => {
	test.use({ javaScriptEnabled: false });

	test('has its own preview tags, picture and JSON-LD', async ({ page, request }) => {
		for (const slug of SLUGS) {
			await test.step(`/chapitres/${slug}/`, async () => {
				const permalink = `${ORIGIN}/chapitres/${slug}/`;
				const response = await page.goto(`/chapitres/${slug}/`);
				expect(response?.status()).toBe(200);
				const head = await readHead(page);

				const h1 = (await page.locator('h1').textContent())?.trim() ?? '';
				expect(head.title.length).toBeGreaterThan(0);
				expect(head.title.length).toBeLessThan(70);
				expect(head.title).toContain(h1.slice(0, 30));
				const description = one(head, 'description');
				expect(description.length).toBeLessThan(200);
				expect(head.canonical).toEqual([permalink]);

				expect(one(head, 'og:type')).toBe('article');
				expect(one(head, 'og:title')).toBe(h1);
				expect(one(head, 'og:description')).toBe(description);
				expect(one(head, 'og:url')).toBe(permalink);
				expect(one(head, 'og:locale')).toBe('fr_FR');
				expect(one(head, 'og:site_name')).toBe('L’après-mines');
				const image = one(head, 'og:image');
				expect(image).toBe(`${ORIGIN}/og/fr/chapitres/${slug}.png`);
				expect(one(head, 'og:image:width')).toBe('1200');
				expect(one(head, 'og:image:height')).toBe('630');
				expect(one(head, 'og:image:alt')).toContain(h1);
				expect(one(head, 'twitter:card')).toBe('summary_large_image');
				expect(one(head, 'twitter:title')).toBe(h1);
				expect(one(head, 'twitter:description')).toBe(description);
				expect(one(head, 'twitter:image')).toBe(image);
				expect(one(head, 'twitter:image:alt')).toBe(one(head, 'og:image:alt'));

				expect(head.jsonLd).toHaveLength(1);
				const ld = JSON.parse(head.jsonLd[0]);
				expect(ld).toMatchObject({
					'@context': 'https://schema.org',
					'@type': 'Article',
					headline: h1,
					url: permalink,
					image,
					inLanguage: 'fr',
					publisher: { '@type': 'Organization' },
					about: { '@type': 'Event' }
				});
				expect(ld.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
				expect(ld.about.startDate ?? ld.about.endDate).toMatch(/^\d{4}(-\d{2}){0,2}$/);

				const png = await fetchPng(request, image.replace(ORIGIN, ''));
				expect(png).toMatchObject({ width: 1200, height: 630 });
				expect(png.bytes).toBeLessThan(300 * 1024);
			});
		}
	});

	test('the home page is a WebSite with its own picture, and the press page a CollectionPage', async ({
		page,
		request
	}) => {
		await page.goto('/');
		const home = await readHead(page);
		expect(home.canonical).toEqual([`${ORIGIN}/`]);
		expect(one(home, 'og:type')).toBe('website');
		expect(one(home, 'twitter:card')).toBe('summary_large_image');
		expect(JSON.parse(home.jsonLd[0])['@type']).toBe('WebSite');
		expect(await fetchPng(request, one(home, 'og:image').replace(ORIGIN, ''))).toMatchObject({
			width: 1200,
			height: 630
		});

		await page.goto('/presse/');
		const press = await readHead(page);
		expect(press.canonical).toEqual([`${ORIGIN}/presse/`]);
		const ld = JSON.parse(press.jsonLd[0]);
		expect(ld['@type']).toBe('CollectionPage');
		expect(ld.mainEntity.itemListElement).toHaveLength(SLUGS.length);
		expect(await fetchPng(request, one(press, 'og:image').replace(ORIGIN, ''))).toMatchObject({
			width: 1200,
			height: 630
		});
	});
});

// Head tags: the same on every screen.
test.describe('the head once the page is live', { tag: '@once' }, () => {
	test('is not duplicated by hydration, and follows a navigation to the next chapter', async ({
		page
	}) => {
		await page.goto('/chapitres/le-9-9bis/');
		await expect(page.locator('section#le-9-9bis').getByRole('button').first()).toBeVisible();
		let head = await readHead(page);
		expect(head.jsonLd).toHaveLength(1);
		expect(head.meta['og:title']).toHaveLength(1);

		await page.getByRole('link', { name: /Chapitre suivant/ }).click();
		await expect(page).toHaveURL(/\/chapitres\/bassin-minier-uni\/$/);
		await expect(page.locator('h1')).toContainText('Bassin Minier Uni');
		head = await readHead(page);
		expect(head.canonical).toEqual([`${ORIGIN}/chapitres/bassin-minier-uni/`]);
		expect(head.meta['og:url']).toEqual([`${ORIGIN}/chapitres/bassin-minier-uni/`]);
		expect(head.meta['og:image']).toEqual([`${ORIGIN}/og/fr/chapitres/bassin-minier-uni.png`]);
		expect(head.jsonLd).toHaveLength(1);
		expect(JSON.parse(head.jsonLd[0]).url).toBe(`${ORIGIN}/chapitres/bassin-minier-uni/`);
		expect(head.title).toContain('Bassin Minier Uni');
	});
});

test.describe('accessibility', () => {
	for (const path of ['/presse/', '/chapitres/patrimoine-mondial/']) {
		test(`${path} passes axe’s WCAG 2.2 AA checks, citation open`, async ({ page }) => {
			await page.goto(path);
			for (const summary of await page.locator('summary').all()) await summary.click();
			const results = await new AxeBuilder({ page })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
				.analyze();
			expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
		});
	}
});

test('every permalink, opened cold, shows its chapter’s title in the first screen', async ({
	page
}) => {
	for (const slug of SLUGS) {
		await page.goto(`/chapitres/${slug}/`);
		const h1 = page.locator('h1');
		await expect(h1, slug).toHaveCount(1);
		// The h1 is this chapter's own heading, inside this chapter's section.
		await expect(page.locator(`section#${slug} h1`), slug).toHaveCount(1);
		const box = await h1.boundingBox();
		const viewport = page.viewportSize()!;
		expect(await page.evaluate(() => window.scrollY), slug).toBe(0);
		expect(box, slug).not.toBeNull();
		expect(box!.y, slug).toBeGreaterThanOrEqual(0);
		expect(box!.y + box!.height, slug).toBeLessThanOrEqual(viewport.height);
	}
});

test.describe('share and cite', () => {
	const slug = 'le-9-9bis';
	const permalink = `${ORIGIN}/chapitres/${slug}/`;

	test('the share button copies the permalink and announces it', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto(`/chapitres/${slug}/`);
		// Headless Chromium has no Web Share API: this is the copy path, as on most desktops.
		expect(await page.evaluate(() => typeof navigator.share)).toBe('undefined');
		const chapter = page.locator(`section#${slug}`);
		const button = chapter.getByRole('button', { name: /^Copier le lien/ });
		await button.click();
		const status = chapter.getByRole('status');
		await expect(status).toHaveText('Lien copié dans le presse-papiers.');
		await expect(status).toBeVisible();
		expect(await readClipboard(page)).toBe(permalink);
		await expect(button).toBeFocused();
	});

	test('the citation names the chapter, the site, the date and the permalink, and copies', async ({
		page,
		context
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto(`/chapitres/${slug}/`);
		const chapter = page.locator(`section#${slug}`);
		const title = (await page.locator('h1').textContent())?.trim() ?? '';
		await chapter.getByText('Citer ce chapitre').click();
		const citation = chapter.locator('.share-cite__citation');
		await expect(citation).toBeVisible();
		await expect(citation).toContainText(`« ${title} »`);
		await expect(citation).toContainText('L’après-mines');
		await expect(citation).toContainText('Mission Bassin Minier');
		await expect(citation).toContainText(/\d{1,2}(er)? \p{L}+ \d{4}/u);
		await expect(citation).toContainText(permalink);
		await chapter.getByRole('button', { name: 'Copier la citation' }).click();
		await expect(chapter.getByRole('status')).toHaveText('Citation copiée dans le presse-papiers.');
		expect(await readClipboard(page)).toBe((await citation.textContent())?.trim());
	});

	// Text and a plain link, without JavaScript: the same on every screen.
	test.describe('without JavaScript', { tag: '@once' }, () => {
		test.use({ javaScriptEnabled: false });

		test('shows the permalink as a plain link and the citation as text', async ({ page }) => {
			await page.goto(`/chapitres/${slug}/`);
			const chapter = page.locator(`section#${slug}`);
			const link = chapter.getByRole('link', { name: /^Lien permanent/ });
			await expect(link).toBeVisible();
			await expect(link).toHaveAttribute('href', `/chapitres/${slug}/`);
			// Buttons that need JavaScript are not offered at all.
			await expect(chapter.getByRole('button')).toHaveCount(0);
			await chapter.getByText('Citer ce chapitre').click();
			await expect(chapter.locator('.share-cite__citation')).toBeVisible();
			await expect(chapter.locator('.share-cite__citation')).toContainText(permalink);
		});
	});
});

test.describe('print', { tag: '@once' }, () => {
	test('a chapter prints as text with its date and permalink, without screen-only parts', async ({
		page
	}) => {
		const slug = 'wingles-la-metropole-et-le-bassin';
		await page.goto(`/chapitres/${slug}/`);
		// Wait for the page to be live, so that buttons added by JavaScript are there to hide.
		await expect(page.locator(`section#${slug}`).getByRole('button').first()).toBeVisible();
		await page.emulateMedia({ media: 'print' });

		const noPrint = page.locator('.no-print');
		expect(await noPrint.count()).toBeGreaterThan(0);
		for (const element of await noPrint.all()) await expect(element).toBeHidden();
		const buttons = page.locator('button');
		expect(await buttons.count()).toBeGreaterThan(0);
		for (const button of await buttons.all()) await expect(button).toBeHidden();
		for (const hidden of await page.locator('.chapter-nav, .chapter__scene, .skip').all()) {
			await expect(hidden).toBeHidden();
		}

		const chapter = page.locator(`section#${slug}`);
		await expect(chapter.locator('time').first()).toBeVisible();
		const url = chapter.locator('.share-cite__permalink');
		await expect(url).toBeVisible();
		await expect(url).toHaveText(`${ORIGIN}/chapitres/${slug}/`);
		// Printed just under the title, before the text.
		const title = await page.locator('h1').boundingBox();
		const printed = await url.boundingBox();
		const firstParagraph = await chapter.locator('.chapter__body p').first().boundingBox();
		expect(printed!.y).toBeGreaterThan(title!.y + title!.height - 1);
		expect(printed!.y + printed!.height).toBeLessThanOrEqual(firstParagraph!.y);
	});

	test('the home page prints every chapter with its permalink', async ({ page }) => {
		await page.goto('/');
		await page.emulateMedia({ media: 'print' });
		const urls = page.locator('.share-cite__permalink');
		await expect(urls).toHaveCount(SLUGS.length);
		for (const [i, slug] of SLUGS.entries()) {
			await expect(urls.nth(i)).toBeVisible();
			await expect(urls.nth(i)).toHaveText(`${ORIGIN}/chapitres/${slug}/`);
		}
		for (const element of await page.locator('.no-print').all()) await expect(element).toBeHidden();
	});

	test('on screen, the printed permalink line is not shown', async ({ page }) => {
		await page.goto('/chapitres/le-9-9bis/');
		await expect(page.locator('.share-cite__permalink').first()).toBeHidden();
	});
});

/**
 * The contact is a build setting: with PRESS_CONTACT_EMAIL, one mailto link
 * to it; without, no contact section, no link to one, and no placeholder.
 */
async function expectContact(page: Page) {
	const body = (await page.locator('body').textContent()) ?? '';
	expect(body).not.toMatch(/à compléter|to be completed|presse@example\.org/);
	if (CONTACT) {
		await expect(page.locator('#contact a[href^="mailto:"]')).toHaveAttribute(
			'href',
			`mailto:${CONTACT}`
		);
	} else {
		await expect(page.locator('#contact')).toHaveCount(0);
		await expect(page.locator('a[href="#contact"]')).toHaveCount(0);
		await expect(page.locator('a[href^="mailto:"]')).toHaveCount(0);
	}
}

test.describe('the press page', () => {
	// The page's text, links and files: the same on every screen.
	test(
		'lists every chapter with its date, summary, permalink and a working picture',
		{ tag: '@once' },
		async ({ page, request }) => {
			await page.goto('/presse/');
			await expect(page.locator('h1')).toHaveText('Espace presse');
			const entries = page.locator('.entry');
			await expect(entries).toHaveCount(SLUGS.length);
			for (const [i, slug] of SLUGS.entries()) {
				const entry = entries.nth(i);
				await expect(entry.locator('time')).not.toBeEmpty();
				await expect(entry.locator('.entry__summary')).not.toBeEmpty();
				await expect(
					entry.getByRole('link', { name: `${ORIGIN}/chapitres/${slug}/` })
				).toHaveAttribute('href', `/chapitres/${slug}/`);
				const download = entry.getByRole('link', { name: /^Télécharger l’image d’aperçu/ });
				const href = await download.getAttribute('href');
				expect(href).toBe(`/og/fr/chapitres/${slug}.png`);
				await expect(download).toHaveAttribute('download', /\.png$/);
				expect(await fetchPng(request, href!)).toMatchObject({ width: 1200, height: 630 });
				// The list shows the smaller rendition, sized by its attributes before it loads.
				const picture = entry.locator('img');
				await expect(picture).toHaveAttribute('src', `/og/fr/vignettes/${slug}.png`);
				await expect(picture).toHaveAttribute('width', '600');
				await expect(picture).toHaveAttribute('height', '315');
				expect(await fetchPng(request, `/og/fr/vignettes/${slug}.png`)).toMatchObject({
					width: 600,
					height: 315
				});
			}
		}
	);

	test(
		'gives the key figures with their source, credits, how to cite, and the contact if set',
		{ tag: '@once' },
		async ({ page }) => {
			await page.goto('/presse/');
			const figures = page.locator('#chiffres');
			await expect(figures.locator('li')).toHaveCount(6);
			await expect(figures).toContainText('1,2 million');
			await expect(figures).toContainText('collaborateurs');
			await expect(figures).toContainText('Mission Bassin Minier');
			await expect(page.locator('#credits')).toContainText('SIL Open Font License');
			await expect(page.locator('#credits')).toContainText('pas des photographies');
			await expect(page.locator('#citer')).toContainText(`${ORIGIN}/`);
			await expectContact(page);
		}
	);

	test('in English, shows no French and no placeholder', { tag: '@once' }, async ({ page }) => {
		await page.goto('/en/presse/');
		await expect(page.locator('h1')).toHaveText('Press');
		const text = (await page.locator('main').textContent()) ?? '';
		expect(text).toContain('Permanent link:');
		expect(text).not.toMatch(/compléter| :|Lien permanent|Télécharger|Courriel/);
		await expectContact(page);
	});

	test('is linked from the footer and listed in the sitemap', async ({ page, request }) => {
		await page.goto('/');
		await page.getByRole('contentinfo').getByRole('link', { name: 'Presse' }).click();
		await expect(page).toHaveURL(/\/presse\/$/);
		const sitemap = await (await request.get('/sitemap.xml')).text();
		expect(sitemap).toContain(`<loc>${ORIGIN}/presse/</loc>`);
	});
});

test.describe('deployed under a sub-path', { tag: '@once' }, () => {
	test.use({ javaScriptEnabled: false });

	test('canonical, og:image and JSON-LD carry the sub-path, and the pictures are served there', async ({
		page,
		request
	}) => {
		for (const slug of SLUGS) {
			await page.goto(`${SUBPATH_URL}${SUBPATH}/chapitres/${slug}/`);
			const head = await readHead(page);
			const permalink = `${ORIGIN}${SUBPATH}/chapitres/${slug}/`;
			expect(head.canonical).toEqual([permalink]);
			expect(one(head, 'og:url')).toBe(permalink);
			const image = one(head, 'og:image');
			expect(image).toBe(`${ORIGIN}${SUBPATH}/og/fr/chapitres/${slug}.png`);
			expect(JSON.parse(head.jsonLd[0])).toMatchObject({ url: permalink, image });
			const png = await fetchPng(request, `${SUBPATH_URL}${image.replace(ORIGIN, '')}`);
			expect(png).toMatchObject({ width: 1200, height: 630 });
		}
		await page.goto(`${SUBPATH_URL}${SUBPATH}/presse/`);
		const pictures = page.getByRole('link', { name: /^Télécharger l’image d’aperçu/ });
		await expect(pictures).toHaveCount(SLUGS.length);
		for (const link of await pictures.all()) {
			expect(await link.getAttribute('href')).toMatch(/^\/histoire\/og\/fr\/chapitres\/.+\.png$/);
		}
		const thumbnails = page.locator('.entry__picture');
		await expect(thumbnails).toHaveCount(SLUGS.length);
		for (const thumbnail of await thumbnails.all()) {
			const src = await thumbnail.getAttribute('src');
			expect(src).toMatch(/^\/histoire\/og\/fr\/vignettes\/.+\.png$/);
			expect(await fetchPng(request, `${SUBPATH_URL}${src}`)).toMatchObject({ width: 600 });
		}
	});
});
