/**
 * The founding scene's drawing, computed: the two groups of founders, each
 * person a head and shoulders, and the lines that join them to the new
 * association's seal.
 */

/** The seal of 12 May 2000. */
export const SEAL = { x: 138, y: 118, r: 40 };

export interface Founder {
	x: number;
	y: number;
}

/** A small group: a row of three and, behind, a row of two. */
const group = (x: number, y: number): Founder[] => [
	{ x: x + 11, y },
	{ x: x + 33, y },
	{ x, y: y + 24 },
	{ x: x + 22, y: y + 24 },
	{ x: x + 44, y: y + 24 }
];

/** The basin's elected officials (top) and those working in its planning (bottom). */
export const elected = group(18, 56);
export const planners = group(18, 148);

/** A person: a head (a round dot) and the shoulders (a short bar). */
export const personPath = ({ x, y }: Founder) => `M${x} ${y}h0M${x - 5} ${y + 10}h10`;

/** One line from each founder to the seal's left side, one path a group. */
export function poolLines(founders: readonly Founder[]): string {
	return founders
		.map(({ x, y }) => {
			const angle = Math.atan2(y + 5 - SEAL.y, x - SEAL.x);
			const ex = SEAL.x + (SEAL.r + 4) * Math.cos(angle);
			const ey = SEAL.y + (SEAL.r + 4) * Math.sin(angle);
			return `M${x + 9} ${y + 5}L${ex.toFixed(1)} ${ey.toFixed(1)}`;
		})
		.join('');
}

/** A headframe over a spoil tip: mining heritage, as a small sign. */
export const HEADFRAME = { x: 226, y: 118 };
export const headframePath = (() => {
	const { x, y } = HEADFRAME;
	return (
		`M${x + 4} ${y + 34}L${x + 12} ${y + 2}M${x + 24} ${y + 34}L${x + 14} ${y + 2}` +
		`M${x + 7} ${y + 22}h15M${x + 9} ${y + 12}h11M${x + 2} ${y + 34}h26`
	);
})();
export const wheelCentre = { x: HEADFRAME.x + 13, y: HEADFRAME.y + 2 };

/** What the Mission inherits, stacked where the founders stood: each a token and a line to the seal. */
export const LEGACY = [
	{ y: 62, height: 36 },
	{ y: 108, height: 22 },
	{ y: 140, height: 36 }
].map(({ y, height }) => ({ x: 6, y, width: 80, height }));

export function legacyLines(): string {
	return LEGACY.map(({ x, y, width, height }) => {
		const from = { x: x + width + 4, y: y + height / 2 };
		const angle = Math.atan2(from.y - SEAL.y, from.x - SEAL.x);
		const ex = SEAL.x + (SEAL.r + 6) * Math.cos(angle);
		const ey = SEAL.y + (SEAL.r + 6) * Math.sin(angle);
		return `M${from.x} ${from.y}L${ex.toFixed(1)} ${ey.toFixed(1)}`;
	}).join('');
}
