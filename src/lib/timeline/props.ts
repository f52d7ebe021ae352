/**
 * The timeline's props, made from what a page's server load gives (its
 * language, its chapters, the timeline's layout), for every page that shows
 * it: the story's pages, the timeline's embed and the kiosk.
 */
import type { ChapterView } from '$lib/content/types';
import type { Lang } from '$lib/i18n/lang';
import { paths, sitePath } from '$lib/paths';
import type { TimelineChapter, TimelineLayout, TimelineProps } from './layout';

/** What of a chapter a mark shows. */
type MarkedChapter = Pick<ChapterView, 'slug' | 'number' | 'short' | 'scene'>;

/** Each chapter as its mark needs it, its link made by `href` from its slug. */
export function timelineChapters(
	chapters: readonly MarkedChapter[],
	href: (slug: string) => string
): TimelineChapter[] {
	return chapters.map(({ slug, number, short, scene }) => ({
		slug,
		number,
		short,
		scene,
		href: href(slug)
	}));
}

/** What a page of the site, or an embed, has in its data for the timeline. */
export interface TimelineData {
	lang: Lang;
	chapters: readonly MarkedChapter[];
	timeline: TimelineLayout;
}

/**
 * The timeline of the site's pages and of its embed: every mark a link to its
 * chapter's permalink (deploy sub-path included); `opening`, the chapter a
 * permalink page opens on.
 */
export function timelineProps(
	data: TimelineData,
	label: string,
	opening: string | null = null
): TimelineProps {
	return {
		label,
		chapters: timelineChapters(data.chapters, (slug) => sitePath(paths.chapter(data.lang, slug))),
		layout: data.timeline,
		opening
	};
}
