import { describe, expect, it } from 'vitest';
import { readingAt, readingLine } from './position';

/** Three chapters of 1,000 px one after the other, starting 600 px down the page. */
const chapters = (scrollY: number) =>
	[0, 1, 2].map((i) => ({ top: 600 + i * 1000 - scrollY, bottom: 1600 + i * 1000 - scrollY }));

describe('the reading line', () => {
	it('sits 35 % down the viewport while there is page left to scroll', () => {
		expect(readingLine(800, 5000)).toBe(280);
		expect(readingLine(800, 520)).toBe(280);
	});

	it('slides to the bottom edge as the page runs out', () => {
		expect(readingLine(800, 260)).toBe(540);
		expect(readingLine(800, 0)).toBe(800);
	});
});

describe('which chapter is being read', () => {
	it('is none while the opening is above the line', () => {
		expect(readingAt(chapters(0), 280)).toEqual({ index: -1, progress: 0 });
	});

	it('is the chapter whose top has crossed the line', () => {
		expect(readingAt(chapters(400), 280).index).toBe(0);
		expect(readingAt(chapters(1400), 280).index).toBe(1);
	});

	it('changes at the very pixel the next top crosses the line', () => {
		expect(readingAt(chapters(1319), 280).index).toBe(0);
		expect(readingAt(chapters(1320), 280).index).toBe(1);
	});

	it('tells how far through the chapter the line is', () => {
		expect(readingAt(chapters(820), 280).progress).toBeCloseTo(0.5);
	});

	it('keeps the last chapter once the line is past every top', () => {
		expect(readingAt(chapters(9000), 280)).toEqual({ index: 2, progress: 1 });
	});

	it('makes a short last chapter current when the page ends', () => {
		const boxes = [
			{ top: -500, bottom: 400 },
			{ top: 400, bottom: 700 }
		];
		expect(readingAt(boxes, readingLine(800, 500)).index).toBe(0);
		expect(readingAt(boxes, readingLine(800, 0)).index).toBe(1);
	});
});
