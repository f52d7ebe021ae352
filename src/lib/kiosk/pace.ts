/**
 * How long the attract loop stays on each chapter, and where the page is at
 * each moment of the loop. Pure: the driver (`autoscroll.svelte.ts`) measures
 * the page and asks these functions where to scroll, so the arithmetic of the
 * tour is unit-tested without a browser.
 *
 * A tour is a list of phases: the opening (its title held, then scrolled to
 * chapter 1), one segment per chapter (its heading held, then scrolled at a
 * steady speed to the next chapter's heading), a pause at the end, a fade to
 * the paper colour, and a fade back in at the top.
 */
import type { SceneName } from '$lib/scenes/catalog';

/**
 * Adults read French prose silently at 200 to 250 words a minute; a visitor
 * standing at a screen, with the text moving, reads at the slow end.
 */
export const WORDS_PER_MINUTE = 200;

/**
 * Seconds to watch a chapter's scene play as its chapter scrolls past: 8 for a
 * picture that draws itself, 12 for those that build a figure or a map step
 * by step. Every scene must be listed, so a new scene gets a deliberate time.
 */
export const SCENE_SECONDS: Record<SceneName, number> = {
	terrils: 8,
	'table-rase': 8,
	crowd: 12,
	'white-paper': 8,
	budget: 8,
	founding: 8,
	'heritage-network': 12,
	'map-link': 12,
	themes: 8,
	headframe: 8,
	'bid-path': 8,
	'metropolitan-area': 12,
	inscription: 12,
	management: 8,
	proposals: 8,
	agglomerations: 12
};

/**
 * Bounds at pace 1: a short chapter still leaves time to read its heading and
 * see its scene; a long one does not hold the screen for minutes while people
 * walk by.
 */
export const CHAPTER_SECONDS = { min: 25, max: 120 } as const;

/** The title page is held, then scrolled to chapter 1, in this many seconds at pace 1. */
export const OPENING_SECONDS = 10;
/** The end of the story stays up this long before the loop goes back to the top. */
export const END_SECONDS = 8;
/** Each half of the fade through the paper colour; not scaled by pace, it is not reading. */
export const FADE_MS = 700;

/**
 * A segment first holds still on its heading (so it can be read before it
 * moves) for this share of its time, at most HOLD_MAX_MS.
 */
export const HOLD_SHARE = 0.15;
export const HOLD_MAX_MS = 6000;

const FRONTMATTER = /^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/;

/** Words a reader reads in a chapter's markdown: frontmatter, markup and link targets left out. */
export function wordCount(markdown: string): number {
	const text = markdown
		.replace(FRONTMATTER, '')
		.replace(/<[^>]*>/g, ' ')
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/[*_`#>|~]/g, ' ');
	return text.match(/[\p{L}\p{N}]+(?:[’'-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** Seconds the loop gives a chapter: reading time plus its scene, within bounds, divided by pace. */
export function chapterSeconds(words: number, scene: SceneName, pace: number): number {
	const reading = (words / WORDS_PER_MINUTE) * 60 + SCENE_SECONDS[scene];
	const bounded = Math.min(CHAPTER_SECONDS.max, Math.max(CHAPTER_SECONDS.min, reading));
	return bounded / pace;
}

/**
 * `segment` scrolls from stop `stop`'s start to the next stop's start (or the
 * end of the page); stop 0 is the opening, stop n is chapter n.
 */
export type Phase =
	| { kind: 'segment'; stop: number; ms: number }
	| { kind: 'hold-end'; ms: number }
	| { kind: 'fade-out'; ms: number }
	| { kind: 'fade-in'; ms: number };

/** The phases of one loop, for chapters that take `chapterMs` each (already paced). */
export function planTour(chapterMs: readonly number[], pace: number): Phase[] {
	return [
		{ kind: 'segment', stop: 0, ms: (OPENING_SECONDS * 1000) / pace },
		...chapterMs.map((ms, i): Phase => ({ kind: 'segment', stop: i + 1, ms })),
		{ kind: 'hold-end', ms: (END_SECONDS * 1000) / pace },
		{ kind: 'fade-out', ms: FADE_MS },
		{ kind: 'fade-in', ms: FADE_MS }
	];
}

/** Where the tour is: which phase, and how far into it (ms). */
export interface Cursor {
	phase: number;
	t: number;
}

/**
 * Moves the cursor on by `dt` ms, across as many phases as that covers.
 * `wrapped` says the tour passed the end of its fade-out: the page must jump
 * to the top (under the veil) and a loop is complete.
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

/** How long a segment holds still on its heading. */
export function holdMs(ms: number): number {
	return Math.min(ms * HOLD_SHARE, HOLD_MAX_MS);
}

/** 0 while the segment holds its heading, then rising steadily to 1 at its end. */
export function segmentProgress(t: number, ms: number): number {
	const hold = holdMs(ms);
	if (t <= hold) return 0;
	return Math.min(1, (t - hold) / (ms - hold));
}

/** The time into a segment at which it reaches `progress` (the inverse of segmentProgress). */
export function timeAtProgress(progress: number, ms: number): number {
	const hold = holdMs(ms);
	const p = Math.min(1, Math.max(0, progress));
	return p === 0 ? 0 : hold + p * (ms - hold);
}

/**
 * The scroll position at `progress` between `start` and `end`. With reduced
 * motion the page does not glide: it turns over a screenful (`page` px) at a
 * time, each held for its share of the segment.
 */
export function scrollAt(progress: number, start: number, end: number, page?: number): number {
	const distance = end - start;
	if (distance <= 0) return start;
	if (!page || page <= 0) return start + distance * progress;
	const steps = Math.ceil(distance / page);
	return start + distance * Math.min(1, Math.floor(progress * steps) / steps);
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
