import { absoluteUrl } from '$lib/config';
import { allChapters, storyLangs } from '$lib/content';
import { sitemapPages, sitemapXml } from '$lib/sitemap';

export const prerender = true;

export function GET() {
	const xml = sitemapXml(sitemapPages(storyLangs, allChapters), absoluteUrl);
	return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
}
