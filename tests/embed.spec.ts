/**
 * Embeds for the press (docs/embedding.md, src/lib/embed/README.md): a chapter or the timeline inside
 * another site's article.
 *
 * A host page, served by this file from another port (another origin), holds
 * two frames with the code the « Intégrer » panel gives, `/embed.js` included:
 * each frame is as tall as its content at 320 and 700 px wide and after a
 * resize; a message from another origin is ignored; links in a frame open at
 * the top level. Then: every chapter's oEmbed file, axe on the embed pages,
 * the panel's copy button, the framing headers, the head of an embed page.
 */
import AxeBuilder from '@axe-core/playwright';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { SUBPATH_ORIGIN, chapters, englishChapters, readClipboard } from './helpers';

const SITE_ORIGIN = (process.env.SITE_ORIGIN ?? 'https://example.org').replace(/\/+$/, '');
const chapter = chapters[9];
const english = englishChapters[2];

/** A page of another origin, as a newspaper's article would be. */
let host: Server;
let hostOrigin = '';
/** The host page's body, set by each test before it opens the page. */
let hostBody = '';

test.beforeAll(async () => {
	host = createServer((req, res) => {
		if (req.url === '/evil.html') {
			// A frame of the host's origin that lies about a height.
			res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
			res.end(
				'<!doctype html><title>evil</title><p>evil</p><script>' +
					'addEventListener("message", (e) => { if (e.data === "lie") parent.postMessage({ type: "apres-mines:height", version: 1, height: 5 }, "*"); });' +
					'</script>'
			);
			return;
		}
		res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		res.end(
			`<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Journal</title>` +
				`<meta name="viewport" content="width=device-width, initial-scale=1">` +
				`<style>body{margin:0;font:16px sans-serif}p{margin:1rem}</style></head>` +
				`<body><p>Un article de journal.</p>${hostBody}<p>La fin de l’article.</p></body></html>`
		);
	});
	await new Promise<void>((done) => host.listen(0, '127.0.0.1', done));
	hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
	await new Promise<void>((done) => host.close(() => done()));
});

/** The code a panel shows, pointed at the test server instead of the public origin. */
async function codeFrom(page: Page, path: string, panel: string): Promise<string> {
	await page.goto(path);
	const code = await page.locator(`#${panel}-code-integration`).inputValue();
	expect(code).toContain(`${SITE_ORIGIN}/embed.js`);
	return code.replaceAll(SITE_ORIGIN, new URL(page.url()).origin);
}

/** The frame whose address contains `part`. */
function frameOf(page: Page, part: string): Frame {
	const frame = page.frames().find((f) => f.url().includes(part));
	if (!frame) throw new Error(`no frame at ${part}`);
	return frame;
}

/** The content's height inside the frame, and the frame's height on the host page. */
async function heights(page: Page, part: string) {
	const frame = frameOf(page, part);
	const content = await frame.evaluate(
		() => document.querySelector('.embed')!.getBoundingClientRect().height
	);
	const element = page.locator(`iframe[src*="${part}"]`);
	const box = await element.evaluate((iframe) => iframe.getBoundingClientRect().height);
	return { content, box };
}

async function expectFitted(page: Page, part: string) {
	await expect
		.poll(
			async () => {
				const { content, box } = await heights(page, part);
				return Math.abs(content - box) <= 3 && box > 150;
			},
			{ timeout: 10_000, message: `frame ${part} as tall as its content` }
		)
		.toBe(true);
}

