/**
 * A scene's figures as text. A picture may show only what its chapter says;
 * when a scene draws figures the text does not give (the epilogue's map of
 * the seven agglomerations, from open data), its folder's `data.ts` gives
 * them as a table, shown under the chapter for every reader (screen readers
 * never see the picture, which is `aria-hidden`).
 */
import type { Lang } from '$lib/i18n/lang';

export interface DataTable {
	/** What the table holds, as its caption. */
	caption: string;
	/** Column headings; the first column heads each row. */
	columns: string[];
	rows: string[][];
	/** A last row of totals, if any. */
	total?: string[];
	/** Where the figures come from. */
	source?: string;
}

export type SceneData = (lang: Lang) => DataTable;

export function defineData(data: SceneData): SceneData {
	return data;
}
