import { describe, expect, it } from 'vitest';
import { AttractTour, type TourPage } from './autoscroll.svelte';
import { FADE_MS, planTour } from './pace';

/** A page of three chapters, 1000 px apart, with a frame every 16 ms of fake time. */
function fakePage(starts = [0, 600, 1600, 2600], max = 3400) {
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
		turnHeight: () => 0
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

const chapterMs = [20_000, 20_000, 20_000];
const phases = planTour(chapterMs, 1);
const loop = phases.reduce((sum, p) => sum + p.ms, 0);

describe('AttractTour', () => {
	it('passes through every chapter in order, then comes back to the top', () => {
		const { page, run } = fakePage();
		const tour = new AttractTour(phases, page);
		const stops: number[] = [];
		tour.play('here');
		for (let t = 0; t < loop + 5000; t += 100) {
			run(100);
			if (stops.at(-1) !== tour.stop) stops.push(tour.stop);
		}
		expect(stops).toEqual([0, 1, 2, 3, 0]);
		expect(tour.loops).toBe(1);
		tour.destroy();
	});

	it('only ever scrolls down during a loop, and reaches the end of the page', () => {
		const { page, run } = fakePage();
		const tour = new AttractTour(phases, page);
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
		const tour = new AttractTour(phases, page);
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
		const tour = new AttractTour(phases, page);
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
		const tour = new AttractTour(phases, page);
		setY(2000);
		tour.play('here');
		expect(y()).toBeCloseTo(2000, 5);
		expect(tour.stop).toBe(2);
		run(16);
		expect(Math.abs(y() - 2000)).toBeLessThan(2);
		tour.destroy();
	});

	it('fades in at the top after a reset', () => {
		const { page, run, setY, y } = fakePage();
		const tour = new AttractTour(phases, page);
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
		const tour = new AttractTour(phases, page, () => false);
		tour.play('here');
		run(loop + 1000);
		expect(tour.running).toBe(false);
		expect(frames.size).toBe(0);
	});

	it('runs faster when sped up, through the very same stops', () => {
		const { page, run } = fakePage();
		const tour = new AttractTour(phases, page);
		tour.speed = 50;
		const stops: number[] = [];
		tour.play('here');
		for (let t = 0; t < loop / 50 + 100; t += 16) {
			run(16);
			if (stops.at(-1) !== tour.stop) stops.push(tour.stop);
		}
		expect(stops).toEqual([0, 1, 2, 3, 0]);
		tour.destroy();
	});

	it('follows chapters that move while it runs (a scene pinned late)', () => {
		const starts = [0, 600, 1600, 2600];
		const { page, run, y } = fakePage(starts);
		const tour = new AttractTour(phases, page);
		tour.play('here');
		run(phases[0].ms + phases[1].ms + 100);
		starts[2] += 500;
		starts[3] += 500;
		run(phases[2].ms * 0.1);
		expect(tour.stop).toBe(2);
		expect(y()).toBe(2100);
		tour.destroy();
	});

	it('fades the veil on request and settles a cancelled fade', async () => {
		const { page, run } = fakePage();
		const tour = new AttractTour(phases, page);
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