test.describe('a host page of another origin', () => {
	test.describe.configure({ mode: 'serial' });

	async function openHost(page: Page, width: number) {
		const chapterCode = await codeFrom(page, `/chapitres/${chapter.slug}/`, chapter.slug);
		const timelineCode = await codeFrom(page, '/en/presse/', 'chronologie');
		hostBody = `${chapterCode}\n<p>Entre les deux cadres.</p>\n${timelineCode}\n<iframe src="/evil.html" title="evil" height="50"></iframe>`;
		await page.setViewportSize({ width, height: 800 });
		await page.goto(`${hostOrigin}/`);
		// The frames are lazy: bring each into view once, as a reader would.
		for (const frame of await page.locator('iframe[src*="/embed/"]').all()) {
			await frame.scrollIntoViewIfNeeded();
		}
	}

	for (const width of [320, 700]) {
		test(`each frame is as tall as its content at ${width} px`, async ({ page }) => {
			await openHost(page, width);
			await expectFitted(page, `/embed/chapitres/${chapter.slug}/`);
			await expectFitted(page, '/en/embed/chronologie/');
			// Nothing to scroll inside: the chapter shows its steps one at a time.
			const frame = frameOf(page, `/embed/chapitres/${chapter.slug}/`);
			const steps = frame.getByRole('group', { name: 'Étapes du chapitre' });
			await expect(steps).toBeVisible();
			await expect(steps).toContainText(/Étape 1 sur \d/);
			const before = await heights(page, `/embed/chapitres/${chapter.slug}/`);
			await steps.getByRole('button', { name: /Étape suivante/ }).click();
			await expect(steps).toContainText(/Étape 2 sur \d/);
			await expect(frame.locator('section.chapter figure')).toHaveAttribute('data-state', /\d/);
			const shown = await frame.locator('.step:not([hidden])').count();
			expect(shown).toBe(1);
			await expectFitted(page, `/embed/chapitres/${chapter.slug}/`);
			expect(before.box).toBeGreaterThan(150);
		});
	}

	test('the frames follow their content after a resize', async ({ page }) => {
		await openHost(page, 700);
		const part = `/embed/chapitres/${chapter.slug}/`;
		await expectFitted(page, part);
		const wide = await heights(page, part);
		await page.setViewportSize({ width: 320, height: 800 });
		await expectFitted(page, part);
		await expectFitted(page, '/en/embed/chronologie/');
		const narrow = await heights(page, part);
		// Narrower, the same text takes more lines.
		expect(narrow.box).not.toBe(wide.box);
	});

	// Which messages /embed.js believes is logic, the same on every screen.
	test('a message from another origin is ignored', { tag: '@once' }, async ({ page }) => {
		await openHost(page, 700);
		const part = `/embed/chapitres/${chapter.slug}/`;
		await expectFitted(page, part);
		const { box } = await heights(page, part);
		// Counts the lies as the host page receives them: a listener added after
		// /embed.js's own hears each message after it, so once both are counted
		// /embed.js has had its chance to act on them.
		await page.evaluate(() => {
			const seen = window as unknown as { lies: number };
			seen.lies = 0;
			addEventListener('message', (event) => {
				if (event.data?.type === 'apres-mines:height' && event.data.height === 5) seen.lies++;
			});
		});
		// The host page itself, then a frame of its origin, claim a height of 5 px.
		await page.evaluate(() =>
			postMessage({ type: 'apres-mines:height', version: 1, height: 5 }, '*')
		);
		await page.locator('iframe[src="/evil.html"]').evaluate((frame) => {
			(frame as HTMLIFrameElement).contentWindow!.postMessage('lie', '*');
		});
		await expect
			.poll(() => page.evaluate(() => (window as unknown as { lies: number }).lies))
			.toBe(2);
		await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));
		const after = await heights(page, part);
		expect(after.box).toBe(box);
		await expectFitted(page, part);
	});

	// `<base target="_top">` and where a link leads: the same on every screen.
	test('links in a frame open the site at the top level', { tag: '@once' }, async ({ page }) => {
		await openHost(page, 700);
		const frame = frameOf(page, `/embed/chapitres/${chapter.slug}/`);
		await frame.getByRole('link', { name: /Lire toute l’histoire/ }).click();
		await expect(page).toHaveURL(
			new RegExp(`:${process.env.E2E_PORT ?? 4173}/chapitres/${chapter.slug}/$`)
		);
		await openHost(page, 700);
		const timeline = frameOf(page, '/en/embed/chronologie/');
		await timeline.getByRole('navigation', { name: 'Timeline' }).getByRole('link').nth(2).click();
		await expect(page).toHaveURL(/\/en\/chapitres\/[^/]+\/$/);
		expect(page.url()).not.toContain(hostOrigin);
	});
});

