import { describe, expect, it } from 'vitest';
import { sweepAt, type AxisMark } from './layout';

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

describe('where the reader’s cursor travels while a chapter is read', () => {
	it('sweeps across a period', () => {
		expect(sweepAt(marks, 0)).toEqual({ from: 0, to: 1000 });
		expect(sweepAt(marks, at('idea'))).toEqual({ from: 200, to: 400 });
	});

	it('moves towards the next chapter’s date when the story goes forward', () => {
		expect(sweepAt(marks, at('white-paper'))).toEqual({ from: 100, to: 150 });
	});

	it('follows the exact dates, not the marks pushed apart', () => {
		expect(sweepAt(marks, at('state'))).toEqual({ from: 150, to: 250 });
	});

	it('holds on a chapter’s date when the next one starts earlier', () => {
		expect(sweepAt(marks, at('founding'))).toEqual({ from: 250, to: 250 });
	});

	it('holds on the last chapter’s date', () => {
		expect(sweepAt(marks, at('last'))).toEqual({ from: 900, to: 900 });
	});

	it('has no place before the first chapter', () => {
		expect(sweepAt(marks, -1)).toBeUndefined();
	});
});
