import { site } from '$lib/config';
import { chaptersOf } from '$lib/content/library';
import { strings } from '$lib/i18n';
import { chapterCitation, storyCitation } from '$lib/press/cite';
import { KEY_FIGURES } from '$lib/press/figures';
import { pressMeta } from '$lib/press/meta';
import { chapterCard } from '$lib/press/preview';
import { paths } from '$lib/paths';
import type { PressEntry, PressWords } from '$lib/press/types';
import { pressAlternates } from '$lib/server/chapters';
import type { PageServerLoad } from './$types';

/**
 * Everything the press page shows, written out at build time: its words, each
 * chapter's summary, preview picture and its description, the key figures,
 * the citations and the contact (when the build was given one).
 */
export const load: PageServerLoad = async ({ parent, locals }) => {
	const { lang } = await parent();
	const chapters = chaptersOf(lang);
	const alternates = pressAlternates();
	locals.meta = pressMeta(lang, chapters, alternates);
	// Its description is a function of the chapter count, used by the meta tags only.
	const { description, ...rest } = strings[lang].pressPage;
	void description;
	const words: PressWords = rest;
	return {
		alternates,
		press: {
			words,
			entries: chapters.map((chapter): PressEntry => ({
				slug: chapter.slug,
				summary: chapter.summary,
				thumbnail: paths.thumbnail(lang, chapter.slug),
				picture: paths.preview(lang, { kind: 'chapter', slug: chapter.slug }),
				pictureAlt: chapterCard(chapter, chapters).alt,
				download: `apres-mines-${String(chapter.number).padStart(2, '0')}-${chapter.slug}.png`
			})),
			figures: KEY_FIGURES[lang],
			storyCitation: storyCitation(lang),
			chapterCitation: chapters[0] ? chapterCitation(chapters[0]) : '',
			contact: site.contact,
			publisher: site.publisher
		}
	};
};
