import { describe, expect, it } from 'vitest';
import { AttractTour, type TourPage } from './autoscroll.svelte';
import { FADE_MS, planTour } from './pace';

/**
 * A page with three chapters of one step each (stops: the opening, then each
 * chapter's heading and step), with a frame every 16 ms of fake time.
 */
function fakePage(starts = [0, 600, 900, 1600, 1900, 2600, 2900], max = 3400, instant = false) {
	let now = 0;
	let y = 0;
	let next = 1;
	const frames = new Map<number, () => void>();
	const page: TourPage = {
		now: () => now,
		requestFrame: (callback) => {
			frames.set(next, callback);
			return next++;
		},
		cancelFrame: (handle) => void frames.delete(handle),
		scrollY: () => y,
		scrollTo: (to) => void (y = to),
		maxScroll: () => max,
		startOf: (stop) => starts[stop],
		instant: () => instant
	};
	/** Runs `ms` of frames (whole frames of 16 ms); returns the scroll position after each. */
	const run = (ms: number) => {
		const positions: number[] = [];
		for (let t = 16; t <= ms; t += 16) {
			now += 16;
			const due = [...frames.entries()];
			frames.clear();
			for (const [, callback] of due) callback();
			positions.push(y);
		}
		return positions;
	};
	return { page, run, frames, setY: (to: number) => void (y = to), y: () => y };
}

const tourPlan = planTour(
	[0, 1, 2].map(() => ({ steps: [60], holdSeconds: 3 })),
	1
);
const { phases } = tourPlan;
const loop = phases.reduce((sum, p) => sum + p.ms, 0);
/** The chapter each stop belongs to. */
const chapterOfStop = tourPlan.stops.map((stop) => stop.chapter);

