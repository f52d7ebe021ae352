/**
 * Chapter 15's figures, drawn to count: about 150 participants (150 dots,
 * 30 round each of the five thematic workshops the chapter names) and 120
 * proposals (120 cards). Computed, not written out, and rounded, so the
 * server and the browser draw the same picture.
 */
import { grid, type Point } from '../shared/geometry';

export const PARTICIPANTS = 150;
export const PROPOSALS = 120;
export const WORKSHOPS = 5;

const round = (value: number) => Math.round(value * 10) / 10;

/** The five workshop tables: three on a first row, two staggered below. */
export const tables: Point[] = [
	[76, 90],
	[200, 90],
	[324, 90],
	[138, 192],
	[262, 192]
];

/** Two rings of people round a table: `inner` on the inner ring, the rest outside. */
function ring([x, y]: Point, count: number, inner: number): Point[] {
	return Array.from({ length: count }, (_, i) => {
		const outer = i >= inner;
		const n = outer ? count - inner : inner;
		const k = outer ? i - inner : i;
		const angle = ((k + (outer ? 0.5 : 0)) / n) * 2 * Math.PI;
		const [rx, ry] = outer ? [38, 21] : [28, 14];
		return [round(x + rx * Math.cos(angle)), round(y + ry * Math.sin(angle))];
	});
}

/** The participants, table by table: 30 a workshop. */
export const participants: Point[][] = tables.map((table) =>
	ring(table, PARTICIPANTS / WORKSHOPS, 12)
);

/** The follow-up committee: a few people round one table (an illustration, not a count). */
export const COMMITTEE: Point = [200, 138];
/** Round the table, the first seat at the top, facing the reader: the chair's. */
export const committee: Point[] = Array.from({ length: 12 }, (_, i): Point => {
	const angle = -Math.PI / 2 + (i / 12) * 2 * Math.PI;
	return [round(COMMITTEE[0] + 76 * Math.cos(angle)), round(COMMITTEE[1] + 33 * Math.sin(angle))];
});

/** The proposals: 120 cards in ten rows of twelve, in the middle of the picture. */
export const CARD: Point = [11, 14];
export const cardRows: Point[][] = Array.from({ length: 10 }, (_, row) =>
	grid(12, 12, [112, 54 + row * 18.5], [15, 0])
);
