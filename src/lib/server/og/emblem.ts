/**
 * The drawing on every preview card, in the site's hand: flat shapes in the
 * palette, one stroke weight. A headframe over its pit, a terril behind it and
 * a row of brick miners' houses in front. Nothing is drawn per chapter: the
 * chapter's number moves things about so that neighbours differ, and its place
 * in the story decides how far the green has grown back over the terril.
 */
import { PALETTE } from '$lib/palette';

export interface EmblemOptions {
	/** Width and height of the panel the drawing fills. */
	width: number;
	height: number;
	/** Chapter number (0 for the home and press cards): moves things about. */
	variant: number;
	/** 0 to 1: how much of the terril is green again. */
	progress: number;
	accent: 'brick' | 'unesco';
}

/** Rounded to a tenth: the SVG stays short and stable from build to build. */
const r = (n: number) => Math.round(n * 10) / 10;
const points = (list: [number, number][]) => list.map(([x, y]) => `${r(x)},${r(y)}`).join(' ');

/**
 * One stroke weight for the whole card. The pages' drawings use 2 px at
 * reading size; a card is seen at a third of its size, so 5 px reads the same.
 */
const STROKE = 5;

function terril(
	left: number,
	right: number,
	ground: number,
	height: number,
	progress: number
): string {
	const peak = left + (right - left) * 0.52;
	const top = ground - height;
	// A spoil tip is a cone with a blunt top: a flat of 8 % of its base.
	const flat = (right - left) * 0.04;
	const outline: [number, number][] = [
		[left, ground],
		[peak - flat, top],
		[peak + flat, top],
		[right, ground]
	];
	let shapes = `<polygon points="${points(outline)}" fill="${PALETTE.schist}"/>`;
	if (progress > 0) {
		// The green climbs from the foot: at `progress` 1 it covers the whole cone.
		const level = ground - height * progress;
		const at = (x0: number, x1: number) => x0 + (x1 - x0) * ((ground - level) / height);
		const green: [number, number][] =
			progress >= 1
				? outline
				: [
						[left, ground],
						[at(left, peak - flat), level],
						[at(right, peak + flat), level],
						[right, ground]
					];
		shapes += `<polygon points="${points(green)}" fill="${PALETTE.green}"/>`;
		if (progress < 1) {
			// Tufts along the green's edge, so it reads as growth and not as water.
			const [, [x0], [x1]] = green;
			const tufts = Math.max(2, Math.round((x1 - x0) / 34));
			for (let i = 0; i <= tufts; i++) {
				const x = x0 + ((x1 - x0) * i) / tufts;
				shapes += `<circle cx="${r(x)}" cy="${r(level + 2)}" r="11" fill="${PALETTE['green-light']}"/>`;
			}
		}
	}
	return (
		shapes +
		`<polygon points="${points(outline)}" fill="none" stroke="${PALETTE.coal}" stroke-width="${STROKE}" stroke-linejoin="round"/>`
	);
}

function headframe(x: number, ground: number, height: number): string {
	const top = ground - height;
	const halfFoot = height * 0.13;
	const halfHead = height * 0.06;
	const legs: [number, number][][] = [
		[
			[x - halfFoot, ground],
			[x - halfHead, top]
		],
		[
			[x + halfFoot, ground],
			[x + halfHead, top]
		]
	];
	const lines = legs.map((leg) => `M${points(leg).replace(' ', ' L')}`);
	// Cross-bracing between the legs, in three bays.
	const bays = 3;
	const widthAt = (y: number) => halfHead + (halfFoot - halfHead) * ((y - top) / height);
	for (let i = 0; i < bays; i++) {
		const y0 = top + (height * i) / bays;
		const y1 = top + (height * (i + 1)) / bays;
		lines.push(`M${r(x - widthAt(y0))},${r(y0)} L${r(x + widthAt(y1))},${r(y1)}`);
		lines.push(`M${r(x + widthAt(y0))},${r(y0)} L${r(x - widthAt(y1))},${r(y1)}`);
		lines.push(`M${r(x - widthAt(y1))},${r(y1)} L${r(x + widthAt(y1))},${r(y1)}`);
	}
	// The back-stay that takes the cable's pull, leaning in from the winding house's side.
	lines.push(`M${r(x - height * 0.34)},${ground} L${r(x - halfHead)},${r(top + height * 0.18)}`);
	const wheel = height * 0.1;
	const spokes = [0, 45, 90, 135]
		.map((deg) => {
			const a = (deg * Math.PI) / 180;
			const dx = Math.cos(a) * wheel;
			const dy = Math.sin(a) * wheel;
			return `M${r(x - dx)},${r(top - dy)} L${r(x + dx)},${r(top + dy)}`;
		})
		.join(' ');
	const frame = lines.join(' ');
	return (
		// A paper-coloured halo keeps the steelwork readable where it stands against the terril.
		`<path d="${frame}" fill="none" stroke="${PALETTE.paper}" stroke-width="${STROKE + 6}" stroke-linecap="round"/>` +
		`<path d="${frame}" fill="none" stroke="${PALETTE.coal}" stroke-width="${STROKE}" stroke-linecap="round"/>` +
		`<circle cx="${r(x)}" cy="${r(top)}" r="${r(wheel)}" fill="${PALETTE.paper}" stroke="${PALETTE.coal}" stroke-width="${STROKE}"/>` +
		`<path d="${spokes}" stroke="${PALETTE.coal}" stroke-width="${STROKE - 2}"/>`
	);
}

