/**
 * Moving between the timeline's marks with the keyboard: the list is one tab
 * stop, and these keys move within it (the ARIA "roving tab stop"). Pure, so
 * it is tested without a browser; `Timeline.svelte` focuses the mark.
 */

/** What of a key press decides where it leads. */
export interface KeyPress {
	key: string;
	altKey: boolean;
	ctrlKey: boolean;
	metaKey: boolean;
}

/**
 * The mark a key leads to from mark `index` of `count`: arrows go to the
 * next or previous mark (round from the last to the first and back), Home
 * and End to the first and last. Undefined for any other key, or one held
 * with Alt, Ctrl or Meta: the browser's own shortcut then.
 */
export function markAfterKey(press: KeyPress, index: number, count: number): number | undefined {
	if (press.altKey || press.ctrlKey || press.metaKey) return undefined;
	const moves: Record<string, number> = {
		ArrowRight: index + 1,
		ArrowDown: index + 1,
		ArrowLeft: index - 1,
		ArrowUp: index - 1,
		Home: 0,
		End: count - 1
	};
	if (!Object.hasOwn(moves, press.key)) return undefined;
	return (moves[press.key] + count) % count;
}
