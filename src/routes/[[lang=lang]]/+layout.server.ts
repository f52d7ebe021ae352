import { error } from '@sveltejs/kit';
import { chaptersOf, storyLangs } from '$lib/content/library';
import { DEFAULT_LANG, isLang } from '$lib/i18n/lang';
import { pageStrings } from '$lib/i18n/page-strings';
import { chapterViews } from '$lib/server/chapters';
import { islandsScript } from '$lib/server/islands';
import { timelineLayout } from '$lib/timeline/scale';
import type { LayoutServerLoad } from './$types';

/**
 * Every page of the public site gets its language's chapters and interface
 * strings (and nothing of the other language's) and the timeline, laid out here at build time so
 * that pages ship its numbers and not d3 (see `$lib/timeline/scale.ts`).
 */
/**
 * The public story's pages are rendered on the server only: the browser gets
 * their HTML and one small script that brings a few islands to life
 * (`$lib/islands/`), never the framework's router nor the page's data.
 */
export const csr = false;

export const load: LayoutServerLoad = ({ params }) => {
	const lang = params.lang ?? DEFAULT_LANG;
	if (!isLang(lang) || !storyLangs().includes(lang)) error(404, 'Not found');
	return {
		lang,
		t: pageStrings(lang),
		chapters: chapterViews(lang),
		timeline: timelineLayout(chaptersOf(lang), lang),
		islands: islandsScript()
	};
};
