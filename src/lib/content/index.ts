/**
 * The chapter index the site reads: every story's frontmatter, checked by the
 * same rules as the build (`validate.ts`). The chapters' bodies are in
 * `bodies.ts`, so that pages which only list chapters do not ship their text.
 */
import {
	parseStoryPath,
	StoryError,
	validateStories,
	type ChapterMeta,
	type Lang
} from './validate';

const metadata = import.meta.glob<Record<string, unknown>>('/stories/*/*.md', {
	eager: true,
	import: 'metadata'
});

const raw = Object.entries(metadata).map(([path, data]) => ({ file: path.slice(1), data }));

/**
 * The server checks every field (and the build has already stopped on any
 * problem); the browser trusts what the server checked, so the checking code
 * is compiled out of the client bundle.
 */
function load(): ChapterMeta[] {
	if (import.meta.env.SSR) {
		const validated = validateStories(raw);
		if (validated.problems.length) throw new StoryError(validated.problems);
		return validated.chapters;
	}
	return raw
		.map(({ file, data }) => {
			const where = parseStoryPath(file) as { lang: Lang; number: number; slug: string };
			return {
				...(data as Omit<ChapterMeta, 'lang' | 'number' | 'slug' | 'file'>),
				...where,
				file
			};
		})
		.sort((a, b) => a.lang.localeCompare(b.lang) || a.number - b.number);
}

export const allChapters: readonly ChapterMeta[] = load();

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
