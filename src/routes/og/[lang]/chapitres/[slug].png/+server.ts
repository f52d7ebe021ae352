// A chapter's link-preview picture, drawn at build time from the chapter's own data.
import { error } from '@sveltejs/kit';
import { allChapters, chapterBySlug, chaptersOf } from '$lib/content/library';
import { isLang } from '$lib/i18n/lang';
import { chapterCard } from '$lib/press/preview';
import { pngResponse, renderCard } from '$lib/server/og/render';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
	allChapters().map((chapter) => ({ lang: chapter.lang, slug: chapter.slug }));

export const GET: RequestHandler = async ({ params }) => {
	const chapter = isLang(params.lang) ? chapterBySlug(params.lang, params.slug) : undefined;
	if (!chapter) error(404, 'Not found');
	return pngResponse(await renderCard(chapterCard(chapter, chaptersOf(chapter.lang))));
};
