/**
 * The attract loop's driver: scrolls the real page, frame by frame, through
 * the tour planned by `pace.ts` (the opening, each chapter's heading, each
 * step of its text), so every scene follows its steps exactly as if a visitor
 * scrolled. It measures the stops on every frame (a picture or a font that
 * arrives late moves them), so the loop cannot drift off the story however
 * many times it runs. One animation frame is pending at most, and
 * `halt()`/`destroy()` cancel it: nothing keeps running once it stops.
 */
import { motion } from '$lib/scenes/motion.svelte';
import { HEADING_SELECTOR, stepsIn, textTopOf } from '$lib/story/markup';
import {
	advance,
	scrollAt,
	segmentProgress,
	timeAtProgress,
	veilAt,
	type Cursor,
	type Phase,
	type Stop,
	type Tour
} from './pace';

/** What the driver needs from the page: the real one in the browser, a fake one in tests. */
export interface TourPage {
	now(): number;
	requestFrame(callback: () => void): number;
	cancelFrame(handle: number): void;
	scrollY(): number;
	scrollTo(y: number): void;
	/** The largest scroll position (the end of the story). */
	maxScroll(): number;
	/** Scroll position of stop `n`: 0 for the opening, a chapter's heading or one of its steps. */
	startOf(stop: number): number;
	/** Whether to go from stop to stop at once rather than glide (reduced motion). */
	instant(): boolean;
}

/**
 * A frame later than this (a busy machine, a throttled tab) advances the tour
 * by this much only: the loop slows down for a moment instead of jumping.
 */
const MAX_FRAME_MS = 100;

/**
 * The browser page: chapters are found by their section ids, in story order;
 * a heading stops below the sticky timeline, a step where the text starts
 * below its picture (`textTopOf`), so its state is the one shown.
 */
export function browserTourPage(stops: readonly Stop[], chapterIds: readonly string[]): TourPage {
	const root = () => document.scrollingElement ?? document.documentElement;
	// The sticky timeline covers the top of the screen; scroll-padding-top says by how much.
	const topInset = () => parseFloat(getComputedStyle(root()).scrollPaddingTop) || 0;
	return {
		now: () => performance.now(),
		requestFrame: (callback) => requestAnimationFrame(callback),
		cancelFrame: (handle) => cancelAnimationFrame(handle),
		scrollY: () => window.scrollY,
		scrollTo: (y) => window.scrollTo({ top: y, behavior: 'instant' }),
		maxScroll: () => Math.max(0, root().scrollHeight - window.innerHeight),
		startOf: (stop) => {
			const { chapter, step } = stops[stop] ?? { chapter: 0, step: -1 };
			const section = chapter > 0 ? document.getElementById(chapterIds[chapter - 1]) : null;
			if (!section) return 0;
			const target = step < 0 ? section.querySelector(HEADING_SELECTOR) : stepsIn(section)[step];
			const top = (target ?? section).getBoundingClientRect().top + window.scrollY;
			return Math.max(0, top - (step < 0 ? topInset() : textTopOf(section)));
		},
		instant: () => !motion.allowed
	};
}

export class AttractTour {
	/** The stop on screen (an index in the tour's stops). */
	stop = $state(0);
	/** The chapter on screen: 0 for the opening, n for chapter n. */
	chapter = $state(0);
	/** The step of that chapter on screen: -1 for its heading (and the opening). */
	step = $state(-1);
	/** Whether the page holds still at its stop (rather than gliding to the next). */
	holding = $state(true);
	/** Opacity of the paper veil that hides the jump from the end back to the top. */
	veil = $state(0);
	/** Loops completed since the page loaded. */
	loops = $state(0);
	/** Whether the tour is moving the page. */
	running = $state(false);
	/** Time runs this many times faster (benchmarks and tests only; the page never sets it). */
	speed = 1;

	readonly #phases: readonly Phase[];
	readonly #stops: readonly Stop[];
	readonly #page: TourPage;
	readonly #onWrap: () => boolean;
	#cursor: Cursor = { phase: 0, t: 0 };
	#frame: number | null = null;
	#last: number | null = null;
	#fadeFrame: number | null = null;
	#fadeDone: (() => void) | null = null;

	/**
	 * `onWrap` runs when a loop ends, under the full veil, before the jump to
	 * the top; it returns false to stop there (the page is about to reload).
	 */
	constructor({ stops, phases }: Tour, page: TourPage, onWrap: () => boolean = () => true) {
		this.#phases = phases;
		this.#stops = stops;
		this.#page = page;
		this.#onWrap = onWrap;
	}

	/**
	 * Starts moving. From `here`, the tour picks up at the current scroll
	 * position, so a resumed loop never jumps; from `opening`, at the top (the
	 * page has just loaded); from `veil`, it fades in from paper at the top
	 * (after a reset, or a loop end that did not reload).
	 */
	play(from: 'here' | 'opening' | 'veil'): void {
		this.#cancelFade();
		if (from === 'veil') {
			this.#cursor = { phase: this.#phases.findIndex((p) => p.kind === 'fade-in'), t: 0 };
		} else if (from === 'opening') {
			this.#cursor = { phase: 0, t: 0 };
		} else {
			this.#cursor = this.#cursorAt(this.#page.scrollY());
		}
		this.#last = null;
		this.running = true;
		this.#apply();
		this.#request();
	}

