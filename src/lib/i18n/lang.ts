/**
 * The site's languages: French first, English second. Every module that needs
 * a language imports it from here (relative `.ts` imports keep this usable
 * from the build's own checks, which run before the `$lib` alias exists).
 */
export const LANGS = ['fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export const isLang = (value: string): value is Lang =>
	(LANGS as readonly string[]).includes(value);

/** The language of the site's root, and of paths without a language prefix. */
export const DEFAULT_LANG: Lang = 'fr';
