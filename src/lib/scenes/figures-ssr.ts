/**
 * Every Figure, eagerly, with Svelte's server renderer: the server's half of
 * `registry.ts`. Only ever imported behind `import.meta.env.SSR`, so that the
 * client build drops it, drawings and renderer alike.
 */
import type { Component } from 'svelte';
import type { FigureProps } from './types';

export { render } from 'svelte/server';

export const figures = import.meta.glob<Component<FigureProps>>('./*/Figure.svelte', {
	eager: true,
	import: 'default'
});
