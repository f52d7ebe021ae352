/**
 * What every page says about itself to search engines and link previews:
 * title, description, canonical URL, Open Graph and Twitter tags, and JSON-LD.
 * The builders are pure (everything they need is passed in), so the unit tests
 * check exactly what `head.ts` writes into each page, sub-path deploys included.
 */
import { PLACES } from '$lib/content/places';
import type { Lang } from '$lib/i18n/lang';
import type { ChapterMeta } from '$lib/content/types';
import { strings } from '$lib/i18n';
import { siteContext, type MetaContext } from './context';
import { paths, type PreviewPage } from '$lib/paths';
import { chapterCard, pageCard, PREVIEW_SIZE } from './preview';

/** Both limits are strict: a title under 70 characters, a description under 200. */
export const META_LIMITS = { title: 70, description: 200 } as const;

export interface PreviewImage {
	/** Absolute URL. */
	url: string;
	/** Known for the generated cards; a photograph's size is not in its frontmatter. */
	width?: number;
	height?: number;
	type?: string;
	alt: string;
}

export interface PageMeta {
	lang: Lang;
	/** The `<title>`, under 70 characters. */
	title: string;
	/** The title link previews show (the site's name is beside it in `og:site_name`). */
	shareTitle: string;
	/** Under 200 characters. */
	description: string;
	/** Absolute URL of the page: canonical link and `og:url`. */
	canonical: string;
	type: 'website' | 'article';
	/** `fr_FR`, as Open Graph writes locales. */
	locale: string;
	/** The twins' locales, for `og:locale:alternate`. */
	alternateLocales: string[];
	siteName: string;
	image: PreviewImage;
	/** `hreflang` links, the page itself and `x-default` included (empty when it has no twin). */
	alternates: { hreflang: string; href: string }[];
	/** For articles: the edition's date. */
	publishedTime?: string;
	/** One schema.org object, rendered in `<script type="application/ld+json">`. */
	jsonLd: Record<string, unknown>;
	/** `noindex` for the embed pages, which search engines should leave to their permalinks. */
	robots?: string;
	/** A chapter's oEmbed file (absolute URL) and its title, for oEmbed discovery. */
	oembed?: { href: string; title: string };
}

/** The page in every language it exists in, itself included. */
export type Alternates = { lang: Lang; path: string }[];

const OG_LOCALES: Record<Lang, string> = { fr: 'fr_FR', en: 'en_GB' };

/**
 * `text` if it is shorter than `limit`, else cut at the last word that fits
 * with an ellipsis, so a preview never ends in the middle of a word.
 */
export function clip(text: string, limit: number): string {
	if (text.length < limit) return text;
	const room = text.slice(0, limit - 1);
	const cut = room.lastIndexOf(' ');
	return `${(cut > limit / 2 ? room.slice(0, cut) : room).replace(/[\s,;:.\u2013\u2014-]+$/, '')}…`;
}

/** The fields every page fills the same way, from its language, path, texts and picture. */
function basePage(
	page: {
		lang: Lang;
		path: string;
		title: string;
		shareTitle?: string;
		description: string;
		type?: PageMeta['type'];
		image: PreviewImage;
	},
	alternates: Alternates,
	ctx: MetaContext
): Omit<PageMeta, 'jsonLd'> {
	const links =
		alternates.length < 2
			? []
			: [
					...alternates.map((a) => ({ hreflang: a.lang, href: ctx.absolute(a.path) })),
					{ hreflang: 'x-default', href: ctx.absolute(alternates[0].path) }
				];
	return {
		lang: page.lang,
		title: clip(page.title, META_LIMITS.title),
		shareTitle: clip(page.shareTitle ?? page.title, META_LIMITS.title),
		description: clip(page.description, META_LIMITS.description),
		canonical: ctx.absolute(page.path),
		type: page.type ?? 'website',
		locale: OG_LOCALES[page.lang],
		alternateLocales: alternates.filter((a) => a.lang !== page.lang).map((a) => OG_LOCALES[a.lang]),
		siteName: strings[page.lang].siteName,
		image: page.image,
		alternates: links
	};
}

function generatedImage(lang: Lang, page: PreviewPage, alt: string, ctx: MetaContext) {
	return { url: ctx.absolute(paths.preview(lang, page)), ...PREVIEW_SIZE, type: 'image/png', alt };
}

/** What the two pages with a card of their own (not a chapter's) say about themselves. */
function cardPageText(card: 'home' | 'press', lang: Lang, chapters: readonly ChapterMeta[]) {
	const t = strings[lang];
	if (card === 'home') {
		const title = `${t.siteName} — ${t.siteTagline}`;
		return { path: paths.home(lang), title, description: t.homeDescription };
	}
	const title = `${t.pressPage.title} — ${t.siteName}`;
	return { path: paths.press(lang), title, description: t.pressPage.description(chapters.length) };
}

/**
 * The fields of a page whose picture is one of the site's own cards (the home
 * page's or the press page's), as `basePage` fills them.
 */
function cardPage(
	card: 'home' | 'press',
	page: { lang: Lang; path: string; title: string; description: string },
	chapters: readonly ChapterMeta[],
	alternates: Alternates,
	ctx: MetaContext
): Omit<PageMeta, 'jsonLd'> {
	const alt = pageCard(page.lang, card, chapters).alt;
	const image = generatedImage(page.lang, { kind: card }, alt, ctx);
	return basePage({ ...page, image }, alternates, ctx);
}

/**
 * A chapter's picture: the association's photograph when the chapter has one
 * (with its own alt text), else the card the build draws for it.
 */
