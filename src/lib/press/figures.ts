/**
 * The key figures the press page quotes, exactly as the Mission Bassin Minier
 * states them in its own presentation (see the project's fact sheet). They are
 * the association's figures, so the page says so; the figures the build checks
 * against open data are shown by the story itself.
 */
import type { Lang } from '$lib/i18n/lang';

export interface KeyFigure {
	/** The number as it is written, e.g. « 1,2 million ». */
	value: string;
	/** What it counts. */
	label: string;
}

export const KEY_FIGURES: Record<Lang, KeyFigure[]> = {
	fr: [
		{ value: '17', label: 'collaborateurs' },
		{ value: '2 à 3', label: 'événements sportifs et culturels par an' },
		{ value: '200', label: 'publications depuis sa création' },
		{ value: '120 km', label: 'de long\u00a0: l’étendue du territoire' },
		{ value: '1,2 million', label: 'd’habitants' },
		{ value: '7', label: 'communautés d’agglomération' }
	],
	en: [
		{ value: '17', label: 'staff' },
		{ value: '2 to 3', label: 'sports and cultural events a year' },
		{ value: '200', label: 'publications since it was founded' },
		{ value: '120 km', label: 'long: the length of the coal basin' },
		{ value: '1.2 million', label: 'inhabitants' },
		{ value: '7', label: 'intermunicipal authorities' }
	]
};
