/**
 * The stories, read and checked once, for the server: server loads, endpoints
 * and, behind `import.meta.env.SSR`, the chapter bodies (`bodies.ts`). Never
 * shipped to the browser: pages receive only their own language's chapters,
 * through their server loads, and the text in their HTML.
 *
 * The files come through Vite (`?raw`), so `npm run dev` sees an edited story
 * at once; the build has already stopped on any problem (`vite-plugin.ts`).
 */
import { base } from '$app/paths';
import { LANGS, type Lang } from '$lib/i18n/lang';
import type { Step } from './body';
import { parseStory } from './frontmatter';
import { type ChapterMeta } from './types';
import { StoryError, validateStories } from './validate';

const sources = import.meta.glob<string>('/stories/*/*.md', {
	query: '?raw',
	import: 'default',
	eager: true
});

interface Library {
	chapters: ChapterMeta[];
	bodies: Map<string, Step[]>;
}

function read(): Library {
	const problems: string[] = [];
	const stories = Object.entries(sources).flatMap(([path, text]) => {
		const { story, problem } = parseStory(path.slice(1), text);
		if (problem) problems.push(problem);
		return story ? [story] : [];
	});
	const validated = validateStories(stories, { base });
	problems.push(...validated.problems);
	if (problems.length) throw new StoryError(problems);
	return { chapters: validated.chapters, bodies: validated.bodies };
}

let library: Library | undefined;
const get = () => (library ??= read());

/** The languages that have stories, French first. */
export function storyLangs(): Lang[] {
	return LANGS.filter((lang) => get().chapters.some((c) => c.lang === lang));
}

/** Every chapter of every language. */
export function allChapters(): readonly ChapterMeta[] {
	return get().chapters;
}

/** One language's chapters, in story order. */
export function chaptersOf(lang: Lang): ChapterMeta[] {
	return get().chapters.filter((c) => c.lang === lang);
}

export function chapterBySlug(lang: Lang, slug: string): ChapterMeta | undefined {
	return get().chapters.find((c) => c.lang === lang && c.slug === slug);
}

/** The same chapter in another language (matched by number), if it exists. */
export function twinOf(chapter: ChapterMeta, lang: Lang): ChapterMeta | undefined {
	return get().chapters.find((c) => c.lang === lang && c.number === chapter.number);
}

/** A chapter's text, grouped into the steps its scene follows. */
export function stepsOf(file: string): Step[] {
	const steps = get().bodies.get(file);
	if (!steps) throw new Error(`${file}: no such chapter`);
	return steps;
}
