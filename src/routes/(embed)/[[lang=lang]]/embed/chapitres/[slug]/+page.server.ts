import { chapterMeta, embedMeta } from '$lib/press/meta';
import { chapterPage, chapterPageEntries, chapterView } from '$lib/server/chapters';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = chapterPageEntries;

/** One chapter, as its permalink shows it; its head says « noindex » and names the permalink. */
export const load: PageServerLoad = async ({ params, parent, locals }) => {
	const { lang } = await parent();
	const { chapter, chapters } = chapterPage(lang, params.slug);
	locals.meta = embedMeta(chapterMeta(chapter, chapters, []));
	return { chapter: chapterView(chapter, chapters.length) };
};
