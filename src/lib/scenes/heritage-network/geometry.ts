/**
 * The heritage network of chapter 7: nine sites of the mining heritage (a
 * headframe, a spoil tip and a cité minière, three times each), spread like
 * the basin from west to east, and the links that join each to its
 * neighbours. Pictograms are drawn about their own centre, inside a node of
 * radius `NODE`.
 */
import type { Point } from '../shared/geometry';

export type Kind = 'headframe' | 'terril' | 'cite';

export interface Site {
	kind: Kind;
	at: Point;
}

export const NODE = 19;

export const SITES: Site[] = [
	{ kind: 'terril', at: [56, 128] },
	{ kind: 'headframe', at: [106, 94] },
	{ kind: 'cite', at: [126, 164] },
	{ kind: 'headframe', at: [184, 122] },
	{ kind: 'terril', at: [236, 86] },
	{ kind: 'cite', at: [246, 164] },
	{ kind: 'terril', at: [286, 128] },
	{ kind: 'headframe', at: [330, 100] },
	{ kind: 'cite', at: [340, 150] }
];

/** Which sites the network joins, by index: every site to a neighbour or two. */
export const LINKS: [number, number][] = [
	[0, 1],
	[0, 2],
	[1, 3],
	[2, 3],
	[1, 4],
	[3, 4],
	[3, 5],
	[4, 6],
	[5, 6],
	[6, 7],
	[6, 8],
	[7, 8]
];

/** The World Heritage outline round the network: centre and radii. */
export const OUTLINE = { cx: 200, cy: 128, rx: 190, ry: 74 };

const round = (value: number) => Math.round(value * 10) / 10;

/** A link from node edge to node edge, so it never crosses a pictogram. */
export function linkPath([a, b]: [number, number]): string {
	const [ax, ay] = SITES[a].at;
	const [bx, by] = SITES[b].at;
	const length = Math.hypot(bx - ax, by - ay);
	const [ux, uy] = [(bx - ax) / length, (by - ay) / length];
	const gap = NODE + 3;
	return `M${round(ax + ux * gap)} ${round(ay + uy * gap)}L${round(bx - ux * gap)} ${round(by - uy * gap)}`;
}

/** The pictograms, about (0, 0): a headframe's legs, struts and wheel; a spoil tip; two houses. */
export const PICTOGRAM: Record<Kind, { shape: string; detail?: string }> = {
	headframe: {
		shape: 'M-8 12L-2-8M8 12L2-8M-6 5H6M-4-2H4M2-8L12 12',
		detail: 'M0-11m-3.5 0a3.5 3.5 0 1 0 7 0a3.5 3.5 0 1 0-7 0'
	},
	terril: { shape: 'M-14 11Q-7 1-2-8Q0-11 2-8Q7 1 14 11Z' },
	cite: { shape: 'M-13 11V0l6.5-6.5L0 0l6.5-6.5L13 0V11Z', detail: 'M-6.5 11V5M6.5 11V5' }
};
