/**
 * Every address the site makes, in one place: the site's paths (without the
 * deploy sub-path), the same inside the site (`sitePath`, for links), and
 * absolute (`absoluteUrl`, for canonical links, previews, QR codes, the
 * sitemap). The origin comes from SITE_ORIGIN at build time (see README).
 */
import { base } from '$app/paths';
import type { Lang } from './i18n/lang';

const prefix = (lang: Lang) => (lang === 'fr' ? '' : `/${lang}`);

/** The pages that have a link-preview picture of their own. */
export type PreviewPage = { kind: 'chapter'; slug: string } | { kind: 'home' } | { kind: 'press' };

/** The non-chapter pictures' file names; chapters live one folder down, so no slug can collide. */
export const PAGE_PICTURES = { home: 'accueil', press: 'presse' } as const;

/** Site paths without the deploy sub-path (add it with `sitePath` / `absoluteUrl`). */
export const paths = {
	home: (lang: Lang) => `${prefix(lang)}/`,
	chapter: (lang: Lang, slug: string) => `${prefix(lang)}/chapitres/${slug}/`,
	press: (lang: Lang) => `${prefix(lang)}/presse/`,
	/** The museum kiosk in one language: `/kiosque/`, `/en/kiosque/`. */
	kiosk: (lang: Lang) => `${prefix(lang)}/kiosque/`,
	/** A chapter alone, to be framed by another site: `/embed/chapitres/<slug>/`, `/en/embed/chapitres/<slug>/`. */
	embedChapter: (lang: Lang, slug: string) => `${prefix(lang)}/embed/chapitres/${slug}/`,
	/** The timeline alone, to be framed: `/embed/chronologie/`, `/en/embed/chronologie/`. */
	embedTimeline: (lang: Lang) => `${prefix(lang)}/embed/chronologie/`,
	/** The script a host page adds beside the frame, to keep it the height of its content. */
	embedScript: () => '/embed.js',
	/** A chapter's oEmbed answer, a static JSON file: `/oembed/fr/chapitres/<slug>.json`. */
	oembedChapter: (lang: Lang, slug: string) => `/oembed/${lang}/chapitres/${slug}.json`,
	/** A page's link-preview picture (1200 × 630): `/og/fr/chapitres/<slug>.png`, `/og/en/accueil.png`. */
	preview: (lang: Lang, page: PreviewPage) =>
		page.kind === 'chapter'
			? `/og/${lang}/chapitres/${page.slug}.png`
			: `/og/${lang}/${PAGE_PICTURES[page.kind]}.png`,
	/** A chapter's picture at half size, for the press page's list: `/og/fr/vignettes/<slug>.png`. */
	thumbnail: (lang: Lang, slug: string) => `/og/${lang}/vignettes/${slug}.png`,
	/** A scene's drawing: `/scenes/fr/crowd.1a2b3c4d5e.svg`. */
	scene: (lang: Lang, file: string) => `/scenes/${lang}/${file}.svg`
};

/** The public origin: scheme and host, no trailing slash. */
export const origin: string = __SITE_ORIGIN__;

/** A path inside the site, prefixed with the deploy sub-path: `/chapitres/x/` → `/histoire/chapitres/x/`. */
export function sitePath(path: string): string {
	return `${base}${path}`;
}

/** The absolute public URL of a path inside the site. */
export function absoluteUrl(path: string): string {
	return `${origin}${base}${path}`;
}
