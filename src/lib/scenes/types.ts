/**
 * What pages and scenes exchange. A page gets each chapter's `SceneView` from
 * its server load; a Figure gets `FigureProps` when the build draws it.
 */
import type { Lang } from '$lib/i18n/lang';
import type { SceneName } from './catalog';
import type { DataTable } from './shared/data-table';

/** A scene as a page shows it. */
export interface SceneView {
	name: SceneName;
	/** Its SVG file's address, deploy sub-path included: `/scenes/fr/crowd.1a2b3c4d5e.svg`. */
	src: string;
	/** How many states it has. */
	states: number;
	/** The figures it draws that its chapter's text does not give, as a table. */
	data?: DataTable;
}

/** Props every `Figure.svelte` takes. */
export interface FigureProps {
	/** The language of the scene's labels. */
	lang: Lang;
}
