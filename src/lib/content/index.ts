/**
 * The chapter index the site reads: every story's frontmatter, checked by the
 * same rules as the build (`validate.ts`). The chapters' bodies are in
 * `bodies.ts`, so that pages which only list chapters do not ship their text.
 */
import { StoryError, validateStories, type ChapterMeta, type Lang } from './validate';

const metadata = import.meta.glob<Record<string, unknown>>('/stories/*/*.md', {
	eager: true,
	import: 'metadata'
});

const validated = validateStories(
	Object.entries(metadata).map(([path, data]) => ({ file: path.slice(1), data }))
);
if (validated.problems.length) throw new StoryError(validated.problems);

export const allChapters: readonly ChapterMeta[] = validated.chapters;

/** The languages that have stories, French first. */
export const storyLangs: Lang[] = (['fr', 'en'] as const).filter((lang) =>
	allChapters.some((c) => c.lang === lang)
);

export function chaptersOf(lang: Lang): ChapterMeta[] {
	return allChapters.filter((c) => c.lang === lang);
}

export function chapterBySlug(lang: Lang, slug: string): ChapterMeta | undefined {
	return allChapters.find((c) => c.lang === lang && c.slug === slug);
}

/** The same chapter in another language (matched by number), if it exists. */
export function twinOf(chapter: ChapterMeta, lang: Lang): ChapterMeta | undefined {
	return allChapters.find((c) => c.lang === lang && c.number === chapter.number);
}

export type { ChapterMeta, Lang } from './validate';