	/** Stops where it is, with the page fully shown. */
	halt(): void {
		if (this.#frame !== null) this.#page.cancelFrame(this.#frame);
		this.#frame = null;
		this.running = false;
		this.veil = 0;
	}

	/**
	 * Puts chapter `chapter`'s heading where the loop holds it (0: the top of
	 * the page), without moving by itself: a visitor arriving from the other
	 * language's kiosk goes on from there. Returns the scroll position set.
	 */
	showChapter(chapter: number): number {
		const stop = Math.max(
			0,
			this.#stops.findIndex((s) => s.chapter === chapter && s.step < 0)
		);
		const y = this.#page.startOf(stop);
		this.#page.scrollTo(y);
		this.stop = stop;
		this.chapter = this.#stops[stop]?.chapter ?? 0;
		this.step = -1;
		return y;
	}

	/** Fades the veil to `to` (1: paper only) over `ms`, on the tour's clock; resolves when done. */
	fadeVeil(to: 0 | 1, ms: number): Promise<void> {
		this.#cancelFade();
		const from = this.veil;
		const start = this.#page.now();
		return new Promise((resolve) => {
			this.#fadeDone = resolve;
			const step = () => {
				const share = Math.min(1, ((this.#page.now() - start) * this.speed) / ms);
				this.veil = from + (to - from) * share;
				if (share < 1) {
					this.#fadeFrame = this.#page.requestFrame(step);
				} else {
					this.#fadeFrame = null;
					this.#fadeDone = null;
					resolve();
				}
			};
			this.#fadeFrame = this.#page.requestFrame(step);
		});
	}

	/** Whether an animation frame is pending (for the stamina checks). */
	get pendingFrames(): number {
		return (this.#frame === null ? 0 : 1) + (this.#fadeFrame === null ? 0 : 1);
	}

	destroy(): void {
		this.halt();
		this.#cancelFade();
	}

	#cancelFade(): void {
		if (this.#fadeFrame !== null) this.#page.cancelFrame(this.#fadeFrame);
		this.#fadeFrame = null;
		// A cancelled fade settles, so nothing waiting on it is left hanging.
		this.#fadeDone?.();
		this.#fadeDone = null;
	}

	#request(): void {
		this.#frame = this.#page.requestFrame(this.#tick);
	}

	#tick = (): void => {
		this.#frame = null;
		if (!this.running) return;
		const now = this.#page.now();
		const dt = this.#last === null ? 0 : Math.min(now - this.#last, MAX_FRAME_MS) * this.speed;
		this.#last = now;
		const { cursor, wraps } = advance(this.#phases, this.#cursor, dt);
		this.#cursor = cursor;
		if (wraps > 0) {
			this.loops += wraps;
			if (!this.#onWrap()) {
				this.running = false;
				return;
			}
		}
		this.#apply();
		this.#request();
	};

	/** Where stop `stop`'s segment glides to: the next stop, or the end of the page. */
	#endOf(stop: number): number {
		return stop + 1 < this.#stops.length ? this.#page.startOf(stop + 1) : this.#page.maxScroll();
	}

	/** Puts the page where the cursor says. */
	#apply(): void {
		const phase = this.#phases[this.#cursor.phase];
		const veil = veilAt(phase, this.#cursor.t);
		if (veil !== this.veil) this.veil = veil;
		let stop: number;
		if (phase.kind === 'segment') {
			stop = phase.stop;
			const progress = segmentProgress(this.#cursor.t, phase, this.#page.instant());
			const holding = progress === 0;
			if (holding !== this.holding) this.holding = holding;
			// Once the glide is under way the page belongs to the next stop.
			if (progress >= 0.5 && stop + 1 < this.#stops.length) stop += 1;
			this.#page.scrollTo(
				scrollAt(progress, this.#page.startOf(phase.stop), this.#endOf(phase.stop))
			);
		} else if (phase.kind === 'fade-in') {
			stop = 0;
			this.#page.scrollTo(0);
		} else {
			stop = this.#stops.length - 1;
			this.#page.scrollTo(this.#page.maxScroll());
		}
		if (stop !== this.stop) this.stop = stop;
		const { chapter, step } = this.#stops[stop] ?? { chapter: 0, step: -1 };
		if (chapter !== this.chapter) this.chapter = chapter;
		if (step !== this.step) this.step = step;
	}

	/** The cursor whose position is `y`: inside the segment that contains it. */
	#cursorAt(y: number): Cursor {
		for (let i = 0; i < this.#phases.length; i++) {
			const phase = this.#phases[i];
			if (phase.kind !== 'segment') continue;
			const start = this.#page.startOf(phase.stop);
			const last = phase.stop + 1 >= this.#stops.length;
			const end = this.#endOf(phase.stop);
			if (y < end || (last && y <= start)) {
				const progress = end > start ? (Math.max(y, start) - start) / (end - start) : 0;
				return { phase: i, t: timeAtProgress(progress, phase) };
			}
		}
		return { phase: this.#phases.findIndex((p) => p.kind === 'hold-end'), t: 0 };
	}
}
