/**
 * The ready-made citations: a chapter's (at its end, and on the press page)
 * and the whole story's. Title, site, publisher, the edition's date and the
 * permanent URL, in the order French and English citation styles both accept.
 */
import { formatChapterDate } from '$lib/content/dates';
import type { Lang } from '$lib/i18n/lang';
import type { ChapterMeta } from '$lib/content/types';
import { strings } from '$lib/i18n';
import { paths } from '$lib/paths';
import { siteContext, type MetaContext } from './context';

/** « 26 novembre 2026 »: the edition's date as the language writes it. */
export function publishedOn(lang: Lang, ctx: MetaContext = siteContext): string {
	return formatChapterDate({ date: ctx.published, precision: 'day' }, lang);
}

/** The permanent, absolute URL of a chapter. */
export function permalinkOf(chapter: ChapterMeta, ctx: MetaContext = siteContext): string {
	return ctx.absolute(paths.chapter(chapter.lang, chapter.slug));
}

export function chapterCitation(chapter: ChapterMeta, ctx: MetaContext = siteContext): string {
	const t = strings[chapter.lang];
	return t.share.citation({
		title: chapter.title,
		siteName: t.siteName,
		publisher: ctx.publisher,
		published: publishedOn(chapter.lang, ctx),
		url: permalinkOf(chapter, ctx)
	});
}

export function storyCitation(lang: Lang, ctx: MetaContext = siteContext): string {
	const t = strings[lang];
	return t.share.citeSite({
		siteName: t.siteName,
		publisher: ctx.publisher,
		published: publishedOn(lang, ctx),
		url: ctx.absolute(paths.home(lang))
	});
}
