/**
 * Small, made-up records in the packages' shapes, for the unit tests: seven
 * agglomerations of one or two communes each, with the traps the real data
 * holds (a commune déléguée sharing a code, a Belgian place with the same
 * code, two GeoNames entries for one commune).
 */
import type { Topology } from 'topojson-specification';
import {
	AGGLOMERATION_CODES,
	type CityRecord,
	type CommuneRecord,
	type EpciRecord,
	type OpenDataInputs
} from './open-data.ts';

const NAMES = [
	'CA de Béthune-Bruay, Artois-Lys Romane',
	'CA de Lens - Liévin',
	"CA d'Hénin-Carvin",
	'CA Douaisis Agglo',
	'CA Coeur d’Ostrevent',
	'CA de la Porte du Hainaut',
	'CA Valenciennes Métropole'
];

/** Two communes for the first agglomeration, one for each of the others, west to east. */
const MEMBERS: { code: string; nom: string; population: number; lonLat: [number, number] }[][] = [
	[
		{ code: '90001', nom: 'Alpha', population: 1000, lonLat: [2.6, 50.5] },
		{ code: '90002', nom: 'Bravo', population: 2000, lonLat: [2.7, 50.52] }
	],
	[{ code: '90003', nom: 'Charlie', population: 3000, lonLat: [2.8, 50.43] }],
	[{ code: '90004', nom: 'Delta', population: 4000, lonLat: [2.95, 50.44] }],
	[{ code: '90005', nom: 'Echo', population: 5000, lonLat: [3.08, 50.37] }],
	[{ code: '90006', nom: 'Foxtrot', population: 6000, lonLat: [3.25, 50.36] }],
	[{ code: '90007', nom: 'Golf', population: 7000, lonLat: [3.4, 50.35] }],
	[{ code: '90008', nom: 'Hotel', population: 8000, lonLat: [3.52, 50.36] }]
];

export const FIXTURE_EPCIS: EpciRecord[] = [
	{ code: '999999999', nom: 'CA Elsewhere', membres: [{ code: '90009' }] },
	...AGGLOMERATION_CODES.map((code, i) => ({
		code,
		nom: NAMES[i],
		membres: MEMBERS[i].map(({ code }) => ({ code }))
	}))
];

export const FIXTURE_COMMUNES: CommuneRecord[] = [
	...MEMBERS.flat().map(({ code, nom, population }) => ({
		code,
		nom,
		type: 'commune-actuelle',
		population
	})),
	// Same code as a current commune: must not be counted again.
	{ code: '90001', nom: 'Alpha-Ancienne', type: 'commune-deleguee', population: 500 },
	{ code: '90009', nom: 'Elsewhere', type: 'commune-actuelle', population: 99999 }
];

export const FIXTURE_CITIES: CityRecord[] = [
	...MEMBERS.flat().map(({ code, population, lonLat }) => ({
		country: 'FR',
		muniSub: code,
		population,
		loc: { coordinates: lonLat }
	})),
	// A smaller hamlet of the same commune: the commune's own point wins.
	{ country: 'FR', muniSub: '90001', population: 10, loc: { coordinates: [0, 45] } },
	// Not French: the same digits mean nothing here.
	{ country: 'BE', muniSub: '90002', population: 50000, loc: { coordinates: [4, 51] } }
];

/**
 * France and Belgium as two rectangles sharing one arc, the border, from
 * (2.5, 50.7) to (3.5, 50.5); the topology is not quantised, so arcs are plain
 * coordinates.
 */
export const FIXTURE_COUNTRIES = {
	type: 'Topology',
	arcs: [
		[
			[2.5, 50.7],
			[3.5, 50.5]
		],
		[
			[3.5, 50.5],
			[3.5, 50.0],
			[2.5, 50.0],
			[2.5, 50.7]
		],
		[
			[2.5, 50.7],
			[2.5, 51.0],
			[3.5, 51.0],
			[3.5, 50.5]
		]
	],
	objects: {
		countries: {
			type: 'GeometryCollection',
			geometries: [
				{ type: 'Polygon', id: '250', arcs: [[0, 1]] },
				{ type: 'Polygon', id: '056', arcs: [[~0, 2]] }
			]
		}
	}
} as unknown as Topology;

export const fixtureInputs = (overrides: Partial<OpenDataInputs> = {}): OpenDataInputs => ({
	epcis: FIXTURE_EPCIS,
	communes: FIXTURE_COMMUNES,
	cities: FIXTURE_CITIES,
	countries: FIXTURE_COUNTRIES,
	version: '0.0.0-fixture',
	...overrides
});
