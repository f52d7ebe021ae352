/**
 * The geometry of the Wingles scene: the crowd of more than 300 people (300
 * dots, the lower bound the chapter gives) packed round Wingles, in rings
 * that arrive one after another from the centre out; the two-way link between
 * the metropolis and the basin, with its arrowheads; the two presidents.
 * Plain numbers and strings, the same on every run.
 */
import { sunflower, type Point } from '../shared/geometry';

export const PEOPLE = 300;
/** How many paths the crowd is drawn in (each arrives in turn). */
export const RINGS = 10;

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * The crowd as `RINGS` paths of zero-length round-capped strokes (`Mx yh0`),
 * `PEOPLE / RINGS` people each, from the centre out: the sunflower's points
 * come in order of their distance from the centre.
 */
export function crowdPaths(centre: Point, spacing: number): string[] {
	const people = sunflower(PEOPLE, centre, spacing);
	const size = Math.ceil(PEOPLE / RINGS);
	return Array.from({ length: RINGS }, (_, ring) =>
		people
			.slice(ring * size, (ring + 1) * size)
			.map(([x, y]) => `M${x} ${y}h0`)
			.join('')
	);
}

export interface Arrow {
	/** The curve, to be drawn (`pathLength="1"`). */
	line: string;
	/** An open arrowhead at its end. */
	head: string;
}

/**
 * A curved arrow from `a` to `b`, stopping `gap` short of each, bowed
 * sideways by `bend` times their distance (positive: to the left of the way).
 */
export function curvedArrow(a: Point, b: Point, bend: number, gap: number, size = 7): Arrow {
	const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
	const [ux, uy] = [(b[0] - a[0]) / length, (b[1] - a[1]) / length];
	// The control point, on the perpendicular through the middle.
	const control: Point = [
		(a[0] + b[0]) / 2 + uy * bend * length,
		(a[1] + b[1]) / 2 - ux * bend * length
	];
	const towards = (from: Point, to: Point, distance: number): Point => {
		const d = Math.hypot(to[0] - from[0], to[1] - from[1]);
		return [
			from[0] + ((to[0] - from[0]) / d) * distance,
			from[1] + ((to[1] - from[1]) / d) * distance
		];
	};
	const start = towards(a, control, gap);
	const end = towards(b, control, gap);
	// The head points along the curve's last tangent, from the control point to the end.
	const [dx, dy] = [end[0] - control[0], end[1] - control[1]];
	const d = Math.hypot(dx, dy);
	const [tx, ty] = [dx / d, dy / d];
	const wing = (side: number): Point => [
		end[0] - tx * size + -ty * side * size * 0.6,
		end[1] - ty * size + tx * side * size * 0.6
	];
	const f = (p: Point) => `${round(p[0])} ${round(p[1])}`;
	return {
		line: `M${f(start)}Q${f(control)} ${f(end)}`,
		head: `M${f(wing(1))}L${f(end)}L${f(wing(-1))}`
	};
}

/** A person seen from the front, head and shoulders, the shoulders' base centred on `[x, y]`. */
export function bust([x, y]: Point, size = 1): { head: Point; r: number; shoulders: string } {
	const w = 8 * size;
	const r = 4.5 * size;
	return {
		head: [round(x), round(y - w - r - 1.5 * size)],
		r: round(r),
		shoulders: `M${round(x - w)} ${round(y)}a${round(w)} ${round(w)} 0 0 1 ${round(2 * w)} 0z`
	};
}
