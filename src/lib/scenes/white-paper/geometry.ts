/**
 * The white paper's drawing, computed: the workshops' speech bubbles, and the
 * wide audience the proposals were presented to, row by row, with the two
 * members of the government in its front row.
 */

/** The booklet's cover, and the edge its pages show beside it. */
export const COVER = { x: 26, y: 30, width: 150, height: 196 };

export interface Bubble {
	x: number;
	y: number;
	width: number;
}

/** Speech bubbles from the workshops, loosely stacked right of the booklet. */
export const bubbles: Bubble[] = [
	{ x: 222, y: 58, width: 58 },
	{ x: 300, y: 70, width: 74 },
	{ x: 240, y: 104, width: 70 },
	{ x: 326, y: 120, width: 52 },
	{ x: 216, y: 152, width: 52 },
	{ x: 286, y: 166, width: 80 },
	{ x: 236, y: 202, width: 64 },
	{ x: 320, y: 214, width: 56 }
];

export const BUBBLE_HEIGHT = 24;

/** A rounded bubble whose tail points left, towards the booklet. */
export function bubblePath({ x, y, width }: Bubble): string {
	const h = BUBBLE_HEIGHT;
	const r = 5;
	return (
		`M${x + r} ${y}h${width - 2 * r}a${r} ${r} 0 0 1 ${r} ${r}v${h - 2 * r}` +
		`a${r} ${r} 0 0 1 -${r} ${r}h${-(width - 2 * r - 10)}l-9 7v-7h-1` +
		`a${r} ${r} 0 0 1 -${r} -${r}v${-(h - 2 * r)}a${r} ${r} 0 0 1 ${r} -${r}z`
	);
}

/** Two lines of words inside each bubble, one path for all of them. */
export function bubbleWords(list: readonly Bubble[] = bubbles): string {
	return list
		.map(
			({ x, y, width }) =>
				`M${x + 9} ${y + 9}h${width - 18}M${x + 9} ${y + 16}h${Math.round((width - 18) * 0.6)}`
		)
		.join('');
}

/** Where the words flow into the booklet: one curve a bubble, to the pages' edge. */
export function flowPaths(list: readonly Bubble[] = bubbles): string[] {
	const edge = COVER.x + COVER.width + 8;
	return list.map(({ x, y }, i) => {
		const startY = y + BUBBLE_HEIGHT / 2;
		const endY = COVER.y + 60 + i * 15;
		const mid = (x + edge) / 2;
		return `M${x - 4} ${startY}C${mid} ${startY} ${mid + 6} ${endY} ${edge} ${endY}`;
	});
}

/** The audience: rows of people, the front row on top, under the labels. */
export const AUDIENCE = { left: 218, top: 150, columns: 7, rows: 4, pitchX: 27, pitchY: 25 };

export interface Person {
	x: number;
	y: number;
	/** One of the two members of the government. */
	notable?: 'pierret' | 'voynet';
}

/** Rows from the front (top) to the back; the two at the ends of the front row. */
export const audience: Person[][] = Array.from({ length: AUDIENCE.rows }, (_, row) =>
	Array.from({ length: AUDIENCE.columns - (row % 2) }, (_, i) => ({
		x: AUDIENCE.left + i * AUDIENCE.pitchX + (row % 2) * (AUDIENCE.pitchX / 2),
		y: AUDIENCE.top + row * AUDIENCE.pitchY
	}))
);
const front = audience[0];
front[0].notable = 'pierret';
front[front.length - 1].notable = 'voynet';

/** A person as two round-capped strokes: a head (a dot) and the shoulders (a short bar). */
export const personPath = ({ x, y }: Person) => `M${x} ${y}h0M${x - 5} ${y + 10}h10`;
