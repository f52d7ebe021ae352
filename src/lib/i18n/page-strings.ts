/**
 * The interface strings a page's components show, for the page's language
 * only. Server loads hand them to the page (`t` in its data), so the browser
 * gets one language's words as data instead of both languages as code; the
 * builders of meta tags, citations and preview cards, which need the rest,
 * run at build time only.
 */
import { site } from '$lib/config';
import { publishedOn } from '$lib/press/cite';
import { strings } from './index';
import type { Lang } from './lang';

export function pageStrings(lang: Lang) {
	const t = strings[lang];
	return {
		lang,
		skip: t.skip,
		skipContent: t.skipContent,
		siteName: t.siteName,
		siteTagline: t.siteTagline,
		homeIntro: t.homeIntro,
		previous: t.previous,
		next: t.next,
		readFromStart: t.readFromStart,
		continueReading: t.continueReading,
		places: t.places,
		chapters: t.chapters,
		mainNav: t.mainNav,
		home: t.home,
		press: t.press,
		kiosk: t.kiosk,
		footerNote: t.footerNote,
		otherLanguage: t.otherLanguage,
		otherLanguageShort: t.otherLanguageShort,
		sceneFigures: t.sceneFigures,
		timeline: t.timeline,
		colon: t.colon,
		/**
		 * A chapter's citation with `{title}` and `{url}` left to fill in:
		 * the site's name, publisher and edition date are written in here.
		 */
		citation: t.share.citation({
			title: '{title}',
			siteName: t.siteName,
			publisher: site.publisher,
			published: publishedOn(lang),
			url: '{url}'
		})
	};
}

export type PageStrings = ReturnType<typeof pageStrings>;
