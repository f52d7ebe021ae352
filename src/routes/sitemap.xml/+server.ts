import { absoluteUrl, paths } from '$lib/paths';
import { allChapters, storyLangs } from '$lib/content/library';
import { sitemapPages, sitemapXml } from '$lib/sitemap';

export const prerender = true;

export function GET() {
	const press = storyLangs().map((lang) => paths.press(lang));
	const xml = sitemapXml(sitemapPages(storyLangs(), allChapters(), press), absoluteUrl);
	return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
}
