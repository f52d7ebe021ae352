// A chapter's oEmbed answer, a static JSON file named by the permalink's
// `<link rel="alternate" type="application/json+oembed">` (see `$lib/embed/oembed.ts`).
import { error } from '@sveltejs/kit';
import { site } from '$lib/config';
import { allChapters, chapterBySlug } from '$lib/content/library';
import { EMBED_SIZE } from '$lib/embed/code';
import { oembedRich } from '$lib/embed/oembed';
import { chapterEmbed } from '$lib/embed/targets';
import { strings } from '$lib/i18n';
import { isLang } from '$lib/i18n/lang';
import { absoluteUrl, paths } from '$lib/paths';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
	allChapters().map((chapter) => ({ lang: chapter.lang, slug: chapter.slug }));

export const GET: RequestHandler = ({ params }) => {
	const chapter = isLang(params.lang) ? chapterBySlug(params.lang, params.slug) : undefined;
	if (!chapter) error(404, 'Not found');
	const { lang, slug } = chapter;
	const answer = oembedRich({
		...chapterEmbed(lang, slug, chapter.title),
		width: EMBED_SIZE.chapter.width,
		chapterTitle: chapter.title,
		providerName: strings[lang].siteName,
		providerUrl: absoluteUrl(paths.home(lang)),
		authorName: site.publisher,
		thumbnail: absoluteUrl(paths.preview(lang, { kind: 'chapter', slug }))
	});
	return new Response(`${JSON.stringify(answer, null, '\t')}\n`, {
		headers: { 'content-type': 'application/json' }
	});
};
