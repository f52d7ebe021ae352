/**
 * Deterministic geometry for the scenes: the same input always gives the same
 * picture, on the server and in the browser, so hydration never redraws it.
 */
export type Point = [number, number];

const round = (value: number) => Math.round(value * 10) / 10;

/** Golden angle: each point turns this far from the last, which packs a disc evenly. */
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * `count` points packed in a disc around `centre` (a sunflower head), about
 * `spacing` apart: a crowd gathered in one place.
 */
export function sunflower(count: number, centre: Point, spacing: number): Point[] {
	// Each point owns about spacing² of the disc's area: π c² = spacing².
	const c = spacing / Math.sqrt(Math.PI);
	return Array.from({ length: count }, (_, i) => {
		const r = c * Math.sqrt(i + 0.5);
		const angle = i * GOLDEN_ANGLE;
		return [round(centre[0] + r * Math.cos(angle)), round(centre[1] + r * Math.sin(angle))];
	});
}

/** `count` points in rows of `columns`, `pitch` apart, from the top-left point `origin`. */
export function grid(count: number, columns: number, origin: Point, pitch: Point): Point[] {
	return Array.from({ length: count }, (_, i) => [
		round(origin[0] + (i % columns) * pitch[0]),
		round(origin[1] + Math.floor(i / columns) * pitch[1])
	]);
}

/** A seeded pseudo-random generator (mulberry32): numbers in [0, 1), the same for the same seed. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * A smooth closed curve through the points, in order (a closed Catmull-Rom
 * spline written as cubic Béziers), as an SVG path. `tension` below 1 keeps
 * the curve closer to the straight sides between the points.
 */
export function closedCurve(points: readonly Point[], tension = 1): string {
	const n = points.length;
	const at = (i: number) => points[(i + n) % n];
	const f = (p: Point) => `${round(p[0])} ${round(p[1])}`;
	let d = `M${f(points[0])}`;
	for (let i = 0; i < n; i++) {
		const [p0, p1, p2, p3] = [at(i - 1), at(i), at(i + 1), at(i + 2)];
		const k = tension / 6;
		const c1: Point = [p1[0] + (p2[0] - p0[0]) * k, p1[1] + (p2[1] - p0[1]) * k];
		const c2: Point = [p2[0] - (p3[0] - p1[0]) * k, p2[1] - (p3[1] - p1[1]) * k];
		d += `C${f(c1)} ${f(c2)} ${f(p2)}`;
	}
	return `${d}Z`;
}

/** Moves each point away from `centre` by `distance`, to draw an outline around them. */
export function pushOut(points: readonly Point[], centre: Point, distance: number): Point[] {
	return points.map(([x, y]) => {
		const dx = x - centre[0];
		const dy = y - centre[1];
		const length = Math.hypot(dx, dy) || 1;
		return [round(x + (dx / length) * distance), round(y + (dy / length) * distance)];
	});
}

/** A gentle arc from `a` to `b`, bowed sideways by `bend` times their distance. */
export function arc(a: Point, b: Point, bend: number): string {
	const mx = (a[0] + b[0]) / 2 - (b[1] - a[1]) * bend;
	const my = (a[1] + b[1]) / 2 + (b[0] - a[0]) * bend;
	return `M${a[0]} ${a[1]}Q${round(mx)} ${round(my)} ${b[0]} ${b[1]}`;
}

/**
 * Splits a label into lines of at most `max` characters, breaking after
 * spaces and hyphens-with-spaces only; a longer word keeps its own line.
 */
export function wrapLabel(label: string, max: number): string[] {
	const lines: string[] = [];
	for (const word of label.split(' ')) {
		const last = lines.at(-1);
		if (last !== undefined && `${last} ${word}`.length <= max)
			lines[lines.length - 1] = `${last} ${word}`;
		else lines.push(word);
	}
	return lines;
}

/**
 * `count` points spread evenly along a polyline, each in the middle of its
 * share of the length (none at the very ends): places strung along the
 * basin's arc.
 */
export function along(points: readonly Point[], count: number): Point[] {
	const lengths = points
		.slice(1)
		.map((p, i) => Math.hypot(p[0] - points[i][0], p[1] - points[i][1]));
	const total = lengths.reduce((sum, l) => sum + l, 0);
	return Array.from({ length: count }, (_, k) => {
		let distance = ((k + 0.5) / count) * total;
		let i = 0;
		while (i < lengths.length - 1 && distance > lengths[i]) distance -= lengths[i++];
		const f = lengths[i] ? distance / lengths[i] : 0;
		const [a, b] = [points[i], points[i + 1]];
		return [round(a[0] + (b[0] - a[0]) * f), round(a[1] + (b[1] - a[1]) * f)];
	});
}