function houses(from: number, to: number, ground: number, count: number): string {
	const gap = 6;
	const width = (to - from - gap * (count - 1)) / count;
	const wall = width * 0.62;
	const roof = width * 0.34;
	let shapes = '';
	for (let i = 0; i < count; i++) {
		const x = from + i * (width + gap);
		const fill = i % 2 ? PALETTE['brick-light'] : PALETTE.brick;
		shapes +=
			`<rect x="${r(x)}" y="${r(ground - wall)}" width="${r(width)}" height="${r(wall)}" fill="${fill}" stroke="${PALETTE.coal}" stroke-width="${STROKE}"/>` +
			`<polygon points="${points([
				[x - 3, ground - wall],
				[x + width / 2, ground - wall - roof],
				[x + width + 3, ground - wall]
			])}" fill="${PALETTE.schist}" stroke="${PALETTE.coal}" stroke-width="${STROKE}" stroke-linejoin="round"/>` +
			`<rect x="${r(x + width * 0.18)}" y="${r(ground - wall * 0.62)}" width="${r(width * 0.22)}" height="${r(wall * 0.62)}" fill="${PALETTE.paper}"/>` +
			`<rect x="${r(x + width * 0.56)}" y="${r(ground - wall * 0.78)}" width="${r(width * 0.26)}" height="${r(wall * 0.3)}" fill="${PALETTE.paper}"/>`;
	}
	return shapes;
}

/** The drawing as SVG elements (no `<svg>` wrapper), in a `width` × `height` box from 0,0. */
export function emblemSvg({ width, height, variant, progress, accent }: EmblemOptions): string {
	const ground = height * 0.8;
	// Drawn with the terril on the left and the headframe on the right; every
	// other chapter sees it mirrored, so that neighbouring cards differ.
	const mirrored = variant % 2 === 0 && variant > 0;
	const terrilHeight = height * (0.34 + ((variant * 3) % 5) * 0.04);
	const terrilWidth = width * (0.66 + ((variant * 2) % 3) * 0.06);
	const frameX = width * (0.74 + ((variant * 5) % 3) * 0.03);
	const houseCount = 3 + ((variant + 1) % 3);
	// The sun climbs with the story, as the terril greens.
	const sunY = height * (0.3 - 0.14 * progress);
	const sun = accent === 'unesco' ? PALETTE.unesco : PALETTE['brick-light'];
	const scene = [
		`<circle cx="${r(width * 0.3)}" cy="${r(sunY)}" r="${r(width * 0.1)}" fill="${sun}"/>`,
		terril(-width * 0.06, terrilWidth - width * 0.06, ground, terrilHeight, progress),
		headframe(frameX, ground, height * 0.48)
	].join('');
	return [
		`<rect width="${width}" height="${height}" fill="${PALETTE.sky}"/>`,
		mirrored ? `<g transform="translate(${width} 0) scale(-1 1)">${scene}</g>` : scene,
		`<rect x="0" y="${r(ground)}" width="${width}" height="${r(height - ground)}" fill="${PALETTE.line}"/>`,
		`<path d="M0,${r(ground)} H${width}" stroke="${PALETTE.coal}" stroke-width="${STROKE}"/>`,
		houses(width * 0.04, width * 0.96, height * 0.93, houseCount)
	].join('');
}
