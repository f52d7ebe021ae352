import { afterEach, describe, expect, it, vi } from 'vitest';
import { site } from '$lib/config';
import { allChapters, chaptersOf } from '$lib/content/library';
import type { Picture } from '$lib/content/types';
import type { MetaContext } from './context';
import { jsonLdText } from './jsonld';
import {
	chapterMeta,
	clip,
	eventOf,
	homeMeta,
	META_LIMITS,
	pageMeta,
	pressMeta,
	type PageMeta
} from './meta';
import { makeChapter, STORY } from './test-chapters';

/** A site deployed under a sub-path, on another origin than the default. */
const ctx: MetaContext = {
	absolute: (path) => `https://press.test/histoire${path}`,
	publisher: 'Mission Bassin Minier Nord-Pas de Calais',
	published: '2026-11-26'
};
const wingles = STORY[1];

/** Every URL anywhere in the meta data, JSON-LD included. */
function urlsOf(meta: PageMeta): string[] {
	const found: string[] = [];
	const walk = (value: unknown) => {
		if (typeof value === 'string' && /^[a-z]+:\/\//.test(value)) found.push(value);
		else if (value && typeof value === 'object') Object.values(value).forEach(walk);
	};
	walk(meta);
	return found;
}

describe('chapterMeta', () => {
	it('makes every URL absolute, on the configured origin and under the deploy sub-path', () => {
		const meta = chapterMeta(wingles, STORY, [{ lang: 'fr', path: '/chapitres/wingles/' }], ctx);
		expect(meta.canonical).toBe('https://press.test/histoire/chapitres/wingles/');
		expect(meta.image.url).toBe('https://press.test/histoire/og/fr/chapitres/wingles.png');
		const urls = urlsOf(meta).filter((url) => !url.startsWith('https://schema.org'));
		expect(urls.length).toBeGreaterThan(4);
		for (const url of urls) expect(url).toMatch(/^https:\/\/press\.test\/histoire\//);
	});

	it('keeps every real chapter’s title under 70 and description under 200 characters', () => {
		expect(allChapters().length).toBeGreaterThan(0);
		for (const chapter of allChapters()) {
			const meta = chapterMeta(chapter, chaptersOf(chapter.lang), [], ctx);
			expect(meta.title.length, chapter.file).toBeLessThan(META_LIMITS.title);
			expect(meta.shareTitle.length, chapter.file).toBeLessThan(META_LIMITS.title);
			expect(meta.description.length, chapter.file).toBeLessThan(META_LIMITS.description);
			expect(meta.title).toContain(chapter.title.slice(0, 40));
		}
	});

	it('adds the site’s name to the title only when the whole still fits', () => {
		const short = chapterMeta(makeChapter({ title: 'Le 9-9bis' }), STORY, [], ctx);
		expect(short.title).toBe('Le 9-9bis — L’après-mines');
		const long = chapterMeta(wingles, STORY, [], ctx);
		expect(long.title).toBe(wingles.title);
	});

	it('shortens a title or summary at the limit to under it, never mid-word', () => {
		const title = 'Un titre de chapitre bien trop long '.repeat(2) + 'qui dépasse la limite';
		const summary = 'Une phrase de résumé qui se répète encore. '.repeat(6);
		const meta = chapterMeta(makeChapter({ title, summary }), STORY, [], ctx);
		expect(meta.title.length).toBeLessThan(70);
		expect(meta.title.endsWith('…')).toBe(true);
		expect(title.startsWith(meta.title.slice(0, -1))).toBe(true);
		expect(title.charAt(meta.title.length - 1)).toBe(' ');
		expect(meta.description.length).toBeLessThan(200);
	});

	it('sets the Open Graph fields a link preview reads', () => {
		const meta = chapterMeta(wingles, STORY, [], ctx);
		expect(meta).toMatchObject({
			type: 'article',
			locale: 'fr_FR',
			siteName: 'L’après-mines',
			shareTitle: wingles.title,
			description: wingles.summary,
			publishedTime: '2026-11-26',
			image: { width: 1200, height: 630, type: 'image/png' }
		});
		expect(meta.image.alt).toContain(wingles.title);
	});

	it('describes the chapter as an Article about a dated Event at its places', () => {
		const { jsonLd } = chapterMeta(wingles, STORY, [], ctx);
		expect(jsonLd).toMatchObject({
			'@context': 'https://schema.org',
			'@type': 'Article',
			headline: wingles.title,
			datePublished: '2026-11-26',
			inLanguage: 'fr',
			url: 'https://press.test/histoire/chapitres/wingles/',
			image: 'https://press.test/histoire/og/fr/chapitres/wingles.png',
			publisher: { '@type': 'Organization', name: ctx.publisher },
			isPartOf: { '@type': 'WebSite', url: 'https://press.test/histoire/' },
			about: { '@type': 'Event', startDate: '2001-06-25' }
		});
		const about = jsonLd.about as { location: Record<string, unknown>[] };
		expect(about.location).toEqual([
			expect.objectContaining({
				'@type': 'Place',
				name: 'Wingles',
				geo: { '@type': 'GeoCoordinates', latitude: 50.494, longitude: 2.855 }
			}),
			expect.objectContaining({ name: 'Lille' })
		]);
	});

	it('dates the Article with the edition’s date, not the clock of the build', () => {
		vi.useFakeTimers();
		vi.setSystemTime(new Date('2031-03-04T12:00:00Z'));
		const meta = chapterMeta(wingles, STORY, []);
		expect(meta.jsonLd.datePublished).toBe(site.published);
		expect(meta.publishedTime).toBe(site.published);
	});

	it('uses the chapter’s photograph, with its alt text, when it has one', () => {
		const photo: Picture = {
			file: 'pictures/9-9bis.jpg',
			alt: 'Le 9-9bis',
			credit: '© x',
			kind: 'photo'
		};
		const chapter = makeChapter({ pictures: [photo] });
		const meta = chapterMeta(chapter, STORY, [], ctx);
		expect(meta.image).toEqual({
			url: 'https://press.test/histoire/pictures/9-9bis.jpg',
			alt: 'Le 9-9bis'
		});
	});

	it('keeps the generated picture when the chapter only has illustrations', () => {
		const drawing: Picture = {
			file: 'pictures/x.svg',
			alt: 'x',
			credit: 'x',
			kind: 'illustration'
		};
		const meta = chapterMeta(makeChapter({ pictures: [drawing] }), STORY, [], ctx);
		expect(meta.image.url).toMatch(/\/og\/fr\/chapitres\/wingles\.png$/);
	});

	it('links the twins in other languages, with x-default, only when there are twins', () => {
		expect(
			chapterMeta(wingles, STORY, [{ lang: 'fr', path: '/chapitres/wingles/' }], ctx)
		).toMatchObject({
			alternates: [],
			alternateLocales: []
		});
		const twins = [
			{ lang: 'fr' as const, path: '/chapitres/wingles/' },
			{ lang: 'en' as const, path: '/en/chapitres/wingles/' }
		];
		const meta = chapterMeta(wingles, STORY, twins, ctx);
		expect(meta.alternates).toEqual([
			{ hreflang: 'fr', href: 'https://press.test/histoire/chapitres/wingles/' },
			{ hreflang: 'en', href: 'https://press.test/histoire/en/chapitres/wingles/' },
			{ hreflang: 'x-default', href: 'https://press.test/histoire/chapitres/wingles/' }
		]);
		expect(meta.alternateLocales).toEqual(['en_GB']);
	});
});

describe('eventOf', () => {
	it('gives a chapter set « before » a year that year as its end, and no start', () => {
		const event = eventOf(makeChapter({ date: '1996', precision: 'before', places: [] }));
		expect(event).toMatchObject({ endDate: '1996' });
		expect(event).not.toHaveProperty('startDate');
		expect(event).not.toHaveProperty('location');
	});

	it('gives a period its start and end, and one place as a single location', () => {
		const event = eventOf(
			makeChapter({ date: '2000', end: '2002', precision: 'year', places: ['oignies'] })
		);
		expect(event).toMatchObject({
			startDate: '2000',
			endDate: '2002',
			location: { name: 'Oignies', address: { addressCountry: 'FR' } }
		});
	});
});

describe('homeMeta, pressMeta and pageMeta', () => {
	it('describes the home page as a WebSite with its own picture', () => {
		const meta = homeMeta('fr', STORY, [], ctx);
		expect(meta.canonical).toBe('https://press.test/histoire/');
		expect(meta.image.url).toBe('https://press.test/histoire/og/fr/accueil.png');
		expect(meta.jsonLd).toMatchObject({
			'@type': 'WebSite',
			url: 'https://press.test/histoire/',
			inLanguage: 'fr'
		});
		expect(meta.title.length).toBeLessThan(70);
	});

	it('describes the press page as a CollectionPage listing every chapter’s permalink', () => {
		const meta = pressMeta('fr', STORY, [], ctx);
		expect(meta.canonical).toBe('https://press.test/histoire/presse/');
		expect(meta.image.url).toBe('https://press.test/histoire/og/fr/presse.png');
		expect(meta.jsonLd['@type']).toBe('CollectionPage');
		const list = meta.jsonLd.mainEntity as { itemListElement: { url: string }[] };
		expect(list.itemListElement.map((item) => item.url)).toEqual(
			STORY.map((c) => `https://press.test/histoire/chapitres/${c.slug}/`)
		);
		expect(meta.description).toContain(String(STORY.length));
	});

	it('gives any other page the home picture and a WebPage', () => {
		const meta = pageMeta(
			{
				lang: 'fr',
				title: 'Mode borne',
				description: 'Le récit en borne de musée.',
				path: '/kiosque/'
			},
			STORY,
			[],
			ctx
		);
		expect(meta.canonical).toBe('https://press.test/histoire/kiosque/');
		expect(meta.image.url).toMatch(/\/og\/fr\/accueil\.png$/);
		expect(meta.jsonLd['@type']).toBe('WebPage');
	});
});

describe('clip', () => {
	it('leaves text under the limit alone', () => {
		expect(clip('court', 10)).toBe('court');
	});

	it('cuts at the last whole word, drops trailing punctuation and stays under the limit', () => {
		const clipped = clip('Un deux trois, quatre cinq six sept', 20);
		expect(clipped).toBe('Un deux trois…');
		expect(clipped.length).toBeLessThan(20);
	});
});

describe('jsonLdText', () => {
	it('escapes <, > and & so that a title cannot close the script element, and still parses', () => {
		const data = { headline: 'A </script><script>alert(1)</script> & co' };
		const text = jsonLdText(data);
		expect(text).not.toMatch(/[<>&]/);
		expect(JSON.parse(text)).toEqual(data);
	});

	it('escapes the line and paragraph separators', () => {
		const text = jsonLdText({ a: 'x\u2028y\u2029z' });
		expect(text).not.toMatch(/[\u2028\u2029]/);
		expect(JSON.parse(text)).toEqual({ a: 'x\u2028y\u2029z' });
	});
});

afterEach(() => {
	vi.useRealTimers();
});
