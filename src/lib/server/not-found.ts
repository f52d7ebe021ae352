import { chaptersOf } from '$lib/content/library';
import type { Lang } from '$lib/i18n/lang';
import { pageStrings } from '$lib/i18n/page-strings';

/** What a 404 page offers: the page's words and every chapter's title and address. */
export function notFoundData(lang: Lang) {
	return {
		lang,
		t: pageStrings(lang),
		chapters: chaptersOf(lang).map(({ slug, title }) => ({ slug, title }))
	};
}
