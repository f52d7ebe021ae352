/**
 * Draws each scene, per language, as a standalone SVG file, at build time:
 * `/scenes/<lang>/<name>.<hash>.svg`. The page's HTML carries no drawing; the
 * engine fetches the file as the scene approaches, and readers without
 * JavaScript see it as an `<img>`. Its name changes with its content, so the
 * browser may keep it for ever (see the hosting headers).
 *
 * A file shown as an `<img>` sees neither the page's CSS variables nor its
 * fonts: each file carries the palette and a font stack of its own, and a
 * rule that shows the scene's last state while no script drives it.
 */
import { createHash } from 'node:crypto';
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import type { Lang } from '$lib/i18n/lang';
import { paletteVariables } from '$lib/palette';
import { paths, sitePath } from '$lib/paths';
import { SCENES, type SceneName } from '$lib/scenes/catalog';
import type { SceneData } from '$lib/scenes/shared/data-table';
import type { FigureProps, SceneView } from '$lib/scenes/types';

const figures = import.meta.glob<Component<FigureProps>>('/src/lib/scenes/*/Figure.svelte', {
	eager: true,
	import: 'default'
});

/** Scenes that draw figures their chapter does not give: their figures as a table. */
const tables = import.meta.glob<SceneData>('/src/lib/scenes/*/data.ts', {
	eager: true,
	import: 'default'
});

const figureOf = (name: SceneName) => {
	const figure = figures[`/src/lib/scenes/${name}/Figure.svelte`];
	if (!figure) throw new Error(`scene "${name}" has no Figure.svelte`);
	return figure;
};

/** The standalone file's own rules; scoped to the drawing, so they are harmless in the page. */
const OWN_STYLE = [
	`svg.scene-svg{${paletteVariables()};font-family:var(--sans);stroke-linecap:round;stroke-linejoin:round}`,
	// Alone (an <img>, a print), the file names its font; in the page it takes the page's (see $lib/fonts).
	`svg.scene-svg:root{--sans:'Public Sans',system-ui,Arial,sans-serif}`,
	// No script drives the drawing: the last state (what leaves before it, hidden).
	`svg.scene-svg:not([data-live]) [data-out]{opacity:0}`,
	// A drawing whose words lie over a map (`class="scene-svg scene-svg--haloed"`):
	// each text haloed in paper, so that it reads over the dots and lines beneath.
	`svg.scene-svg--haloed text{paint-order:stroke;stroke:var(--paper);stroke-width:4px}`
].join('');

const drawings = new Map<string, string>();

/** The scene's SVG file, as text. */
export function sceneSvg(name: SceneName, lang: Lang): string {
	const key = `${lang}/${name}`;
	let svg = drawings.get(key);
	if (svg === undefined) {
		const { head, body } = render(figureOf(name), { props: { lang } });
		// Svelte's hydration comments mean nothing in a file that is never hydrated.
		const markup = body.replace(/<!--[\s\S]*?-->/g, '').trim();
		const styles = `<style>${OWN_STYLE}</style>${head.replace(/<!--[\s\S]*?-->/g, '')}`;
		svg = markup.replace(/^<svg\b([^>]*)>/, (_, attributes: string) => {
			const attrs = attributes
				.replace(/\s(aria-hidden|focusable)="[^"]*"/g, '')
				.replace(/\sxmlns="[^"]*"/, '');
			return `<svg xmlns="http://www.w3.org/2000/svg"${attrs} data-scene="${name}" data-states="${SCENES[name].states.length}">${styles}`;
		});
		if (!svg.startsWith('<svg xmlns'))
			throw new Error(`scene "${name}": its Figure must draw one <svg>`);
		drawings.set(key, svg);
	}
	return svg;
}

/** The scene's file name: its name and a hash of its content. */
export function sceneFileName(name: SceneName, lang: Lang): string {
	const hash = createHash('sha256').update(sceneSvg(name, lang)).digest('hex').slice(0, 10);
	return `${name}.${hash}`;
}

/** What a page needs to show a scene. */
export function sceneView(name: SceneName, lang: Lang): SceneView {
	const data = tables[`/src/lib/scenes/${name}/data.ts`];
	return {
		name,
		src: sitePath(paths.scene(lang, sceneFileName(name, lang))),
		states: SCENES[name].states.length,
		...(data ? { data: data(lang) } : {})
	};
}
