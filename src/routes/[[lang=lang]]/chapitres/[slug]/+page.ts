import { error } from '@sveltejs/kit';
import { allChapters, chapterBySlug, chaptersOf } from '$lib/content';
import type { Lang } from '$lib/content/validate';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () =>
	allChapters.map((c) => ({ slug: c.slug, lang: c.lang === 'fr' ? undefined : c.lang }));

export const load: PageLoad = async ({ params, parent }) => {
	const { lang } = (await parent()) as { lang: Lang };
	const chapter = chapterBySlug(lang, params.slug);
	if (!chapter) error(404, 'Not found');
	const chapters = chaptersOf(lang);
	const index = chapters.indexOf(chapter);
	return {
		chapter,
		chapters,
		previous: chapters[index - 1],
		next: chapters[index + 1],
		rest: chapters.slice(index + 1)
	};
};
