/**
 * An island's server rendering, on its own, with the markers Svelte's
 * `hydrate` expects. Server only: in the browser the page's HTML is kept.
 */
import type { Component } from 'svelte';

const server = import.meta.env.SSR ? await import('svelte/server') : undefined;

export function renderIsland<P extends Record<string, unknown>>(
	component: Component<P>,
	props: P
): string {
	return server ? server.render(component, { props }).body : '';
}
