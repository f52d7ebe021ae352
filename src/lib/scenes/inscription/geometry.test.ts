import { describe, expect, it } from 'vitest';
import { HEMICYCLE, ROWS, seats } from './geometry';

describe('inscription geometry', () => {
	it('seats the committee in rows round the podium, the same on every run', () => {
		const all = seats();
		expect(all).toEqual(seats());
		expect(all.length).toBeGreaterThan(ROWS.length * 8);
		for (const [x, y] of all) {
			const r = Math.hypot(x - HEMICYCLE[0], y - HEMICYCLE[1]);
			expect(ROWS.some((row) => Math.abs(row - r) < 0.2)).toBe(true);
		}
	});

	it('keeps the hemicycle in the right half, under its labels and inside the frame', () => {
		for (const [x, y] of seats()) {
			expect(x).toBeGreaterThan(200);
			expect(x).toBeLessThan(392);
			expect(y).toBeGreaterThan(100);
			expect(y).toBeLessThanOrEqual(HEMICYCLE[1]);
		}
	});
});
