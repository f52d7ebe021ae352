/**
 * Frontmatter strings reach the page's `<head>` as text, whatever they hold: a
 * title or summary with `<script>`, quotes or `&` in it is shown as written,
 * never read as markup, in `<title>`, in every meta tag and in the JSON-LD.
 */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { chapterMeta } from '$lib/press/meta';
import type { MetaContext } from '$lib/press/context';
import { makeChapter } from '$lib/press/test-chapters';
import PageHead from './PageHead.svelte';

const ctx: MetaContext = {
	absolute: (path) => `https://press.test${path}`,
	publisher: 'Mission Bassin Minier Nord-Pas de Calais',
	published: '2026-11-26'
};

const TITLE = 'Le "9-9bis" <script>alert(1)</script> & co';
const SUMMARY = `Un résumé qui ferme l'attribut " /><script>alert("x")</script> & garde <b>tout</b>.`;
const hostile = makeChapter({ title: TITLE, short: '<i>court</i>', summary: SUMMARY });

/** What an HTML parser reads back from the few entities Svelte writes. */
function decode(text: string): string {
	return text
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&amp;/g, '&');
}

/** The `content` of every `<meta>` in the head, by its name or property. */
function metaContents(head: string): Map<string, string> {
	const found = new Map<string, string>();
	// An attribute value ends at the first `"`: if one were left unescaped, the
	// content read here would be cut short and the comparisons below would fail.
	for (const [, key, content] of head.matchAll(
		/<meta (?:name|property)="([^"]+)" content="([^"]*)"\s*\/?>/g
	)) {
		found.set(key, decode(content));
	}
	return found;
}

describe('PageHead, with a hostile chapter title and summary', () => {
	const meta = chapterMeta(hostile, [hostile], [{ lang: 'fr', path: '/chapitres/wingles/' }], ctx);
	const { head } = render(PageHead, { props: { meta } });

	it('keeps the strings as written in the meta data', () => {
		expect(meta.shareTitle).toBe(TITLE);
		expect(meta.description).toBe(SUMMARY);
	});

	it('has exactly one script element, the JSON-LD data block', () => {
		expect(head.match(/<script\b[^>]*>/g)).toEqual(['<script type="application/ld+json">']);
		expect(head.match(/<\/script/gi)).toHaveLength(1);
		expect(head).not.toMatch(/<b>|<i>/);
	});

	it('shows the title as written in <title>', () => {
		const title = head.match(/<title>([^<]*)<\/title>/)?.[1];
		expect(title).toBeDefined();
		expect(decode(title!)).toBe(meta.title);
		expect(meta.title.startsWith(TITLE)).toBe(true);
	});

	it('gives every meta tag its string as written', () => {
		const contents = metaContents(head);
		expect(contents.get('og:title')).toBe(TITLE);
		expect(contents.get('twitter:title')).toBe(TITLE);
		expect(contents.get('description')).toBe(SUMMARY);
		expect(contents.get('og:description')).toBe(SUMMARY);
		expect(contents.get('twitter:description')).toBe(SUMMARY);
		expect(contents.get('og:image:alt')).toBe(meta.image.alt);
		expect(contents.get('twitter:image:alt')).toBe(meta.image.alt);
	});

	it('writes JSON-LD that parses back to the same strings', () => {
		const json = head.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)?.[1];
		expect(json).toBeDefined();
		expect(json).not.toMatch(/[<>&]/);
		const data = JSON.parse(json!);
		expect(data.headline).toBe(TITLE);
		expect(data.description).toBe(SUMMARY);
		expect(data.about.name).toBe(TITLE);
	});
});
