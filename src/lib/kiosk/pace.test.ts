import { describe, expect, it } from 'vitest';
import {
	advance,
	FADE_MS,
	GLIDE_SECONDS,
	HEADING_SECONDS,
	loopMs,
	OPENING_SECONDS,
	planTour,
	scrollAt,
	segmentProgress,
	STEP_SECONDS,
	stepSeconds,
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

	it('counts the words of a step’s HTML', () => {
		expect(wordCount('<p>Plus de <strong>1 000</strong> personnes.</p>\n<p>Deux.</p>')).toBe(6);
	});

	it('counts zero words in an empty chapter', () => {
		expect(wordCount('---\ntitle: x\n---\n')).toBe(0);
	});
});

describe('stepSeconds', () => {
	it('gives reading time plus the time to watch the picture settle', () => {
		// 60 words at 200 a minute is 18 s; the scene asks 4 s a state.
		expect(stepSeconds(60, 4)).toBeCloseTo((60 / WORDS_PER_MINUTE) * 60 + 4);
	});

	it('gives a richer picture more time than a simple one, for the same text', () => {
		expect(stepSeconds(60, 4)).toBeGreaterThan(stepSeconds(60, 2));
	});

	it('keeps a very short step up long enough, and a very long one from holding the screen', () => {
		expect(stepSeconds(0, 2)).toBe(STEP_SECONDS.min);
		expect(stepSeconds(5000, 4)).toBe(STEP_SECONDS.max);
	});
});

describe('planTour and advance', () => {
	const chapters = [
		{ steps: [60, 80], holdSeconds: 3 },
		{ steps: [40, 40, 100], holdSeconds: 4 }
	];
	const { stops, phases } = planTour(chapters, 1);

	it('stops at the opening, then at each chapter’s heading and each of its steps, in order', () => {
		expect(stops).toEqual([
			{ chapter: 0, step: -1 },
			{ chapter: 1, step: -1 },
			{ chapter: 1, step: 0 },
			{ chapter: 1, step: 1 },
			{ chapter: 2, step: -1 },
			{ chapter: 2, step: 0 },
			{ chapter: 2, step: 1 },
			{ chapter: 2, step: 2 }
		]);
		expect(phases.map((p) => (p.kind === 'segment' ? `segment ${p.stop}` : p.kind))).toEqual([
			...stops.map((_, i) => `segment ${i}`),
			'hold-end',
			'fade-out',
			'fade-in'
		]);
	});

	it('holds each stop for its reading, then glides', () => {
		const holds = phases.map((p) => (p.kind === 'segment' ? p.holdMs : null));
		expect(holds.slice(0, 4)).toEqual([
			OPENING_SECONDS * 1000,
			HEADING_SECONDS * 1000,
			stepSeconds(60, 3) * 1000,
			stepSeconds(80, 3) * 1000
		]);
		for (const phase of phases) {
			if (phase.kind === 'segment') {
				expect(phase.glideMs).toBe(GLIDE_SECONDS * 1000);
				expect(phase.ms).toBe(phase.holdMs + phase.glideMs);
			}
		}
	});

	it('moves through phases and wraps once per loop, at the start of the fade-in', () => {
		let cursor = { phase: 0, t: 0 };
		let wraps = 0;
		const seen: number[] = [];
		for (let i = 0; i < (2 * loopMs(phases)) / 16; i++) {
			const next = advance(phases, cursor, 16);
			cursor = next.cursor;
			wraps += next.wraps;
			if (seen.at(-1) !== cursor.phase) seen.push(cursor.phase);
		}
		const once = phases.map((_, i) => i);
		expect(seen).toEqual([...once, ...once, 0]);
		expect(wraps).toBe(2);
	});

	it('crosses several phases in one large step without losing time', () => {
		const { cursor, wraps } = advance(phases, { phase: 0, t: 0 }, loopMs(phases) + 5);
		expect(cursor).toEqual({ phase: 0, t: 5 });
		expect(wraps).toBe(1);
	});

	it('scales reading and gliding by pace, but not the fades', () => {
		const fast = planTour(chapters, 2).phases;
		expect(fast[0].ms).toBe(phases[0].ms / 2);
		expect(fast.at(-1)!.ms).toBe(FADE_MS);
	});
});

describe('segment motion', () => {
	const phase = { holdMs: 10_000, glideMs: 2_000 };

	it('holds the stop still, then glides softly to the next', () => {
		expect(segmentProgress(0, phase)).toBe(0);
		expect(segmentProgress(10_000, phase)).toBe(0);
		const start = segmentProgress(10_100, phase);
		const middle = segmentProgress(11_000, phase) - segmentProgress(10_900, phase);
		expect(start).toBeLessThan(middle);
		expect(segmentProgress(11_000, phase)).toBeCloseTo(0.5);
		expect(segmentProgress(12_000, phase)).toBe(1);
	});

	it('goes to the next stop at once with reduced motion, after the same hold', () => {
		expect(segmentProgress(9_999, phase, true)).toBe(0);
		expect(segmentProgress(10_001, phase, true)).toBe(1);
	});

	it('finds the time back from a position, so a resumed loop does not jump', () => {
		for (const p of [0, 0.25, 0.5, 1]) {
			expect(segmentProgress(timeAtProgress(p, phase), phase)).toBeCloseTo(p, 5);
		}
	});

	it('scrolls from the start to the end, exactly, and never upwards', () => {
		expect(scrollAt(0, 1000, 3000)).toBe(1000);
		expect(scrollAt(0.5, 1000, 3000)).toBe(2000);
		expect(scrollAt(1, 1000, 3000)).toBe(3000);
		expect(scrollAt(0.5, 3000, 2000)).toBe(3000);
	});

	it('fades the veil in and out over the fades only', () => {
		const { phases } = planTour([{ steps: [10], holdSeconds: 2 }], 1);
		const [segment] = phases;
		const [fadeOut, fadeIn] = phases.slice(-2);
		expect(veilAt(segment, 100)).toBe(0);
		expect(veilAt(fadeOut, FADE_MS / 2)).toBeCloseTo(0.5);
		expect(veilAt(fadeOut, FADE_MS)).toBe(1);
		expect(veilAt(fadeIn, 0)).toBe(1);
		expect(veilAt(fadeIn, FADE_MS)).toBe(0);
	});
});
