/**
 * Layout for the epilogue's picture: word chips flowed into rows, like words
 * in a paragraph. Widths are estimated from the number of characters (6.4
 * units a character at 12 px: Public Sans averages 5.6, and a fallback font
 * needs the room), so
 * the chips are laid out the same on the server and in every browser.
 */
export const CHAR_WIDTH = 6.4;

export interface Chip {
	text: string;
	x: number;
	y: number;
	width: number;
}

export interface FlowOptions {
	/** Top-left corner of the first chip. */
	x: number;
	y: number;
	/** The widest a row may be. */
	width: number;
	/** A chip's height and the space between chips and between rows. */
	height: number;
	gap: number;
	/** Room inside a chip on each side of its word. */
	padding: number;
}

export const chipWidth = (text: string, padding: number) =>
	Math.round(text.length * CHAR_WIDTH + 2 * padding);

/** Lays chips out left to right, starting a new row when the next would overflow. */
export function flowChips(texts: readonly string[], options: FlowOptions): Chip[] {
	const { x, y, width, height, gap, padding } = options;
	const chips: Chip[] = [];
	let [cx, cy] = [x, y];
	for (const text of texts) {
		const w = chipWidth(text, padding);
		if (cx > x && cx + w > x + width) [cx, cy] = [x, cy + height + gap];
		chips.push({ text, x: cx, y: cy, width: w });
		cx += w + gap;
	}
	return chips;
}

/** Where the rows of chips end: the bottom of the last chip. */
export const bottomOf = (chips: readonly Chip[], height: number) =>
	chips.length ? Math.max(...chips.map((c) => c.y)) + height : 0;
