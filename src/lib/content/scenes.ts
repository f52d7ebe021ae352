/**
 * The names a chapter may give in `scene:`. The content checks use this list
 * (an unknown name stops the build) and the scene engine maps each name to its
 * component, so the two can never disagree: see `$lib/scenes/registry.ts`.
 */
export const SCENE_NAMES = [
	'terrils',
	'table-rase',
	'crowd',
	'white-paper',
	'budget',
	'founding',
	'heritage-network',
	'map-link',
	'themes',
	'headframe',
	'bid-path',
	'metropolitan-area',
	'inscription',
	'management',
	'proposals',
	'agglomerations'
] as const;

export type SceneName = (typeof SCENE_NAMES)[number];

export const isSceneName = (name: string): name is SceneName =>
	(SCENE_NAMES as readonly string[]).includes(name);
