/**
 * The budget scene's drawing, computed: the actions of the white paper (the
 * priority ones ticked), the coins of their funding, and the 2000-2006
 * contract as a bar of seven years.
 */

/** The white paper's actions, listed; the priority ones get a tick. */
export const ACTIONS = { x: 248, top: 60, pitch: 16, lengths: [96, 74, 104, 66, 88] };
export const PRIORITY = [0, 1, 3];

export const actionRows = ACTIONS.lengths.map((length, i) => ({
	y: ACTIONS.top + i * ACTIONS.pitch,
	length,
	priority: PRIORITY.includes(i)
}));

/** Coins in stacks (side view: each a short round-capped bar), one path a stack. */
export const STACKS = [
	{ x: 290, coins: 3 },
	{ x: 318, coins: 5 },
	{ x: 346, coins: 4 }
];
export const COIN_BASE = 172;
export const COIN_PITCH = 7;

export const stackPaths = STACKS.map(({ x, coins }) =>
	Array.from({ length: coins }, (_, i) => `M${x} ${COIN_BASE - i * COIN_PITCH}h18`).join('')
);

/** The contract's years: 2000 to 2006 inclusive, seven equal segments of the bar. */
export const BAR = { left: 40, width: 322, top: 204, height: 38 };
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2006;
export const years = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => ({
	year: FIRST_YEAR + i,
	x: BAR.left + ((i + 0.5) * BAR.width) / (LAST_YEAR - FIRST_YEAR + 1)
}));
export const yearTicks = Array.from(
	{ length: years.length + 1 },
	(_, i) => `M${BAR.left + (i * BAR.width) / years.length} ${BAR.top + BAR.height}v5`
).join('');

/** Three ministries' buildings, side by side: roofs and columns, one path each. */
export const MINISTRIES = [
	{ x: 112, y: 66 },
	{ x: 152, y: 54 },
	{ x: 192, y: 66 }
];
export const roofs = MINISTRIES.map(
	({ x, y }) => `M${x - 17} ${y}L${x} ${y - 12}L${x + 17} ${y}z`
).join('');
export const columns = MINISTRIES.map(
	({ x, y }) =>
		`M${x - 11} ${y + 5}v24M${x - 4} ${y + 5}v24M${x + 4} ${y + 5}v24M${x + 11} ${y + 5}v24M${x - 17} ${y + 33}h34`
).join('');
