/**
 * The text of every chapter as HTML, for the server only.
 *
 * Why: the chapters are prerendered, so their text is already in each page's
 * HTML. Shipping it a second time, as page data or compiled code, would cost
 * the browser for nothing, so the browser gets no chapter text at all (the
 * import below is compiled away outside server rendering) and
 * `ChapterBody.svelte` keeps the server's HTML when it hydrates.
 */
import type { Lang } from '$lib/i18n/lang';
import { stepsHtml } from '$lib/story/markup';

const server = import.meta.env.SSR ? await import('./library') : undefined;

/** A chapter's steps as HTML (server only; in the browser there is nothing to render). */
export function bodyHtml(lang: Lang, number: number): string {
	if (!server) return '';
	const chapter = server.chaptersOf(lang).find((c) => c.number === number);
	if (!chapter) throw new Error(`no chapter ${number} in ${lang}`);
	return stepsHtml(server.stepsOf(chapter.file));
}
