/**
 * Every scene, by the name a chapter gives in `scene:`. One line a scene
 * folder: `scene-contract.test.ts` fails if a folder is missing here or a
 * name here has no folder. Plain data (states and kiosk times), so the
 * build's story checks can read it before anything is compiled.
 */
import type { SceneDefinition } from './define.ts';
import terrils from './terrils/scene.ts';
import tableRase from './table-rase/scene.ts';
import crowd from './crowd/scene.ts';
import whitePaper from './white-paper/scene.ts';
import budget from './budget/scene.ts';
import founding from './founding/scene.ts';
import heritageNetwork from './heritage-network/scene.ts';
import mapLink from './map-link/scene.ts';
import themes from './themes/scene.ts';
import headframe from './headframe/scene.ts';
import bidPath from './bid-path/scene.ts';
import metropolitanArea from './metropolitan-area/scene.ts';
import inscription from './inscription/scene.ts';
import management from './management/scene.ts';
import proposals from './proposals/scene.ts';
import agglomerations from './agglomerations/scene.ts';

export const SCENES = {
	terrils,
	'table-rase': tableRase,
	crowd,
	'white-paper': whitePaper,
	budget,
	founding,
	'heritage-network': heritageNetwork,
	'map-link': mapLink,
	themes,
	headframe,
	'bid-path': bidPath,
	'metropolitan-area': metropolitanArea,
	inscription,
	management,
	proposals,
	agglomerations
} satisfies Record<string, SceneDefinition>;

export type SceneName = keyof typeof SCENES;

/** Scene names in story order (the order of the chapters that use them). */
export const SCENE_NAMES = Object.keys(SCENES) as SceneName[];

export const isSceneName = (name: string): name is SceneName => Object.hasOwn(SCENES, name);

/** The states of a scene, in order. */
export function statesOf(name: SceneName): readonly string[] {
	return SCENES[name].states;
}
