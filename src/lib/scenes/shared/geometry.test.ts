import { describe, expect, it } from 'vitest';
import {
	along,
	arc,
	closedCurve,
	grid,
	pushOut,
	seededRandom,
	sunflower,
	wrapLabel
} from './geometry.ts';

describe('sunflower', () => {
	const crowd = sunflower(300, [150, 170], 2.5);

	it('places one point a person, packed around the centre', () => {
		expect(crowd).toHaveLength(300);
		const mean = crowd.reduce((m, [x, y]) => [m[0] + x / 300, m[1] + y / 300], [0, 0]);
		expect(mean[0]).toBeCloseTo(150, 0);
		expect(mean[1]).toBeCloseTo(170, 0);
	});

	it('fills a disc whose area matches the spacing asked for', () => {
		const radius = Math.max(...crowd.map(([x, y]) => Math.hypot(x - 150, y - 170)));
		// π r² ≈ n × spacing²
		expect(radius).toBeCloseTo(Math.sqrt((300 * 2.5 ** 2) / Math.PI), 0);
	});

	it('never stacks two people on the same spot', () => {
		const keys = new Set(crowd.map(([x, y]) => `${x},${y}`));
		expect(keys.size).toBe(300);
	});
});

describe('grid', () => {
	it('fills rows of the given width from the top-left point', () => {
		const cells = grid(5, 2, [10, 20], [8, 7]);
		expect(cells).toEqual([
			[10, 20],
			[18, 20],
			[10, 27],
			[18, 27],
			[10, 34]
		]);
	});
});

describe('seededRandom', () => {
	it('gives the same sequence for the same seed, in [0, 1)', () => {
		const a = seededRandom(2001);
		const b = seededRandom(2001);
		const values = Array.from({ length: 100 }, () => a());
		expect(values).toEqual(Array.from({ length: 100 }, () => b()));
		expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
		expect(Math.max(...values)).toBeLessThan(1);
		expect(new Set(values).size).toBe(100);
	});

	it('gives another sequence for another seed', () => {
		expect(seededRandom(1)()).not.toBe(seededRandom(2)());
	});
});

describe('closedCurve', () => {
	const square: [number, number][] = [
		[0, 0],
		[100, 0],
		[100, 100],
		[0, 100]
	];

	it('passes through every point, in order, and closes', () => {
		const d = closedCurve(square);
		expect(d.startsWith('M0 0C')).toBe(true);
		expect(d.endsWith('0 0Z')).toBe(true);
		const ends = [...d.matchAll(/C[^C]*? (-?[\d.]+) (-?[\d.]+)(?=C|Z)/g)].map((m) => [
			Number(m[1]),
			Number(m[2])
		]);
		expect(ends).toEqual([...square.slice(1), square[0]]);
	});

	it('pulls its control points in when the tension is lower', () => {
		const control = (d: string) => Number(/C(-?[\d.]+)/.exec(d)?.[1]);
		expect(Math.abs(control(closedCurve(square, 0.5)))).toBeLessThan(
			Math.abs(control(closedCurve(square)))
		);
	});
});

describe('pushOut and arc', () => {
	it('moves points away from a centre by a distance', () => {
		expect(
			pushOut(
				[
					[10, 0],
					[0, -5]
				],
				[0, 0],
				5
			)
		).toEqual([
			[15, 0],
			[0, -10]
		]);
	});

	it('bows a link sideways between its two ends', () => {
		expect(arc([0, 0], [100, 0], 0.25)).toBe('M0 0Q50 25 100 0');
	});
});

describe('wrapLabel', () => {
	it('keeps short labels on one line', () => {
		expect(wrapLabel('Hénin-Carvin', 14)).toEqual(['Hénin-Carvin']);
	});

	it('breaks between words to fit the width', () => {
		expect(wrapLabel('Béthune-Bruay, Artois-Lys Romane', 18)).toEqual([
			'Béthune-Bruay,',
			'Artois-Lys Romane'
		]);
		expect(wrapLabel('Porte du Hainaut', 10)).toEqual(['Porte du', 'Hainaut']);
	});

	it('gives a word longer than the width a line of its own', () => {
		expect(wrapLabel('a Valenciennes b', 5)).toEqual(['a', 'Valenciennes', 'b']);
	});
});

describe('along', () => {
	it('spreads points evenly along a polyline, away from its ends', () => {
		const line: [number, number][] = [
			[0, 0],
			[100, 0],
			[100, 100]
		];
		expect(along(line, 4)).toEqual([
			[25, 0],
			[75, 0],
			[100, 25],
			[100, 75]
		]);
	});
});
