import { describe, expect, it } from 'vitest';
import { cursorAt, type AxisMark } from './layout';

/** An overview over the whole axis, then dated chapters, one of them a period. */
const marks: AxisMark[] = [
	{ slug: 'overview', exact: 500, position: 500, spanAt: { from: 0, to: 1000 } },
	{ slug: 'white-paper', exact: 100, position: 100 },
	{ slug: 'state', exact: 150, position: 160 },
	{ slug: 'founding', exact: 250, position: 250 },
	{ slug: 'idea', exact: 300, position: 300, spanAt: { from: 200, to: 400 } },
	{ slug: 'last', exact: 900, position: 900 }
];
const at = (slug: string) => marks.findIndex((m) => m.slug === slug);

describe('where the reader stands in time', () => {
	it('sweeps across a period as its chapter is read', () => {
		expect(cursorAt(marks, 0, 0)).toBe(0);
		expect(cursorAt(marks, 0, 0.5)).toBe(500);
		expect(cursorAt(marks, 0, 1)).toBe(1000);
	});

	it('moves towards the next chapter’s date when the story goes forward', () => {
		expect(cursorAt(marks, at('white-paper'), 0.5)).toBe(125);
	});

	it('follows the exact dates, not the marks pushed apart', () => {
		expect(cursorAt(marks, at('state'), 0)).toBe(150);
	});

	it('holds on a chapter’s date when the next one starts earlier', () => {
		expect(cursorAt(marks, at('founding'), 0.9)).toBe(250);
	});

	it('holds on the last chapter’s date', () => {
		expect(cursorAt(marks, at('last'), 1)).toBe(900);
	});

	it('keeps within the chapter when progress overshoots', () => {
		expect(cursorAt(marks, at('idea'), 1.5)).toBe(400);
		expect(cursorAt(marks, at('idea'), -1)).toBe(200);
	});

	it('has no place before the first chapter', () => {
		expect(cursorAt(marks, -1, 0)).toBeNaN();
	});
});
