/**
 * The mining landscape's parts, as SVG path data, so every scene that draws
 * them draws them in the same hand: a headframe over its shaft, a terril
 * (spoil tip), a row of brick houses of a cité minière, a cavalier (the
 * mine's railway line). Plain functions of where and how big: the Figure
 * that uses them gives the colours, in its own `<style>`.
 */

const r = (value: number) => Math.round(value * 10) / 10;

export interface HeadframeParts {
	/** Legs, crossed braces, head platform and the strut (bigue), one stroke. */
	frame: string;
	/** The winding wheel at the top. */
	wheel: { cx: number; cy: number; r: number };
	/** The wheel's spokes. */
	spokes: string;
	/** Where the tower's legs stand, left and right. */
	foot: [number, number];
	/** The top of the tower (the platform under the wheel). */
	top: number;
}

/**
 * A lattice headframe standing on `ground`, centred on `x`, `height` tall
 * up to its platform, its strut leaning out to the `side` (1: right, -1:
 * left) where the winding house stands.
 */
export function headframe(
	x: number,
	ground: number,
	height: number,
	side: 1 | -1 = 1
): HeadframeParts {
	const top = ground - height;
	const base = height * 0.2; // half-width at the foot
	const head = height * 0.09; // half-width at the top
	const panels = Math.max(2, Math.round(height / 26));
	const at = (t: number) => [x - base + (base - head) * t, x + base - (base - head) * t] as const;
	let d = `M${r(x - base)} ${ground}L${r(x - head)} ${top}M${r(x + base)} ${ground}L${r(x + head)} ${top}`;
	for (let i = 0; i < panels; i++) {
		const t0 = i / panels;
		const t1 = (i + 1) / panels;
		const [l0, r0] = at(t0);
		const [l1, r1] = at(t1);
		const y0 = ground - height * t0;
		const y1 = ground - height * t1;
		d += `M${r(l0)} ${r(y0)}L${r(r1)} ${r(y1)}M${r(r0)} ${r(y0)}L${r(l1)} ${r(y1)}`;
	}
	// The platform, a little wider than the tower's head.
	d += `M${r(x - head - 4)} ${top}h${r(2 * head + 8)}`;
	// The strut: two legs from the head down to the ground on one side, braced.
	const reach = height * 0.55;
	const outerFoot = x + side * (head + reach);
	const innerFoot = x + side * (head + reach * 0.72);
	d += `M${r(x + side * head)} ${top}L${r(outerFoot)} ${ground}`;
	d += `M${r(x + side * head)} ${r(top + height * 0.16)}L${r(innerFoot)} ${ground}`;
	for (const t of [0.4, 0.7]) {
		const y = top + height * t;
		const outer = x + side * head + (outerFoot - (x + side * head)) * t;
		const innerT = (t - 0.16) / 0.84;
		const inner = x + side * head + (innerFoot - (x + side * head)) * innerT;
		d += `M${r(inner)} ${r(y)}L${r(outer)} ${r(y)}`;
	}
	const wheelR = Math.max(5, height * 0.1);
	const cy = top - wheelR - 1;
	const k = wheelR * 0.7;
	const spokes = `M${r(x - wheelR)} ${r(cy)}h${r(2 * wheelR)}M${r(x)} ${r(cy - wheelR)}v${r(2 * wheelR)}M${r(x - k)} ${r(cy - k)}l${r(2 * k)} ${r(2 * k)}M${r(x + k)} ${r(cy - k)}l${r(-2 * k)} ${r(2 * k)}`;
	return {
		frame: d,
		wheel: { cx: x, cy: r(cy), r: r(wheelR) },
		spokes,
		foot: [r(x - base), r(x + base)],
		top
	};
}

export interface TerrilParts {
	/** The heap's outline, closed, with a rounded summit. */
	heap: string;
	/** Two ridges across its flank (the tracks of its tipping). */
	ridges: string;
}

/** A terril: a cone from `left` to `right` on `ground`, its summit at (`peak`, `top`). */
export function terril(
	left: number,
	right: number,
	ground: number,
	peak: number,
	top: number
): TerrilParts {
	const height = ground - top;
	const slope = (y: number) => {
		const t = (ground - y) / height;
		return [left + (peak - left) * t, right - (right - peak) * t] as const;
	};
	const cap = Math.min(8, (right - left) * 0.05);
	const [capL, capR] = slope(top + cap * 0.6);
	const heap = `M${r(left)} ${ground}L${r(capL)} ${r(top + cap * 0.6)}Q${r(peak)} ${r(top - cap * 0.5)} ${r(capR)} ${r(top + cap * 0.6)}L${r(right)} ${ground}Z`;
	const ridges = [0.38, 0.68]
		.map((t) => {
			const y = top + height * t;
			const [a, b] = slope(y);
			const inset = (b - a) * 0.16;
			return `M${r(a + inset)} ${r(y + 2)}Q${r((a + b) / 2)} ${r(y + height * 0.06)} ${r(b - inset)} ${r(y - 1)}`;
		})
		.join('');
	return { heap, ridges };
}

export interface HousesParts {
	/** The houses' walls and gables, one closed outline each. */
	walls: string;
	/** One door a house. */
	doors: string;
	/** One window a house. */
	windows: string;
}

/** A row of `count` identical brick houses on `ground`, from `x`, each `width` wide. */
export function houses(
	x: number,
	ground: number,
	count: number,
	width = 24,
	wall = 14
): HousesParts {
	const roof = width * 0.42;
	const half = width / 2;
	let walls = '';
	let doors = '';
	let windows = '';
	for (let i = 0; i < count; i++) {
		const left = x + i * width;
		walls += `M${r(left)} ${ground}v${-wall}l${r(half)} ${r(-roof)}l${r(half)} ${r(roof)}v${wall}z`;
		const door = width * 0.24;
		doors += `M${r(left + width * 0.16)} ${ground}v${r(-wall * 0.7)}h${r(door)}v${r(wall * 0.7)}z`;
		windows += `M${r(left + width * 0.56)} ${r(ground - wall * 0.72)}h${r(width * 0.26)}v${r(wall * 0.36)}h${r(-width * 0.26)}z`;
	}
	return { walls, doors, windows };
}

export interface TrackParts {
	rails: string;
	ties: string;
}

/** A railway track (a cavalier) from `left` to `right`, its rails around `y`. */
export function track(left: number, right: number, y: number, pitch = 12): TrackParts {
	const rails = `M${left} ${y - 2}H${right}M${left} ${y + 2}H${right}`;
	let ties = '';
	for (let x = left + pitch / 2; x < right; x += pitch) ties += `M${r(x)} ${y - 5}v10`;
	return { rails, ties };
}

/**
 * A person seen from the front, `size` tall, standing on (`x`, `y`): a head
 * and shoulders, as path data to join with others into one path.
 */
export function person(x: number, y: number, size = 14): string {
	const head = size * 0.2;
	const shoulders = size * 0.36;
	const neck = y - size * 0.52;
	return (
		`M${r(x - head)} ${r(neck - head)}a${r(head)} ${r(head)} 0 1 0 ${r(2 * head)} 0a${r(head)} ${r(head)} 0 1 0 ${r(-2 * head)} 0z` +
		`M${r(x - shoulders)} ${r(y)}v${r(-size * 0.18)}q0 ${r(-size * 0.28)} ${r(shoulders)} ${r(-size * 0.28)}q${r(shoulders)} 0 ${r(shoulders)} ${r(size * 0.28)}v${r(size * 0.18)}z`
	);
}
