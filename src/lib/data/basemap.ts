/**
 * The map every map scene draws on, computed at build time: a conformal conic
 * projection (Lambert-93's parameters, the one French maps use) fitted to the
 * basin, Lille and Courtrai in the scenes' 400 × 300 frame; the France–Belgium
 * border; the story's places and the communes as x, y in that frame.
 * Only strings and rounded numbers leave this module, never the raw data.
 */
import { geoConicConformal, geoPath, type GeoProjection } from 'd3-geo';
import type { MultiLineString } from 'geojson';
import { mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { PLACES, type PlaceKey } from '../content/places.ts';

/** Every scene's viewBox is `0 0 400 300`. */
export const FRAME = { width: 400, height: 300 } as const;

/** Room kept around the fitted points, for place labels and the border's ends. */
const PADDING = { top: 26, right: 18, bottom: 22, left: 18 } as const;

export type Point = [number, number];

/** The places a map scene may name: all of them but Saint Petersburg, far off the map. */
export const MAP_PLACES = [
	'oignies',
	'wingles',
	'carvin',
	'loos-en-gohelle',
	'lens',
	'bethune',
	'douai',
	'valenciennes',
	'arras',
	'lille',
	'courtrai'
] as const satisfies readonly PlaceKey[];

export type MapPlace = (typeof MAP_PLACES)[number];

/** ISO 3166 numeric codes, as world-atlas keys its countries. */
const FRANCE = '250';
const BELGIUM = '056';

const round = (value: number, digits = 1) => {
	const factor = 10 ** digits;
	return Math.round(value * factor) / factor;
};

/** Fits the projection to the given longitude, latitude points (communes and places). */
export function basinProjection(lonLats: readonly Point[]): GeoProjection {
	return geoConicConformal()
		.parallels([44, 49])
		.rotate([-3, 0])
		.fitExtent(
			[
				[PADDING.left, PADDING.top],
				[FRAME.width - PADDING.right, FRAME.height - PADDING.bottom]
			],
			{ type: 'MultiPoint', coordinates: lonLats.map((p) => [...p]) }
		)
		.clipExtent([
			[0, 0],
			[FRAME.width, FRAME.height]
		]);
}

/** Projects a longitude, latitude pair to the frame, rounded to 0.1. */
export function project(projection: GeoProjection, lonLat: Point): Point {
	const xy = projection([...lonLat]);
	if (!xy) throw new Error(`cannot project ${lonLat.join(', ')}`);
	return [round(xy[0]), round(xy[1])];
}

/** The France–Belgium border, clipped to the frame, as an SVG path with 0.1 precision. */
export function borderPath(projection: GeoProjection, countries: Topology): string {
	const object = countries.objects.countries as GeometryCollection;
	const border: MultiLineString = mesh(
		countries,
		object,
		(a, b) => (a.id === FRANCE && b.id === BELGIUM) || (a.id === BELGIUM && b.id === FRANCE)
	);
	return geoPath(projection).digits(1)(border) ?? '';
}

/** The story's places on the map. Throws when one falls outside the frame. */
export function projectPlaces(projection: GeoProjection): Record<MapPlace, Point> {
	const entries = MAP_PLACES.map((key) => {
		const [x, y] = project(projection, [PLACES[key].lon, PLACES[key].lat]);
		if (x < 0 || x > FRAME.width || y < 0 || y > FRAME.height) {
			throw new Error(`place ${key} falls outside the ${FRAME.width}×${FRAME.height} frame`);
		}
		return [key, [x, y]] as const;
	});
	return Object.fromEntries(entries) as Record<MapPlace, Point>;
}

/**
 * Points as one SVG path of zero-length segments: drawn with a round line cap,
 * each becomes a dot, so hundreds of communes cost one element and a few bytes.
 * Whole units are enough for dots (one unit is about 250 m on the ground).
 */
export function dotsPath(points: readonly Point[]): string {
	return points.map(([x, y]) => `M${Math.round(x)} ${Math.round(y)}h0`).join('');
}

/** The mean of points, rounded to 0.1: where an agglomeration's label points. */
export function centreOf(points: readonly Point[]): Point {
	const sum = points.reduce<Point>((acc, [x, y]) => [acc[0] + x, acc[1] + y], [0, 0]);
	return [round(sum[0] / points.length), round(sum[1] / points.length)];
}
