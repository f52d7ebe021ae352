import { describe, expect, it } from 'vitest';
import {
	advance,
	CHAPTER_SECONDS,
	chapterSeconds,
	FADE_MS,
	holdMs,
	loopMs,
	planTour,
	scrollAt,
	segmentProgress,
	timeAtProgress,
	veilAt,
	wordCount,
	WORDS_PER_MINUTE
} from './pace';

describe('wordCount', () => {
	it('counts the words a reader reads, not the frontmatter or the markup', () => {
		const markdown = [
			'---',
			'title: "Un titre de plusieurs mots"',
			'scene: "crowd"',
			'---',
			'',
			'Plus de **1 000 personnes** s’expriment.',
			'',
			'> Voir [le livre blanc](https://example.org/livre) en ligne.'
		].join('\n');
		// Plus de 1 000 personnes s’expriment Voir le livre blanc en ligne
		expect(wordCount(markdown)).toBe(12);
	});

	it('counts zero words in an empty chapter', () => {
		expect(wordCount('---\ntitle: x\n---\n')).toBe(0);
	});
});

describe('chapterSeconds', () => {
	it('gives reading time plus the scene’s time', () => {
		// 300 words at 200 a minute is 90 s; the crowd scene adds 12 s.
		expect(chapterSeconds(300, 'crowd', 1)).toBeCloseTo((300 / WORDS_PER_MINUTE) * 60 + 12);
	});

	it('gives a richer scene more time than a simple one, for the same text', () => {
		expect(chapterSeconds(250, 'map-link', 1)).toBeGreaterThan(chapterSeconds(250, 'headframe', 1));
	});

	it('keeps a very short chapter up long enough, and a very long one from holding the screen', () => {
		expect(chapterSeconds(0, 'terrils', 1)).toBe(CHAPTER_SECONDS.min);
		expect(chapterSeconds(5000, 'terrils', 1)).toBe(CHAPTER_SECONDS.max);
	});

	it('divides the time by the pace, after the bounds', () => {
		expect(chapterSeconds(300, 'crowd', 2)).toBeCloseTo(chapterSeconds(300, 'crowd', 1) / 2);
		expect(chapterSeconds(0, 'terrils', 0.5)).toBe(CHAPTER_SECONDS.min * 2);
	});
});

describe('planTour and advance', () => {
	const phases = planTour([30_000, 40_000], 1);

	it('plans the opening, each chapter in order, the end, then the fade through paper', () => {
		expect(phases.map((p) => (p.kind === 'segment' ? `segment ${p.stop}` : p.kind))).toEqual([
			'segment 0',
			'segment 1',
			'segment 2',
			'hold-end',
			'fade-out',
			'fade-in'
		]);
	});

	it('moves through phases and wraps once per loop, at the start of the fade-in', () => {
		let cursor = { phase: 0, t: 0 };
		let wraps = 0;
		const seen: number[] = [];
		for (let i = 0; i < (2 * loopMs(phases)) / 16; i++) {
			const step = advance(phases, cursor, 16);
			cursor = step.cursor;
			wraps += step.wraps;
			if (seen.at(-1) !== cursor.phase) seen.push(cursor.phase);
		}
		expect(seen).toEqual([0, 1, 2, 3, 4, 5, 0, 1, 2, 3, 4, 5, 0]);
		expect(wraps).toBe(2);
	});

	it('crosses several phases in one large step without losing time', () => {
		const { cursor, wraps } = advance(phases, { phase: 0, t: 0 }, loopMs(phases) + 5);
		expect(cursor).toEqual({ phase: 0, t: 5 });
		expect(wraps).toBe(1);
	});

	it('scales reading phases by pace but not the fades', () => {
		const fast = planTour([30_000], 2);
		expect(fast[0].ms).toBe(phases[0].ms / 2);
		expect(fast.at(-1)!.ms).toBe(FADE_MS);
	});
});

describe('segment motion', () => {
	const ms = 40_000;

	it('holds the heading still first, then moves at a steady speed to the end', () => {
		expect(segmentProgress(0, ms)).toBe(0);
		expect(segmentProgress(holdMs(ms), ms)).toBe(0);
		const a = segmentProgress(20_000, ms);
		const b = segmentProgress(25_000, ms);
		const c = segmentProgress(30_000, ms);
		expect(b - a).toBeCloseTo(c - b);
		expect(segmentProgress(ms, ms)).toBe(1);
	});

	it('finds the time back from a position, so a resumed loop does not jump', () => {
		for (const p of [0, 0.25, 0.5, 1]) {
			expect(segmentProgress(timeAtProgress(p, ms), ms)).toBeCloseTo(p);
		}
	});

	it('scrolls from the start to the end, exactly', () => {
		expect(scrollAt(0, 1000, 3000)).toBe(1000);
		expect(scrollAt(0.5, 1000, 3000)).toBe(2000);
		expect(scrollAt(1, 1000, 3000)).toBe(3000);
	});

	it('turns whole screenfuls over with reduced motion, never gliding', () => {
		const page = 800;
		const positions = new Set<number>();
		for (let p = 0; p <= 1; p += 0.001) positions.add(scrollAt(p, 0, 2000, page));
		// 2000 px in screenfuls of 800: three steps, each an equal share of the distance.
		expect([...positions].map(Math.round)).toEqual([0, 667, 1333]);
		expect(scrollAt(1, 0, 2000, page)).toBe(2000);
	});

	it('stays put when the next chapter is not further down', () => {
		expect(scrollAt(0.5, 3000, 3000)).toBe(3000);
	});

	it('fades the veil in and out over the fades only', () => {
		const [segment, , , , fadeOut, fadeIn] = phases4();
		expect(veilAt(segment, 100)).toBe(0);
		expect(veilAt(fadeOut, FADE_MS / 2)).toBeCloseTo(0.5);
		expect(veilAt(fadeOut, FADE_MS)).toBe(1);
		expect(veilAt(fadeIn, 0)).toBe(1);
		expect(veilAt(fadeIn, FADE_MS)).toBe(0);
	});
});

function phases4() {
	return planTour([1000, 1000], 1);
}
