import { chapterMeta } from '$lib/press/meta';
import { chapterAlternates, chapterPage, chapterPageEntries } from '$lib/server/chapters';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = chapterPageEntries;

/** Where the chapter stands in the layout's list (the page reads it there: nothing is sent twice). */
export const load: PageServerLoad = async ({ params, parent, locals }) => {
	const { lang } = await parent();
	const { chapter, index, chapters } = chapterPage(lang, params.slug);
	const alternates = chapterAlternates(chapter);
	locals.meta = chapterMeta(chapter, chapters, alternates);
	return { index, alternates };
};
