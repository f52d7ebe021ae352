import { describe, expect, it } from 'vitest';
import { headframe, houses, person, terril, track } from './parts';

const moves = (d: string) => d.match(/M/g)?.length ?? 0;
const numbers = (d: string) => [...d.matchAll(/-?\d+(\.\d+)?/g)].map((m) => Number(m[0]));

describe('the mining landscape parts', () => {
	it('stands a headframe on the ground, its wheel above its platform', () => {
		const tower = headframe(100, 200, 80);
		expect(tower.top).toBe(120);
		expect(tower.wheel.cy + tower.wheel.r).toBeLessThanOrEqual(tower.top);
		expect(tower.foot[0]).toBeLessThan(100);
		expect(tower.foot[1]).toBeGreaterThan(100);
		expect(Math.max(...numbers(tower.frame).filter((_, i) => i % 2 === 1))).toBeLessThanOrEqual(
			200
		);
	});

	it('leans the strut to the side asked for', () => {
		const xs = (d: string) => numbers(d).filter((_, i) => i % 2 === 0);
		expect(Math.max(...xs(headframe(100, 200, 80, 1).frame))).toBeGreaterThan(130);
		expect(Math.min(...xs(headframe(100, 200, 80, -1).frame))).toBeLessThan(70);
	});

	it('draws a terril between its feet, its summit at the top asked for', () => {
		const { heap } = terril(10, 110, 200, 60, 100);
		const values = numbers(heap);
		const xs = values.filter((_, i) => i % 2 === 0);
		expect(Math.min(...xs)).toBe(10);
		expect(Math.max(...xs)).toBe(110);
		expect(heap).toMatch(/Z$/);
	});

	it('draws as many houses, doors and windows as asked', () => {
		const row = houses(0, 100, 5);
		expect(moves(row.walls)).toBe(5);
		expect(moves(row.doors)).toBe(5);
		expect(moves(row.windows)).toBe(5);
	});

	it('lays a track with two rails and regular ties', () => {
		const { rails, ties } = track(0, 120, 50, 12);
		expect(moves(rails)).toBe(2);
		expect(moves(ties)).toBe(10);
	});

	it('draws a person as a head and shoulders, standing on the point given', () => {
		const d = person(50, 100, 20);
		expect(moves(d)).toBe(2);
		expect(Math.max(...numbers(d.split('M')[2]).filter((_, i) => i % 2 === 1))).toBeLessThanOrEqual(
			100
		);
	});
});
