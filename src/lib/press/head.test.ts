import { describe, expect, it } from 'vitest';
import type { MetaContext } from './context';
import { escapeHtml, headHtml } from './head';
import { chapterMeta, embedMeta } from './meta';
import { makeChapter, STORY } from './test-chapters';

const ctx: MetaContext = {
	absolute: (path) => `https://press.test/histoire${path}`,
	publisher: 'Mission Bassin Minier Nord-Pas de Calais',
	published: '2026-11-26'
};

describe('the head tags written into each page', () => {
	const meta = chapterMeta(STORY[1], STORY, [{ lang: 'fr', path: '/chapitres/wingles/' }], ctx);
	const html = headHtml(meta);

	it('carries the title, description, canonical link, previews and JSON-LD', () => {
		expect(html).toContain(`<title>${escapeHtml(meta.title)}</title>`);
		expect(html).toContain(`<meta name="description" content="${escapeHtml(meta.description)}">`);
		expect(html).toContain(
			'<link rel="canonical" href="https://press.test/histoire/chapitres/wingles/">'
		);
		expect(html).toContain('<meta property="og:image:width" content="1200">');
		expect(html).toContain('<meta name="twitter:card" content="summary_large_image">');
		expect(html).toMatch(
			/<script type="application\/ld\+json">\{.*"@type":"Article".*\}<\/script>$/
		);
	});

	it('shows a writer’s <, " and & as written, and lets nothing out of its element', () => {
		const title = 'Un titre avec <script>alert(1)</script>, des "guillemets" & co';
		const summary = 'Un résumé qui ferme " une balise <img src=x onerror=alert(1)> et plus encore.';
		const tricky = chapterMeta(makeChapter({ title, summary }), STORY, [], ctx);
		const head = headHtml(tricky);
		expect(head).toContain(
			'<title>Un titre avec &lt;script&gt;alert(1)&lt;/script&gt;, des &quot;guillemets&quot; &amp; co'
		);
		expect(head).toContain(
			'content="Un résumé qui ferme &quot; une balise &lt;img src=x onerror=alert(1)&gt; et plus encore."'
		);
		// No raw < or " from the text anywhere but inside the JSON-LD, where < is escaped too.
		const outsideJson = head.replace(/<script type="application\/ld\+json">.*<\/script>/, '');
		expect(outsideJson).not.toContain('<script>');
		expect(outsideJson).not.toContain('<img');
		const json = /<script type="application\/ld\+json">(.*)<\/script>/.exec(head)![1];
		expect(json).not.toMatch(/<|>/);
		expect(JSON.parse(json).headline).toBe(title);
	});
});

describe('oEmbed discovery and embed pages', () => {
	const meta = chapterMeta(STORY[1], STORY, [{ lang: 'fr', path: '/chapitres/wingles/' }], ctx);

	it('names the chapter’s oEmbed file on its permalink', () => {
		expect(headHtml(meta)).toContain(
			`<link rel="alternate" type="application/json+oembed" href="https://press.test/histoire/oembed/fr/chapitres/wingles.json" title="${escapeHtml(STORY[1].title)}">`
		);
		expect(headHtml(meta)).not.toContain('name="robots"');
	});

	it('marks an embed page noindex, canonical to the permalink, without twins nor oEmbed link', () => {
		const html = headHtml(embedMeta(meta));
		expect(html).toContain('<meta name="robots" content="noindex">');
		expect(html).toContain(
			'<link rel="canonical" href="https://press.test/histoire/chapitres/wingles/">'
		);
		expect(html).not.toContain('hreflang');
		expect(html).not.toContain('json+oembed');
	});
});
