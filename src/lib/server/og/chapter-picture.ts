/**
 * A chapter's card as a prerendered PNG response, for the two endpoints that
 * serve it: the link preview (`/og/<lang>/chapitres/<slug>.png`, 1200 × 630)
 * and the press page's smaller rendition (`/og/<lang>/vignettes/<slug>.png`).
 */
import { error } from '@sveltejs/kit';
import { allChapters, chapterBySlug, chaptersOf } from '$lib/content/library';
import { isLang } from '$lib/i18n/lang';
import { chapterCard } from '$lib/press/preview';
import { pngResponse, renderCard } from './render';

/** Every chapter in every language, as the endpoints' prerender entries. */
export function chapterPictureEntries(): { lang: string; slug: string }[] {
	return allChapters().map((chapter) => ({ lang: chapter.lang, slug: chapter.slug }));
}

/** The chapter's card `width` pixels wide; 404 for a chapter that does not exist. */
export async function chapterPicture(
	params: { lang: string; slug: string },
	width: number
): Promise<Response> {
	const chapter = isLang(params.lang) ? chapterBySlug(params.lang, params.slug) : undefined;
	if (!chapter) error(404, 'Not found');
	return pngResponse(await renderCard(chapterCard(chapter, chaptersOf(chapter.lang)), width));
}
