/**
 * The islands, by name, and where their code is: `boot.ts` downloads an
 * island's component only when the page has one, and only when it is due.
 */
import type { Component } from 'svelte';

export const ISLANDS = {
	scene: () => import('$lib/scenes/SceneStage.svelte'),
	share: () => import('$lib/press/ShareCite.svelte'),
	timeline: () => import('$lib/timeline/Timeline.svelte'),
	motion: () => import('$lib/scenes/MotionToggle.svelte'),
	embed: () => import('$lib/embed/EmbedCode.svelte'),
	frame: () => import('$lib/embed/EmbedFrame.svelte')
} satisfies Record<string, () => Promise<{ default: Component<never> }>>;

export type IslandName = keyof typeof ISLANDS;

export const isIslandName = (name: string): name is IslandName => Object.hasOwn(ISLANDS, name);
