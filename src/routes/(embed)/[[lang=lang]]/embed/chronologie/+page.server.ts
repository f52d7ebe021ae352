import { chaptersOf, storyLangs } from '$lib/content/library';
import { embedLabels } from '$lib/i18n/embed';
import { DEFAULT_LANG } from '$lib/i18n/lang';
import { homeMeta, embedMeta } from '$lib/press/meta';
import { chapterViews } from '$lib/server/chapters';
import { timelineLayout } from '$lib/timeline/scale';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	storyLangs().map((lang) => ({ lang: lang === DEFAULT_LANG ? undefined : lang }));

/**
 * The timeline alone, each mark a link to its chapter's permalink. It stands
 * for the story's home page, where the timeline lives: its canonical link.
 */
export const load: PageServerLoad = async ({ parent, locals }) => {
	const { lang } = await parent();
	const chapters = chaptersOf(lang);
	const meta = homeMeta(lang, chapters, []);
	const title = embedLabels[lang].timelineTitle;
	locals.meta = embedMeta({ ...meta, title, shareTitle: title });
	return { chapters: chapterViews(lang), timeline: timelineLayout(chapters, lang) };
};
