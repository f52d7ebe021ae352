/**
 * Every address the site makes, in one place: the site's paths (without the
 * deploy sub-path), the same inside the site (`sitePath`, for links), and
 * absolute (`absoluteUrl`, for canonical links, previews, QR codes, the
 * sitemap). The origin comes from SITE_ORIGIN at build time (see README).
 */
import { base } from '$app/paths';
import type { Lang } from './i18n/lang';

const prefix = (lang: Lang) => (lang === 'fr' ? '' : `/${lang}`);

/** Site paths without the deploy sub-path (add it with `sitePath` / `absoluteUrl`). */
export const paths = {
	home: (lang: Lang) => `${prefix(lang)}/`,
	chapter: (lang: Lang, slug: string) => `${prefix(lang)}/chapitres/${slug}/`,
	press: (lang: Lang) => `${prefix(lang)}/presse/`,
	/** The museum kiosk in one language: `/kiosque/`, `/en/kiosque/`. */
	kiosk: (lang: Lang) => `${prefix(lang)}/kiosque/`,
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
