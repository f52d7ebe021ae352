/**
 * For unit tests of scenes: draws a scene as the build does and says what
 * each state shows, reading the Figure's marks the way the engine does. A
 * scene's own test can then check its facts state by state:
 *
 * ```ts
 * const svg = drawScene('crowd', 'fr');
 * expect(textsIn(svg, 'people')).toContain('plus de 1 000 participants');
 * ```
 */
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import type { Lang } from '$lib/i18n/lang';
import { SCENES, type SceneName } from '../catalog';
import { readMarks, shownIn } from '../engine/marks';
import type { FigureProps } from '../types';
import { parseMarkup, select, type SvgNode } from './svg-tree';

const figures = import.meta.glob<Component<FigureProps>>('../*/Figure.svelte', {
	eager: true,
	import: 'default'
});

export interface DrawnScene {
	name: SceneName;
	/** The Figure's markup, as the server renders it. */
	markup: string;
	svg: SvgNode;
}

export function drawScene(name: SceneName, lang: Lang): DrawnScene {
	const figure = figures[`../${name}/Figure.svelte`];
	if (!figure) throw new Error(`scene "${name}" has no Figure.svelte`);
	const markup = render(figure, { props: { lang } }).body.replace(/<!--[\s\S]*?-->/g, '');
	const svg = select(parseMarkup(markup), 'svg')[0];
	if (!svg) throw new Error(`scene "${name}" draws no <svg>`);
	return { name, markup, svg };
}

/** The index of a state, by name or index. */
function stateIndex(name: SceneName, state: string | number): number {
	const index = typeof state === 'number' ? state : SCENES[name].states.indexOf(state as never);
	if (index < 0) throw new Error(`"${state}" is not a state of ${name}`);
	return index;
}

/** Whether an element is shown in a state: it and every element around it. */
export function shownAt(node: SvgNode, state: number): boolean {
	for (let at: SvgNode | null = node; at; at = at.parent) {
		const [mark] = readMarks([at]);
		if (mark && !shownIn(mark, state)) return false;
	}
	return true;
}

/**
 * The texts a state shows, each `<text>` as a reader sees it: white space,
 * no-break spaces included, collapsed to one space (the typography of the
 * labels is checked on the built files, `tests/typography.spec.ts`).
 */
export function textsIn(scene: DrawnScene, state: string | number): string[] {
	const index = stateIndex(scene.name, state);
	return select(scene.svg, 'text')
		.filter((text) => shownAt(text, index))
		.map((text) => text.text.replace(/\s+/g, ' ').trim())
		.filter(Boolean);
}

/** How many elements matching `selector` a state shows. */
export function countIn(scene: DrawnScene, state: string | number, selector: string): number {
	const index = stateIndex(scene.name, state);
	return select(scene.svg, selector).filter((node) => shownAt(node, index)).length;
}
