import { describe, expect, it } from 'vitest';
import { bottomOf, CHAR_WIDTH, chipWidth, flowChips } from './geometry';

describe('flowChips', () => {
	const options = { x: 10, y: 20, width: 200, height: 18, gap: 6, padding: 7 };

	it('keeps the words in order, left to right, and starts a row when one would overflow', () => {
		const chips = flowChips(
			['planning', 'heritage protection', 'cavaliers', 'urban planning'],
			options
		);
		expect(chips.map((c) => c.text)).toEqual([
			'planning',
			'heritage protection',
			'cavaliers',
			'urban planning'
		]);
		for (const chip of chips) {
			expect(chip.x).toBeGreaterThanOrEqual(10);
			expect(chip.x + chip.width).toBeLessThanOrEqual(210);
		}
		expect(chips[0].y).toBe(20);
		expect(chips[1].y).toBe(44);
	});

	it('never overlaps two chips', () => {
		const chips = flowChips(['a', 'bb', 'ccc', 'dddd', 'eeeee', 'ffffff', 'g'], options);
		for (const [i, a] of chips.entries()) {
			for (const b of chips.slice(i + 1)) {
				const apart = a.y !== b.y || a.x + a.width <= b.x || b.x + b.width <= a.x;
				expect(apart).toBe(true);
			}
		}
	});

	it('sizes a chip from its word and padding, and says where the rows end', () => {
		expect(chipWidth('abc', 7)).toBe(Math.round(3 * CHAR_WIDTH + 14));
		expect(bottomOf(flowChips(['a'], options), 18)).toBe(38);
	});
});
