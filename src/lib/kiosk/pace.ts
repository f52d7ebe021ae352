/**
 * How long the attract loop stays on each part of the story, and where the
 * page is at each moment of the loop. Pure: the driver (`autoscroll.svelte.ts`)
 * measures the page and asks these functions where to scroll, so the
 * arithmetic of the tour is unit-tested without a browser.
 *
 * A tour is a list of stops: the opening, then for each chapter its heading
 * and each step of its text. At each stop the page holds still (long enough to
 * read the step and watch its picture settle), then glides to the next stop;
 * after the last one it pauses, fades to the paper colour, and fades back in
 * at the top.
 */

/**
 * Adults read French prose silently at 200 to 250 words a minute; a visitor
 * standing at a screen, with the text moving, reads at the slow end.
 */
export const WORDS_PER_MINUTE = 200;

/** A step is held at least this long (a short caption still gets a look), at most this long. */
export const STEP_SECONDS = { min: 6, max: 45 } as const;
/** The title page is held this long before the story starts, at pace 1. */
export const OPENING_SECONDS = 8;
/** A chapter's heading is held this long, to be read before its text comes up. */
export const HEADING_SECONDS = 3;
/** The glide from one stop to the next; calm enough to follow, short enough not to bore. */
export const GLIDE_SECONDS = 2.5;
/** The end of the story stays up this long before the loop goes back to the top. */
export const END_SECONDS = 8;
/** Each half of the fade through the paper colour; not scaled by pace, it is not reading. */
export const FADE_MS = 700;

/** Words a reader reads in a chapter's markdown: frontmatter, markup and link targets left out. */
export function wordCount(text: string): number {
	const plain = text
		.replace(/^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/, '')
		.replace(/<[^>]*>/g, ' ')
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/[*_`#>|~]/g, ' ');
	return plain.match(/[\p{L}\p{N}]+(?:[’'-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** A chapter as the tour needs it. */
export interface TourChapter {
	/** Words in each step of its text. */
	steps: readonly number[];
	/** Seconds its scene wants each state held still (the scene's `holdSeconds`). */
	holdSeconds: number;
}

/** Seconds a step is held at pace 1: reading time, plus the picture's, within bounds. */
export function stepSeconds(words: number, holdSeconds: number): number {
	const reading = (words / WORDS_PER_MINUTE) * 60 + holdSeconds;
	return Math.min(STEP_SECONDS.max, Math.max(STEP_SECONDS.min, reading));
}

/** Where the tour stops: the opening (chapter 0), a chapter's heading (step -1), or one of its steps. */
export interface Stop {
	chapter: number;
	step: number;
}

/**
 * `segment` holds stop `stop` still for `holdMs`, then glides to the next
 * stop (or the end of the page) in `glideMs`.
 */
export type Phase =
	| { kind: 'segment'; stop: number; holdMs: number; glideMs: number; ms: number }
	| { kind: 'hold-end'; ms: number }
	| { kind: 'fade-out'; ms: number }
	| { kind: 'fade-in'; ms: number };

export interface Tour {
	stops: Stop[];
	phases: Phase[];
}

const segment = (stop: number, holdSeconds: number, pace: number): Phase => {
	const holdMs = (holdSeconds * 1000) / pace;
	const glideMs = (GLIDE_SECONDS * 1000) / pace;
	return { kind: 'segment', stop, holdMs, glideMs, ms: holdMs + glideMs };
};

/** The stops and phases of one loop, at a pace (2: twice as fast). */
export function planTour(chapters: readonly TourChapter[], pace: number): Tour {
	const stops: Stop[] = [{ chapter: 0, step: -1 }];
	const phases: Phase[] = [segment(0, OPENING_SECONDS, pace)];
	chapters.forEach((chapter, i) => {
		stops.push({ chapter: i + 1, step: -1 });
		phases.push(segment(stops.length - 1, HEADING_SECONDS, pace));
		chapter.steps.forEach((words, step) => {
			stops.push({ chapter: i + 1, step });
			phases.push(segment(stops.length - 1, stepSeconds(words, chapter.holdSeconds), pace));
		});
	});
	phases.push(
		{ kind: 'hold-end', ms: (END_SECONDS * 1000) / pace },
		{ kind: 'fade-out', ms: FADE_MS },
		{ kind: 'fade-in', ms: FADE_MS }
	);
	return { stops, phases };
}

/** Where the tour is: which phase, and how far into it (ms). */
export interface Cursor {
	phase: number;
	t: number;
}

/**
 * Moves the cursor on by `dt` ms, across as many phases as that covers.
 * `wraps` counts the times the tour passed the end of its fade-out: the page
 * must jump to the top (under the veil) and a loop is complete.
 */
export function advance(
	phases: readonly Phase[],
	cursor: Cursor,
	dt: number
): { cursor: Cursor; wraps: number } {
	let { phase, t } = cursor;
	let wraps = 0;
	t += Math.max(0, dt);
	while (t >= phases[phase].ms) {
		t -= phases[phase].ms;
		phase = (phase + 1) % phases.length;
		if (phases[phase].kind === 'fade-in') wraps += 1;
	}
	return { cursor: { phase, t }, wraps };
}

/** Eases a glide in and out, so the page starts and stops softly. */
const ease = (x: number) => x * x * (3 - 2 * x);

/**
 * 0 while the segment holds its stop, then rising to 1 at its end. With
 * `instant` (reduced motion), the page does not glide: it goes to the next
 * stop at once, when the hold ends.
 */
export function segmentProgress(
	t: number,
	phase: { holdMs: number; glideMs: number },
	instant = false
): number {
	if (t <= phase.holdMs) return 0;
	if (instant || phase.glideMs <= 0) return 1;
	return ease(Math.min(1, (t - phase.holdMs) / phase.glideMs));
}

/** The time into a segment at which it reaches `progress` (the inverse of segmentProgress). */
export function timeAtProgress(
	progress: number,
	phase: { holdMs: number; glideMs: number }
): number {
	const p = Math.min(1, Math.max(0, progress));
	if (p === 0) return 0;
	// Invert the smoothstep by bisection: it is monotonic on [0, 1].
	let low = 0;
	let high = 1;
	for (let i = 0; i < 30; i++) {
		const mid = (low + high) / 2;
		if (ease(mid) < p) low = mid;
		else high = mid;
	}
	return phase.holdMs + ((low + high) / 2) * phase.glideMs;
}

/** The scroll position at `progress` between `start` and `end` (never upwards). */
export function scrollAt(progress: number, start: number, end: number): number {
	if (end <= start) return start;
	return start + (end - start) * progress;
}

/** Opacity of the paper veil during a phase (0: the page shows, 1: only paper). */
export function veilAt(phase: Phase, t: number): number {
	if (phase.kind === 'fade-out') return Math.min(1, t / phase.ms);
	if (phase.kind === 'fade-in') return Math.max(0, 1 - t / phase.ms);
	return 0;
}

/** Total length of one loop, in ms. */
export function loopMs(phases: readonly Phase[]): number {
	return phases.reduce((sum, phase) => sum + phase.ms, 0);
}