describe('AttractTour', () => {
	it('passes through every chapter and step in order, then comes back to the top', () => {
		const { page, run } = fakePage();
		const tour = new AttractTour(tourPlan, page);
		const stops: number[] = [];
		const chapters: number[] = [];
		tour.play('here');
		for (let t = 0; t < loop + 5000; t += 100) {
			run(100);
			if (stops.at(-1) !== tour.stop) stops.push(tour.stop);
			if (chapters.at(-1) !== tour.chapter) chapters.push(tour.chapter);
		}
		expect(stops).toEqual([0, 1, 2, 3, 4, 5, 6, 0]);
		expect(chapters).toEqual([0, 1, 2, 3, 0]);
		expect(tour.loops).toBe(1);
		tour.destroy();
	});

	it('shows a chapter’s heading where the loop holds it, without moving, and plays on from there', () => {
		const { page, run, y, frames } = fakePage();
		const tour = new AttractTour(tourPlan, page);
		expect(tour.showChapter(2)).toBe(1600);
		expect(y()).toBe(1600);
		expect({ stop: tour.stop, chapter: tour.chapter, step: tour.step }).toEqual({
			stop: 3,
			chapter: 2,
			step: -1
		});
		expect(frames.size).toBe(0);
		expect(tour.running).toBe(false);
		// « Reprendre » then goes on from that heading, never back to the top.
		tour.play('here');
		run(2000);
		expect(tour.chapter).toBe(2);
		expect(y()).toBeGreaterThanOrEqual(1600);
		// The opening, or a chapter the page does not have: the top.
		expect(tour.showChapter(0)).toBe(0);
		expect(tour.showChapter(99)).toBe(0);
		expect(tour.chapter).toBe(0);
		tour.destroy();
	});

	it('holds each step still where the text starts, so its picture settles', () => {
		const { page, run, y } = fakePage();
		const tour = new AttractTour(tourPlan, page);
		tour.play('opening');
		const [opening, heading, step] = phases;
		run(opening.ms + heading.ms + 500);
		expect(y()).toBe(900);
		if (step.kind !== 'segment') throw new Error('a step is a segment');
		run(step.holdMs - 1000);
		expect(y()).toBe(900);
		tour.destroy();
	});

	it('jumps from stop to stop with reduced motion, holding as long', () => {
		const { page, run, y } = fakePage(undefined, undefined, true);
		const tour = new AttractTour(tourPlan, page);
		tour.play('opening');
		const seen = new Set<number>();
		for (let t = 0; t < loop - 3 * FADE_MS; t += 16) {
			run(16);
			seen.add(y());
		}
		expect([...seen].sort((a, b) => a - b)).toEqual([0, 600, 900, 1600, 1900, 2600, 2900, 3400]);
		tour.destroy();
	});

	it('only ever scrolls down during a loop, and reaches the end of the page', () => {
		const { page, run } = fakePage();
		const tour = new AttractTour(tourPlan, page);
		tour.play('here');
		const positions = run(loop - 2 * FADE_MS);
		for (let i = 1; i < positions.length; i++) {
			expect(positions[i]).toBeGreaterThanOrEqual(positions[i - 1]);
		}
		expect(positions.at(-1)).toBe(3400);
		tour.destroy();
	});

	it('hides the jump back to the top behind the paper veil', () => {
		const { page, run, y } = fakePage();
		const tour = new AttractTour(tourPlan, page);
		tour.play('here');
		// The first frame only reads the clock, so the tour runs one frame behind.
		run(loop - FADE_MS - 32);
		expect(tour.veil).toBeGreaterThan(0.9);
		expect(y()).toBe(3400);
		run(64);
		expect(y()).toBe(0);
		expect(tour.veil).toBeGreaterThan(0.9);
		run(FADE_MS + 32);
		expect(tour.veil).toBe(0);
		tour.destroy();
	});

	it('stops cleanly: no frame pending, the page where it was, the veil lifted', () => {
		const { page, run, frames, y } = fakePage();
		const tour = new AttractTour(tourPlan, page);
		tour.play('here');
		run(30_000);
		tour.halt();
		const at = y();
		run(10_000);
		expect(y()).toBe(at);
		expect(frames.size).toBe(0);
		expect(tour.pendingFrames).toBe(0);
		expect(tour.veil).toBe(0);
	});

	it('resumes from where the visitor left the page, without a jump', () => {
		const { page, run, setY, y } = fakePage();
		const tour = new AttractTour(tourPlan, page);
		setY(2000);
		tour.play('here');
		expect(y()).toBeCloseTo(2000, 5);
		expect(tour.chapter).toBe(2);
		run(16);
		expect(Math.abs(y() - 2000)).toBeLessThan(2);
		tour.destroy();
	});

	it('fades in at the top after a reset', () => {
		const { page, run, setY, y } = fakePage();
		const tour = new AttractTour(tourPlan, page);
		setY(2500);
		tour.play('veil');
		expect(y()).toBe(0);
		expect(tour.veil).toBe(1);
		run(FADE_MS + 32);
		expect(tour.veil).toBe(0);
		expect(tour.loops).toBe(0);
		tour.destroy();
	});

	it('stops at the end of a loop when told the page is about to reload', () => {
		const { page, run, frames } = fakePage();
		const tour = new AttractTour(tourPlan, page, () => false);
		tour.play('here');
		run(loop + 1000);
		expect(tour.running).toBe(false);
		expect(frames.size).toBe(0);
	});

	it('runs faster when sped up, through the very same stops', () => {
		const { page, run } = fakePage();
		const tour = new AttractTour(tourPlan, page);
		tour.speed = 50;
		const stops: number[] = [];
		tour.play('here');
		for (let t = 0; t < loop / 50 + 100; t += 16) {
			run(16);
			if (stops.at(-1) !== tour.stop) stops.push(tour.stop);
		}
		expect(stops).toEqual([0, 1, 2, 3, 4, 5, 6, 0]);
		tour.destroy();
	});

	it('follows stops that move while it runs (a font or a picture arriving late)', () => {
		const starts = [0, 600, 900, 1600, 1900, 2600, 2900];
		const { page, run, y } = fakePage(starts);
		const tour = new AttractTour(tourPlan, page);
		tour.play('here');
		run(phases[0].ms + phases[1].ms + phases[2].ms + 100);
		for (let i = 3; i < starts.length; i++) starts[i] += 500;
		run(500);
		expect(tour.stop).toBe(3);
		expect(chapterOfStop[tour.stop]).toBe(2);
		expect(y()).toBe(2100);
		tour.destroy();
	});

	it('fades the veil on request and settles a cancelled fade', async () => {
		const { page, run } = fakePage();
		const tour = new AttractTour(tourPlan, page);
		const done = tour.fadeVeil(1, 400);
		run(416);
		await done;
		expect(tour.veil).toBe(1);
		const cancelled = tour.fadeVeil(0, 400);
		tour.destroy();
		await cancelled;
		expect(tour.pendingFrames).toBe(0);
	});
});