test('without /embed.js, the frame keeps its height, scrolls, and the scene follows that scroll', async ({
	page
}) => {
	const code = await codeFrom(page, `/chapitres/${chapter.slug}/`, chapter.slug);
	// A CMS that strips scripts: the frame alone.
	hostBody = code.split('\n')[0];
	await page.setViewportSize({ width: 360, height: 800 });
	await page.goto(`${hostOrigin}/`);
	const part = `/embed/chapitres/${chapter.slug}/`;
	await expect.poll(() => page.frames().some((f) => f.url().includes(part))).toBe(true);
	const frame = frameOf(page, part);
	const figure = frame.locator('section.chapter figure');
	await expect(figure).toHaveAttribute('data-state', '0');
	expect(await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height)).toBe(640);
	// Every step is there, no step-by-step buttons: the frame scrolls.
	await expect(frame.getByRole('group', { name: 'Étapes du chapitre' })).toBeHidden();
	const steps = frame.locator('.step');
	const last = steps.last();
	const lastState = await last.getAttribute('data-state');
	expect(lastState).not.toBe('0');
	await last.evaluate((step) => step.scrollIntoView({ block: 'center' }));
	await expect(figure).toHaveAttribute('data-state', lastState!);
	await frame.evaluate(() => scrollTo(0, 0));
	await expect(figure).toHaveAttribute('data-state', '0');
});

test(
	'every chapter’s oEmbed file parses, points at its embed and has a 1200×630 PNG',
	{ tag: '@once' },
	async ({ page, request }) => {
		for (const c of [...chapters, ...englishChapters]) {
			const prefix = c.lang === 'fr' ? '' : `/${c.lang}`;
			const permalink = await (await request.get(`${prefix}/chapitres/${c.slug}/`)).text();
			const json = `/oembed/${c.lang}/chapitres/${c.slug}.json`;
			expect(permalink, c.slug).toContain(
				`<link rel="alternate" type="application/json+oembed" href="${SITE_ORIGIN}${json}"`
			);
			const response = await request.get(json);
			expect(response.status(), json).toBe(200);
			const answer = JSON.parse(await response.text());
			expect(answer).toMatchObject({ type: 'rich', version: '1.0', title: c.title });
			expect(answer.width).toBeGreaterThan(0);
			expect(answer.height).toBeGreaterThan(0);
			expect(answer.provider_name).toBeTruthy();
			expect(answer.provider_url).toBe(`${SITE_ORIGIN}${prefix}/`);
			expect(answer.html).toContain(
				`<iframe src="${SITE_ORIGIN}${prefix}/embed/chapitres/${c.slug}/"`
			);
			expect(answer.html).toContain(`<script src="${SITE_ORIGIN}/embed.js" async></script>`);
			expect(answer.thumbnail_url.startsWith(SITE_ORIGIN)).toBe(true);
			const picture = await request.get(answer.thumbnail_url.slice(SITE_ORIGIN.length));
			expect(picture.headers()['content-type']).toBe('image/png');
			const png = PNG.sync.read(await picture.body());
			expect([png.width, png.height], c.slug).toEqual([1200, 630]);
			expect([answer.thumbnail_width, answer.thumbnail_height]).toEqual([1200, 630]);
		}
		void page;
	}
);

