import { error } from '@sveltejs/kit';
import { allChapters, chaptersOf } from '$lib/content/library';
import { DEFAULT_LANG } from '$lib/i18n/lang';
import { chapterMeta } from '$lib/press/meta';
import { chapterAlternates } from '$lib/server/chapters';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	allChapters().map((c) => ({
		slug: c.slug,
		lang: c.lang === DEFAULT_LANG ? undefined : c.lang
	}));

/** Where the chapter stands in the layout's list (the page reads it there: nothing is sent twice). */
export const load: PageServerLoad = async ({ params, parent, locals }) => {
	const { lang } = await parent();
	const chapters = chaptersOf(lang);
	const index = chapters.findIndex((c) => c.slug === params.slug);
	if (index < 0) error(404, 'Not found');
	const alternates = chapterAlternates(chapters[index]);
	locals.meta = chapterMeta(chapters[index], chapters, alternates);
	return { index, alternates };
};
