/**
 * Which chapter is being read, from where the chapters' boxes stand in the
 * viewport. Pure, so the rule can be tested without a browser; `reading.svelte.ts`
 * feeds it the page's measurements.
 */

/** How far down the viewport the eye reads: a chapter is current once its top passes this line. */
export const READING_LINE = 0.35;

export interface Box {
	top: number;
	bottom: number;
}

/**
 * The reading line, in pixels from the top of the viewport. Near the end of
 * the page it slides down to the bottom edge, matching the scroll that is
 * left, so that the last chapters become current in turn even when the page
 * cannot scroll far enough to bring their tops up to the usual line.
 */
export function readingLine(viewport: number, scrollLeft: number): number {
	const line = viewport * READING_LINE;
	const runway = viewport - line;
	return line + Math.max(0, runway - Math.max(0, scrollLeft));
}

export interface ReadingPoint {
	/** The current chapter's position among the boxes, -1 before the first. */
	index: number;
	/** How far through that chapter the reading line is, 0 to 1. */
	progress: number;
}

/** The last box, in document order, whose top has reached the line. */
export function readingAt(boxes: readonly Box[], line: number): ReadingPoint {
	let index = -1;
	for (let i = 0; i < boxes.length; i++) {
		if (boxes[i].top <= line) index = i;
		else break;
	}
	if (index < 0) return { index, progress: 0 };
	const { top, bottom } = boxes[index];
	const height = bottom - top;
	const progress = height > 0 ? Math.min(Math.max((line - top) / height, 0), 1) : 1;
	return { index, progress };
}
