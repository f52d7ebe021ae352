/**
 * The crowd of the 1996 Conférence Permanente: more than 1,000 people (1,036
 * dots), first filling the hall, then seated around 37 workshop tables (the
 * 37 workshop sessions). Computed,
 * not written out, and seeded, so the server and the browser draw the same
 * dots. Each table's people are one path of zero-length round-capped strokes
 * (`Mx yh0`): 37 elements instead of 1,036, and gsap can tween a whole
 * table's `d` from scattered to seated, number by number.
 */

export const TABLES = 37;
export const PER_TABLE = 28;
/** Staggered rows (8, 7, 8, 7, 7 = 37) fill the picture above its caption. */
const ROWS = [8, 7, 8, 7, 7];
/** Index of the first table of the second row. */
export const FIRST_ROW = ROWS[0];
const COLUMN = 45;
const ROW = 41;
const TOP = 62;

/** Mulberry32: a tiny deterministic generator, same numbers everywhere. */
export function seeded(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export interface Table {
	x: number;
	y: number;
}

export const tables: Table[] = ROWS.flatMap((count, row) =>
	Array.from({ length: count }, (_, i) => ({
		x: 200 + (i - (count - 1) / 2) * COLUMN,
		y: TOP + row * ROW
	}))
);

type Point = [number, number];

const dots = (points: Point[]) =>
	points.map(([x, y]) => `M${x.toFixed(1)} ${y.toFixed(1)}h0`).join('');

/** Two rings of chairs round each table, slightly uneven like real people. */
function seatsAround({ x, y }: Table, random: () => number): Point[] {
	const half = PER_TABLE / 2;
	return Array.from({ length: PER_TABLE }, (_, i) => {
		const outer = i >= half;
		const angle = ((i % half) + (outer ? 0.5 : 0)) * ((2 * Math.PI) / half);
		const [rx, ry] = outer ? [19.5, 14.5] : [14, 10];
		const jitter = () => (random() - 0.5) * 1.2;
		return [x + rx * Math.cos(angle) + jitter(), y + ry * Math.sin(angle) + jitter()];
	});
}

/** The final picture: one path of seated people per table. */
export function seatedPaths(): string[] {
	const random = seeded(1996);
	return tables.map((table) => dots(seatsAround(table, random)));
}

/** The starting crowd: the same people, scattered over the whole picture. */
export function scatteredPaths(): string[] {
	const random = seeded(37);
	return tables.map(() =>
		dots(Array.from({ length: PER_TABLE }, () => [14 + random() * 372, 50 + random() * 196]))
	);
}
