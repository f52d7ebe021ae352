/**
 * What pages receive about chapters, from their server loads: one language's
 * chapters with their scene files, and the twins of a page in every language.
 */
import { chaptersOf, storyLangs, twinOf } from '$lib/content/library';
import { datetimeOf, formatChapterDate } from '$lib/content/dates';
import { PLACES } from '$lib/content/places';
import type { ChapterMeta, ChapterView } from '$lib/content/types';
import { strings } from '$lib/i18n';
import { paths } from '$lib/paths';
import type { Lang } from '$lib/i18n/lang';
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
