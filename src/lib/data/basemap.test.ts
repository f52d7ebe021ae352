import { geoDistance } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { PLACES } from '../content/places.ts';
import {
	basinProjection,
	borderPath,
	centreOf,
	dotsPath,
	FRAME,
	MAP_PLACES,
	projectPlaces,
	type MapPlace,
	type Point
} from './basemap.ts';
import { composeOpenData } from './open-data.ts';
import { FIXTURE_COUNTRIES } from './open-data.fixtures.ts';
import { readOpenDataPackages } from './read-packages.ts';

/** Every x, y pair of an SVG path made of M/L commands and plain numbers. */
const pathPoints = (d: string): Point[] =>
	[...d.matchAll(/(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)/g)].map((m) => [Number(m[1]), Number(m[2])]);

describe('the basemap from the real packages', () => {
	const { map, agglomerations } = composeOpenData(readOpenDataPackages());
	const { places } = map;

	it('puts every map place inside the 400 × 300 frame', () => {
		for (const key of MAP_PLACES) {
			const [x, y] = places[key];
			expect(x, key).toBeGreaterThanOrEqual(0);
			expect(x, key).toBeLessThanOrEqual(FRAME.width);
			expect(y, key).toBeGreaterThanOrEqual(0);
			expect(y, key).toBeLessThanOrEqual(FRAME.height);
		}
	});

	it('keeps north up and east right', () => {
		expect(places.courtrai[1]).toBeLessThan(places.lille[1]);
		expect(places.lille[1]).toBeLessThan(places.lens[1]);
		expect(places.arras[1]).toBeGreaterThan(places.lens[1]);
		expect(places.valenciennes[0]).toBeGreaterThan(places.bethune[0]);
		expect(places.douai[0]).toBeGreaterThan(places.lens[0]);
	});

	it('keeps distances to scale across and along the basin (a conformal map, no stretch)', () => {
		const onMap = (a: MapPlace, b: MapPlace) =>
			Math.hypot(places[a][0] - places[b][0], places[a][1] - places[b][1]);
		const onGround = (a: MapPlace, b: MapPlace) =>
			geoDistance([PLACES[a].lon, PLACES[a].lat], [PLACES[b].lon, PLACES[b].lat]);
		// North–south against west–east: a stretched map would change this ratio.
		const mapRatio = onMap('lille', 'arras') / onMap('bethune', 'valenciennes');
		const groundRatio = onGround('lille', 'arras') / onGround('bethune', 'valenciennes');
		expect(mapRatio / groundRatio).toBeCloseTo(1, 2);
	});

	it('draws the border between Lille and Courtrai, clipped to the frame, at 0.1 precision', () => {
		const points = pathPoints(map.border);
		expect(points.length).toBeGreaterThan(20);
		for (const [x, y] of points) {
			expect(x).toBeGreaterThanOrEqual(0);
			expect(x).toBeLessThanOrEqual(FRAME.width);
			expect(y).toBeGreaterThanOrEqual(0);
			expect(y).toBeLessThanOrEqual(FRAME.height);
		}
		expect(map.border).not.toMatch(/\d\.\d\d/);
		// The border runs between Lille (south of it) and Courtrai (north of it).
		const between = points.filter(([x]) => Math.abs(x - places.lille[0]) < 20);
		expect(between.length).toBeGreaterThan(0);
		for (const [, y] of between) {
			expect(y).toBeLessThan(places.lille[1]);
			expect(y).toBeGreaterThan(places.courtrai[1]);
		}
	});

	it('stays small enough to ship: a few kilobytes for the whole basemap', () => {
		expect(JSON.stringify({ map, agglomerations }).length).toBeLessThan(8000);
	});
});

describe('basemap helpers', () => {
	it('writes each point as a zero-length segment rounded to whole units', () => {
		expect(
			dotsPath([
				[1.4, 2.6],
				[10, 20]
			])
		).toBe('M1 3h0M10 20h0');
	});

	it('finds the mean of points', () => {
		expect(
			centreOf([
				[0, 0],
				[10, 0],
				[5, 9]
			])
		).toEqual([5, 3]);
	});

	it('refuses a place that would fall outside the frame', () => {
		// Fitted around Paris, the basin's places fall off the top of the frame.
		const paris = basinProjection([
			[2.2, 48.8],
			[2.5, 48.9]
		]);
		expect(() => projectPlaces(paris)).toThrow(/falls outside the 400×300 frame/);
	});

	it('keeps only the France–Belgium border from the countries topology', () => {
		const projection = basinProjection([
			[2.5, 50.0],
			[3.5, 51.0]
		]);
		const points = pathPoints(borderPath(projection, FIXTURE_COUNTRIES));
		// One straight segment: its two ends, nothing of the countries' other edges.
		expect(points).toHaveLength(2);
		const [west, east] = points[0][0] < points[1][0] ? points : [points[1], points[0]];
		expect(west[1]).toBeLessThan(east[1]);
	});
});
