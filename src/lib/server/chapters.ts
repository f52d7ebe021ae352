/**
 * What pages receive about chapters, from their server loads: one language's
 * chapters with their scene files, a chapter's page found by its slug (or a
 * 404), and the twins of a page in every language.
 */
import { error } from '@sveltejs/kit';
import { allChapters, chaptersOf, storyLangs, twinOf } from '$lib/content/library';
import { datetimeOf, formatChapterDate } from '$lib/content/dates';
import { PLACES } from '$lib/content/places';
import type { ChapterMeta, ChapterView } from '$lib/content/types';
import { strings } from '$lib/i18n';
import { paths } from '$lib/paths';
import { DEFAULT_LANG, type Lang } from '$lib/i18n/lang';
import { sceneView } from './scenes';

/** A chapter as a page shows it. */
export function chapterView(chapter: ChapterMeta, total: number): ChapterView {
	const { lang, number, slug, title, short, scene } = chapter;
	return {
		lang,
		number,
		slug,
		title,
		short,
		scene,
		dateText: formatChapterDate(chapter, lang),
		datetime: datetimeOf(chapter),
		stage: sceneView(scene, lang),
		placeNames: chapter.places.map((key) => PLACES[key][chapter.lang]),
		position: strings[chapter.lang].chapterOf(chapter.number, total)
	};
}

/** One language's chapters, in story order, as pages show them. */
export function chapterViews(lang: Lang): ChapterView[] {
	const chapters = chaptersOf(lang);
	return chapters.map((chapter) => chapterView(chapter, chapters.length));
}

/**
 * Every chapter page to prerender (the permalink's, the embed's): the default
 * language's without a language in the path, the others' under theirs.
 */
export function chapterPageEntries(): { slug: string; lang: Lang | undefined }[] {
	return allChapters().map((c) => ({
		slug: c.slug,
		lang: c.lang === DEFAULT_LANG ? undefined : c.lang
	}));
}

/**
 * The chapter a page's `slug` names, with its place in its language's
 * chapters; answers 404 when that language has no such chapter.
 */
export function chapterPage(
	lang: Lang,
	slug: string
): { chapter: ChapterMeta; index: number; chapters: ChapterMeta[] } {
	const chapters = chaptersOf(lang);
	const index = chapters.findIndex((c) => c.slug === slug);
	if (index < 0) error(404, 'Not found');
	return { chapter: chapters[index], index, chapters };
}

/** A page in every language it exists in (for `hreflang` links and the language switch). */
export interface Alternate {
	lang: Lang;
	path: string;
}

export function homeAlternates(): Alternate[] {
	return storyLangs().map((lang) => ({ lang, path: paths.home(lang) }));
}

export function pressAlternates(): Alternate[] {
	return storyLangs().map((lang) => ({ lang, path: paths.press(lang) }));
}

export function chapterAlternates(chapter: ChapterMeta): Alternate[] {
	return storyLangs().flatMap((lang) => {
		const twin = twinOf(chapter, lang);
		return twin ? [{ lang, path: paths.chapter(lang, twin.slug) }] : [];
	});
}
