/**
 * Maps a scene name (a chapter's `scene:` field, see `$lib/content/scenes.ts`)
 * to its folder: `<name>/Figure.svelte` (the final picture) and
 * `<name>/animate.ts` (the motion towards it).
 *
 * Why the Figure is not simply imported into the page: sixteen drawings in the
 * first-load JavaScript would eat most of the 65 KB budget, for pictures the
 * server has already drawn. So the server renders each Figure to markup
 * (`markupOf`), the page ships it as HTML, and the browser only downloads a
 * Figure's code when it must draw it itself (after a client-side navigation:
 * `loadFigure`). Figures are compiled with `css: 'injected'` (svelte.config.js)
 * so that their own styles travel with their markup.
 */
import type { Component } from 'svelte';
import type { Lang } from '$lib/content/validate';
import type { Animate, FigureProps } from './types';

type Figure = Component<FigureProps>;

const folderOf = (path: string) => path.split('/')[1];
const byFolder = <T>(modules: Record<string, T>): Map<string, T> =>
	new Map(Object.entries(modules).map(([path, value]) => [folderOf(path), value]));

/**
 * Server only. A static import would keep every Figure in the client bundle
 * (their modules have side effects, so they survive tree-shaking even unused);
 * behind this constant condition the client build drops the import entirely.
 */
const server = import.meta.env.SSR ? await import('./figures-ssr') : undefined;
const serverFigures = byFolder(server?.figures ?? {});
const lazyFigures = byFolder(import.meta.glob<Figure>('./*/Figure.svelte', { import: 'default' }));
const animations = byFolder(import.meta.glob<Animate>('./*/animate.ts', { import: 'default' }));

/** Whether a scene of that name has been drawn (its folder holds a Figure). */
export function hasScene(name: string): boolean {
	return lazyFigures.has(name);
}

/**
 * The Figure's final picture as HTML, with its styles inside the `<svg>`.
 * Server rendering only: in the browser it is `''`, and the page keeps the
 * markup the server sent (see SceneStage). Without Svelte's comments.
 */
export function markupOf(name: string, lang: Lang): string {
	const figure = serverFigures.get(name);
	if (!server || !figure) return '';
	const { head, body } = server.render(figure, { props: { lang } });
	// Svelte's hydration markers mean nothing in a drawing that is never
	// hydrated, and an empty one (`<!---->`) would end the {@html} block early.
	const markup = body.replace(/<!--[\s\S]*?-->/g, '');
	return head ? markup.replace(/<svg\b[^>]*>/, (open) => open + head) : markup;
}

/** The Figure component, downloaded on demand, for drawing it in the browser. */
export function loadFigure(name: string): Promise<Figure> | undefined {
	return lazyFigures.get(name)?.();
}

/** The scene's animation, downloaded as the scene approaches. */
export function loadAnimation(name: string): Promise<Animate> | undefined {
	return animations.get(name)?.();
}