for (const lang of ['fr', 'en'] as const) {
	test(`the embed pages pass axe (${lang})`, async ({ page, isMobile }) => {
		test.setTimeout(120_000);
		const root = lang === 'fr' ? '' : '/en';
		const all = [
			`${root}/embed/chronologie/`,
			...(lang === 'fr' ? chapters : englishChapters).map(
				(c) => `${root}/embed/chapitres/${c.slug}/`
			)
		];
		// Every French page on the phone, the width embeds are read at in a
		// newspaper's article: each chapter's scene in the embed's frame. The
		// English pages are the same markup in other words, which axe checks
		// on /en/ (a11y.spec.ts): their timeline and first chapter here. On the
		// desktop, the wide layout of each kind of page (the timeline, a chapter).
		const paths = isMobile && lang === 'fr' ? all : all.slice(0, 2);
		for (const path of paths) {
			await page.goto(path);
			const results = await new AxeBuilder({ page }).analyze();
			expect(
				results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`),
				path
			).toEqual([]);
		}
	});
}

test(
	'an embed page says noindex, names its permalink and has no site navigation',
	{ tag: '@once' },
	async ({ page }) => {
		await page.goto(`/en/embed/chapitres/${english.slug}/`);
		await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
		await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
			'href',
			`${SITE_ORIGIN}/en/chapitres/${english.slug}/`
		);
		await expect(page.locator('base')).toHaveAttribute('target', '_top');
		await expect(page.locator('h1')).toHaveText(english.title);
		await expect(page.getByRole('link', { name: /Read the whole story/ })).toHaveAttribute(
			'href',
			`/en/chapitres/${english.slug}/`
		);
		expect(await page.locator('.site-header, nav[aria-label="Site navigation"]').count()).toBe(0);
		// Opened on its own (not framed), it scrolls like any page: every step shown.
		expect(await page.locator('.step[hidden]').count()).toBe(0);
		const sitemap = await (await page.request.get('/sitemap.xml')).text();
		expect(sitemap).not.toContain('/embed/');
	}
);

test('the Embed panel copies exactly the code it shows, and previews it', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto(`/chapitres/${chapter.slug}/`);
	const section = page.locator(`section#${chapter.slug}`);
	await section.locator('summary', { hasText: /^Intégrer/ }).click();
	const code = section.locator(`#${chapter.slug}-code-integration`);
	await expect(code).toBeVisible();
	const shown = await code.inputValue();
	expect(shown).toBe(
		[
			`<iframe src="${SITE_ORIGIN}/embed/chapitres/${chapter.slug}/" title="${chapter.title} — L’après-mines" height="640" style="display:block;width:100%;border:0" loading="lazy"></iframe>`,
			`<script src="${SITE_ORIGIN}/embed.js" async></script>`
		].join('\n')
	);
	await section.getByRole('button', { name: 'Copier le code' }).click();
	await expect(section.getByRole('status').last()).toHaveText('Code copié dans le presse-papiers.');
	expect(await readClipboard(page)).toBe(shown);
	// The live preview, as tall as its content.
	const preview = section.locator('iframe.embed-code__preview');
	await preview.scrollIntoViewIfNeeded();
	await expect
		.poll(async () => {
			const frame = page.frames().find((f) => f.url().includes('/embed/chapitres/'));
			if (!frame) return 0;
			const content = await frame.evaluate(
				() => document.querySelector('.embed')?.getBoundingClientRect().height ?? 0
			);
			const box = await preview.evaluate((f) => f.getBoundingClientRect().height);
			return Math.abs(content - box) <= 3 ? box : 0;
		})
		.toBeGreaterThan(150);
});

test('the press page gives the timeline’s code, and copies it', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/presse/');
	const panel = page.locator('#integrer');
	await panel.locator('summary', { hasText: /^Intégrer/ }).click();
	const shown = await panel.locator('#chronologie-code-integration').inputValue();
	expect(shown).toContain(`<iframe src="${SITE_ORIGIN}/embed/chronologie/"`);
	await panel.getByRole('button', { name: 'Copier le code' }).click();
	expect(await readClipboard(page)).toBe(shown);
});

test(
	'embed pages may be framed by anyone; no other page may',
	{ tag: '@once' },
	async ({ request }) => {
		for (const path of ['/embed/chronologie/', `/en/embed/chapitres/${english.slug}/`]) {
			const csp = (await request.get(path)).headers()['content-security-policy'];
			expect(csp, path).toMatch(/^frame-ancestors \*;/);
			expect(csp, path).toContain("object-src 'none'");
		}
		for (const path of ['/', `/chapitres/${chapter.slug}/`, '/embed.js']) {
			const csp = (await request.get(path)).headers()['content-security-policy'];
			expect(csp, path).toMatch(/^frame-ancestors 'none';/);
		}
		const under = await request.get(`${SUBPATH_ORIGIN}/histoire/embed/chapitres/${chapter.slug}/`);
		expect(under.status()).toBe(200);
		expect(under.headers()['content-security-policy']).toMatch(/^frame-ancestors \*;/);
		const script = await request.get(`${SUBPATH_ORIGIN}/histoire/embed.js`);
		expect(script.status()).toBe(200);
		expect(script.headers()['content-type']).toMatch(/javascript/);
		const other = await request.get(`${SUBPATH_ORIGIN}/histoire/chapitres/${chapter.slug}/`);
		expect(other.headers()['content-security-policy']).toMatch(/^frame-ancestors 'none';/);
	}
);

test(
	'a page of the site outside /embed/ refuses to be framed',
	{ tag: '@once' },
	async ({ page }) => {
		// The host page marks its frame once the frame's load is over, blocked or not.
		hostBody = `<iframe src="http://127.0.0.1:${process.env.E2E_PORT ?? 4173}/chapitres/${chapter.slug}/" title="x" height="300" onload="this.dataset.loaded = 'yes'"></iframe>`;
		await page.goto(`${hostOrigin}/`);
		await expect(page.locator('iframe')).toHaveAttribute('data-loaded', 'yes');
		const frame = page.frames().find((f) => f.url().includes(`/chapitres/${chapter.slug}/`));
		const framed = frame
			? await frame
					.locator('h1')
					.count()
					.catch(() => 0)
			: 0;
		expect(framed).toBe(0);
	}
);
