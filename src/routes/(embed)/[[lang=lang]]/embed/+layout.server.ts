/**
 * The embed pages: one chapter, or the timeline, made to be framed by another
 * site (a newspaper's article). A route group of their own, outside the public
 * site's layout (no banner, no navigation, no footer), prerendered in both
 * languages like it, and like it without the framework in the browser: one
 * island (`$lib/embed/EmbedFrame.svelte`) tells the frame's page the height of
 * the content, the scene and the timeline come to life as on the site.
 */
import { error } from '@sveltejs/kit';
import { storyLangs } from '$lib/content/library';
import { DEFAULT_LANG, isLang } from '$lib/i18n/lang';
import { pageStrings } from '$lib/i18n/page-strings';
import { islandsScript } from '$lib/server/islands';
import type { LayoutServerLoad } from './$types';

export const csr = false;

export const load: LayoutServerLoad = ({ params }) => {
	const lang = params.lang ?? DEFAULT_LANG;
	if (!isLang(lang) || !storyLangs().includes(lang)) error(404, 'Not found');
	return { lang, t: pageStrings(lang), islands: islandsScript() };
};
