/**
 * Places the story names, keyed as chapters write them in `places:`.
 * Coordinates (WGS84, longitude then latitude) come from the project's fact sheet;
 * Saint Petersburg is where the World Heritage Committee met in 2012.
 */
export interface Place {
	fr: string;
	en: string;
	country: 'FR' | 'BE' | 'RU';
	lon: number;
	lat: number;
}

export const PLACES = {
	oignies: { fr: 'Oignies', en: 'Oignies', country: 'FR', lon: 2.994, lat: 50.463 },
	wingles: { fr: 'Wingles', en: 'Wingles', country: 'FR', lon: 2.855, lat: 50.494 },
	carvin: { fr: 'Carvin', en: 'Carvin', country: 'FR', lon: 2.958, lat: 50.492 },
	'loos-en-gohelle': {
		fr: 'Loos-en-Gohelle',
		en: 'Loos-en-Gohelle',
		country: 'FR',
		lon: 2.792,
		lat: 50.458
	},
	lens: { fr: 'Lens', en: 'Lens', country: 'FR', lon: 2.828, lat: 50.433 },
	bethune: { fr: 'Béthune', en: 'Béthune', country: 'FR', lon: 2.64, lat: 50.53 },
	douai: { fr: 'Douai', en: 'Douai', country: 'FR', lon: 3.079, lat: 50.371 },
	valenciennes: { fr: 'Valenciennes', en: 'Valenciennes', country: 'FR', lon: 3.525, lat: 50.359 },
	arras: { fr: 'Arras', en: 'Arras', country: 'FR', lon: 2.782, lat: 50.293 },
	lille: { fr: 'Lille', en: 'Lille', country: 'FR', lon: 3.057, lat: 50.629 },
	courtrai: { fr: 'Courtrai', en: 'Kortrijk', country: 'BE', lon: 3.265, lat: 50.828 },
	'saint-petersbourg': {
		fr: 'Saint-Pétersbourg',
		en: 'Saint Petersburg',
		country: 'RU',
		lon: 30.316,
		lat: 59.939
	}
} as const satisfies Record<string, Place>;

export type PlaceKey = keyof typeof PLACES;

export const isPlaceKey = (key: string): key is PlaceKey => Object.hasOwn(PLACES, key);
