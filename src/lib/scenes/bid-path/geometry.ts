/**
 * The two lanes of chapter 11: Bassin Minier Uni above, the Mission below,
 * running left to right from 2003 to the inscription in 2012. Each lane is
 * drawn in pieces, one piece a state, so the road grows as the story goes.
 * The nomination file and the Schéma de développement patrimonial are not
 * dated by the sources: they sit between the lanes, off the time axis.
 */

export const BMU_Y = 66;
export const MISSION_Y = 194;
export const START_X = 40;
export const FINISH_X = 352;
export const AXIS_Y = 244;

/** Where each lane has got to at the end of each state (index = state). */
export const REACH = [92, 180, 310, FINISH_X];

/**
 * The pieces of a lane, from the state it starts in: piece `state` runs from
 * where the lane had got to (or the start) to REACH[state]; `tip` is where
 * the lane then points on (an arrowhead), the last piece pointing nowhere.
 */
export function pieces(
	y: number,
	firstState: number
): { state: number; d: string; tip?: string }[] {
	return REACH.flatMap((to, state) => {
		if (state < firstState) return [];
		// Each piece overlaps the last by a unit, so no seam shows where they meet.
		const from = state === firstState ? START_X : REACH[state - 1] - 1;
		const last = state === REACH.length - 1;
		return [
			{ state, d: `M${from} ${y}H${to}`, tip: last ? undefined : `M${to - 7} ${y - 7}l8 7-8 7` }
		];
	});
}

/** The dossier between the lanes, and the Schéma: centres of their drawings. */
export const FILE_AT: [number, number] = [118, 114];
export const SCHEME_AT: [number, number] = [262, 114];

/** Inventory cards, before the Schéma gathers them: offsets from its centre. */
export const CARDS: [number, number][] = [
	[-46, -14],
	[-36, 2],
	[-48, 16],
	[-26, -18],
	[-24, 14]
];
