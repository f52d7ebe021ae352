/**
 * What the embeds of a chapter and of the timeline are: their pages' absolute
 * addresses, `/embed.js`, their frames' names and first heights, as the
 * « Intégrer » panel and the oEmbed files give them (see `code.ts`).
 */
import { embedLabels } from '$lib/i18n/embed';
import type { Lang } from '$lib/i18n/lang';
import { absoluteUrl, paths } from '$lib/paths';
import { EMBED_SIZE, type EmbedTarget } from './code';

export function chapterEmbed(lang: Lang, slug: string, title: string): EmbedTarget {
	return {
		src: absoluteUrl(paths.embedChapter(lang, slug)),
		script: absoluteUrl(paths.embedScript()),
		title: embedLabels[lang].frameTitle(title),
		height: EMBED_SIZE.chapter.height
	};
}

export function timelineEmbed(lang: Lang): EmbedTarget {
	return {
		src: absoluteUrl(paths.embedTimeline(lang)),
		script: absoluteUrl(paths.embedScript()),
		title: embedLabels[lang].timelineFrameTitle,
		height: EMBED_SIZE.timeline.height
	};
}
