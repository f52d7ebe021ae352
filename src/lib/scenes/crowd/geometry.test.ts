import { describe, expect, it } from 'vitest';
import { PER_TABLE, scatteredPaths, seatedPaths, TABLES, tables } from './geometry';

const count = (path: string) => path.match(/M/g)?.length ?? 0;

describe('crowd geometry', () => {
	it('seats more than 1,000 people at exactly 37 tables', () => {
		expect(tables).toHaveLength(37);
		expect(TABLES).toBe(37);
		const people = seatedPaths().reduce((sum, path) => sum + count(path), 0);
		expect(people).toBeGreaterThan(1000);
		expect(people).toBe(TABLES * PER_TABLE);
	});

	it('draws the same crowd on every run, so server and browser agree', () => {
		expect(seatedPaths()).toEqual(seatedPaths());
		expect(scatteredPaths()).toEqual(scatteredPaths());
	});

	it('gives scattered and seated paths the same shape, so gsap can tween each number', () => {
		const shape = (path: string) => path.replace(/-?\d+(\.\d+)?/g, '#');
		const scattered = scatteredPaths();
		seatedPaths().forEach((path, i) => expect(shape(scattered[i])).toBe(shape(path)));
	});

	it('keeps every table and every person inside the hall, under its banner and above the caption', () => {
		for (const path of [...seatedPaths(), ...scatteredPaths()]) {
			for (const [, x, y] of path.matchAll(/M(-?[\d.]+) (-?[\d.]+)/g)) {
				expect(Number(x)).toBeGreaterThan(0);
				expect(Number(x)).toBeLessThan(400);
				expect(Number(y)).toBeGreaterThan(44);
				expect(Number(y)).toBeLessThan(252);
			}
		}
	});
});