export function chapterImage(
	chapter: ChapterMeta,
	chapters: readonly ChapterMeta[],
	ctx: MetaContext
): PreviewImage {
	const photo = chapter.pictures.find((p) => p.kind === 'photo');
	if (photo) return { url: ctx.absolute(`/${photo.file}`), alt: photo.alt };
	const page = { kind: 'chapter', slug: chapter.slug } as const;
	return generatedImage(chapter.lang, page, chapterCard(chapter, chapters).alt, ctx);
}

/** JSON-LD every page carries: its language and who publishes it. */
function common(lang: Lang, ctx: MetaContext) {
	return {
		'@context': 'https://schema.org',
		inLanguage: strings[lang].htmlLang,
		publisher: { '@type': 'Organization', name: ctx.publisher }
	};
}

function website(lang: Lang, ctx: MetaContext) {
	return { '@type': 'WebSite', name: strings[lang].siteName, url: ctx.absolute(paths.home(lang)) };
}

/** JSON-LD of a page of the site other than the home page and the chapters: its type, name, description and address. */
function partOfSite(type: string, base: Omit<PageMeta, 'jsonLd'>, ctx: MetaContext) {
	return {
		...common(base.lang, ctx),
		isPartOf: website(base.lang, ctx),
		'@type': type,
		name: base.title,
		description: base.description,
		url: base.canonical
	};
}

/**
 * The event a chapter tells, for JSON-LD: its name, its date (a chapter set
 * « before » a year gets that year as its end) and its places with their
 * coordinates.
 */
export function eventOf(chapter: ChapterMeta): Record<string, unknown> {
	const dates =
		chapter.precision === 'before'
			? { endDate: chapter.date }
			: { startDate: chapter.date, ...(chapter.end ? { endDate: chapter.end } : {}) };
	const places = chapter.places.map((key) => {
		const place = PLACES[key];
		return {
			'@type': 'Place',
			name: place[chapter.lang],
			address: { '@type': 'PostalAddress', addressCountry: place.country },
			geo: { '@type': 'GeoCoordinates', latitude: place.lat, longitude: place.lon }
		};
	});
	return {
		'@type': 'Event',
		name: chapter.title,
		description: chapter.summary,
		...dates,
		...(places.length ? { location: places.length === 1 ? places[0] : places } : {})
	};
}

export function chapterMeta(
	chapter: ChapterMeta,
	chapters: readonly ChapterMeta[],
	alternates: Alternates,
	ctx: MetaContext = siteContext
): PageMeta {
	const full = `${chapter.title} — ${strings[chapter.lang].siteName}`;
	const base = basePage(
		{
			lang: chapter.lang,
			path: paths.chapter(chapter.lang, chapter.slug),
			// With the site's name when it fits, else the chapter's title alone.
			title: full.length < META_LIMITS.title ? full : chapter.title,
			shareTitle: chapter.title,
			description: chapter.summary,
			type: 'article',
			image: chapterImage(chapter, chapters, ctx)
		},
		alternates,
		ctx
	);
	return {
		...base,
		oembed: {
			href: ctx.absolute(paths.oembedChapter(chapter.lang, chapter.slug)),
			title: chapter.title
		},
		publishedTime: ctx.published,
		jsonLd: {
			...common(chapter.lang, ctx),
			isPartOf: website(chapter.lang, ctx),
			'@type': 'Article',
			headline: chapter.title,
			description: base.description,
			url: base.canonical,
			mainEntityOfPage: base.canonical,
			image: base.image.url,
			datePublished: ctx.published,
			position: chapter.number,
			about: eventOf(chapter)
		}
	};
}

/**
 * The meta of a page with a card of its own (the home page, the press page):
 * its fields from `cardPageText`, then its JSON-LD, written from them.
 */
function ownCardMeta(
	card: 'home' | 'press',
	jsonLd: (
		base: Omit<PageMeta, 'jsonLd'>,
		chapters: readonly ChapterMeta[],
		ctx: MetaContext
	) => PageMeta['jsonLd']
) {
	return (
		lang: Lang,
		chapters: readonly ChapterMeta[],
		alternates: Alternates,
		ctx: MetaContext = siteContext
	): PageMeta => {
		const page = { lang, ...cardPageText(card, lang, chapters) };
		const base = cardPage(card, page, chapters, alternates, ctx);
		return { ...base, jsonLd: jsonLd(base, chapters, ctx) };
	};
}

export const homeMeta = ownCardMeta('home', (base, _chapters, ctx) => ({
	...common(base.lang, ctx),
	...website(base.lang, ctx),
	description: base.description,
	image: base.image.url
}));

export const pressMeta = ownCardMeta('press', (base, chapters, ctx) => ({
	...partOfSite('CollectionPage', base, ctx),
	mainEntity: {
		'@type': 'ItemList',
		itemListElement: chapters.map((chapter) => ({
			'@type': 'ListItem',
			position: chapter.number,
			name: chapter.title,
			url: ctx.absolute(paths.chapter(base.lang, chapter.slug))
		}))
	}
}));

/**
 * Any other page (the kiosk, for one): its own title and description, the
 * home page's picture, and a plain `WebPage` in JSON-LD.
 */
export function pageMeta(
	page: { lang: Lang; title: string; description: string; path: string },
	chapters: readonly ChapterMeta[],
	alternates: Alternates = [],
	ctx: MetaContext = siteContext
): PageMeta {
	const base = cardPage('home', page, chapters, alternates, ctx);
	return { ...base, jsonLd: partOfSite('WebPage', base, ctx) };
}

/**
 * An embed page (a chapter or the timeline framed by another site): the meta
 * of the page it stands for, whose address is its canonical link, marked
 * `noindex`, without links to twins nor oEmbed discovery of its own.
 */
export function embedMeta(of: PageMeta): PageMeta {
	const { oembed, ...page } = of;
	void oembed;
	return { ...page, alternates: [], robots: 'noindex' };
}
