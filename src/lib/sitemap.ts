/** The public pages, for /sitemap.xml. Pure, so the list is unit-tested. */
import type { Lang } from '$lib/i18n/lang';
import type { ChapterMeta } from '$lib/content/types';
import { paths } from '$lib/paths';

export interface SitemapPage {
	path: string;
	/** ISO date of the last change to what the page says, when known. */
	lastmod?: string;
}

export function sitemapPages(
	langs: Lang[],
	chapters: readonly ChapterMeta[],
	extra: string[] = []
): SitemapPage[] {
	const pages: SitemapPage[] = [];
	for (const lang of langs) {
		pages.push({ path: paths.home(lang) });
		for (const chapter of chapters.filter((c) => c.lang === lang)) {
			pages.push({ path: paths.chapter(lang, chapter.slug) });
		}
	}
	for (const path of extra) pages.push({ path });
	return pages;
}

const escapeXml = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function sitemapXml(pages: SitemapPage[], toAbsolute: (path: string) => string): string {
	const urls = pages
		.map((page) => `\t<url>\n\t\t<loc>${escapeXml(toAbsolute(page.path))}</loc>\n\t</url>`)
		.join('\n');
	return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
}
