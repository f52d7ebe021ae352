import { error } from '@sveltejs/kit';
import { allChapters, chaptersOf } from '$lib/content/library';
import { DEFAULT_LANG } from '$lib/i18n/lang';
import { chapterMeta, embedMeta } from '$lib/press/meta';
import { chapterView } from '$lib/server/chapters';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	allChapters().map((c) => ({
		slug: c.slug,
		lang: c.lang === DEFAULT_LANG ? undefined : c.lang
	}));

/** One chapter, as its permalink shows it; its head says « noindex » and names the permalink. */
export const load: PageServerLoad = async ({ params, parent, locals }) => {
	const { lang } = await parent();
	const chapters = chaptersOf(lang);
	const chapter = chapters.find((c) => c.slug === params.slug);
	if (!chapter) error(404, 'Not found');
	locals.meta = embedMeta(chapterMeta(chapter, chapters, []));
	return { chapter: chapterView(chapter, chapters.length) };
};
