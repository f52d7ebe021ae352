import { describe, expect, it } from 'vitest';
import { readStories } from '$lib/content/read-stories';
import { validateStories } from '$lib/content/validate';
import {
	anchorOf,
	placeMarks,
	RANGE,
	timelineLayout,
	timelineScale,
	yearBands,
	yearTicks,
	type Dated,
	type Mark
} from './scale';

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const day = (date: Date) => date.toISOString().slice(0, 10);

/** The sixteen chapters' dates as the French stories give them. */
const STORY: Dated[] = [
	{ slug: 'apres-les-puits', number: 1, date: '1996', precision: 'year', end: '2013' },
	{ slug: 'table-rase', number: 2, date: '1996', precision: 'before' },
	{ slug: 'conference', number: 3, date: '1996', precision: 'year' },
	{ slug: 'livre-blanc', number: 4, date: '1998-02', precision: 'month' },
	{ slug: 'etat', number: 5, date: '1998-12', precision: 'month' },
	{ slug: 'mission', number: 6, date: '2000-05-12', precision: 'day' },
	{ slug: 'idee-folle', number: 7, date: '2000', precision: 'year', end: '2002' },
	{ slug: 'wingles', number: 8, date: '2001-06-25', precision: 'day' },
	{ slug: 'carvin', number: 9, date: '2002-01-17', precision: 'day' },
	{ slug: '9-9bis', number: 10, date: '2002', precision: 'year' },
	{ slug: 'bmu', number: 11, date: '2003', precision: 'year' },
	{ slug: 'aire', number: 12, date: '2007-12', precision: 'month' },
	{ slug: 'unesco', number: 13, date: '2012-06-30', precision: 'day' },
	{ slug: 'gestionnaire', number: 14, date: '2013-01-01', precision: 'day' },
	{ slug: 'acte-ii', number: 15, date: '2013', precision: 'year' },
	{ slug: 'aujourdhui', number: 16, date: '2013', precision: 'after' }
];

/** The phone's axis: 880 px with half a touch target kept free at each end. */
const phone = timelineScale([22, 858]);
function bySlug(marks: Mark[], slug: string): Mark {
	const mark = marks.find((m) => m.slug === slug);
	if (!mark) throw new Error(`no mark for ${slug}`);
	return mark;
}

describe('date precision', () => {
	it('puts a dated chapter on its very day', () => {
		expect(day(anchorOf({ date: '2012-06-30', precision: 'day' }).at)).toBe('2012-06-30');
	});

	it('puts a month in its middle, not on its first day', () => {
		expect(day(anchorOf({ date: '1998-02', precision: 'month' }).at)).toBe('1998-02-15');
	});

	it('puts a year in its middle', () => {
		const { at } = anchorOf({ date: '2003', precision: 'year' });
		expect(+at).toBeGreaterThan(+utc(2003, 6, 30));
		expect(+at).toBeLessThan(+utc(2003, 7, 3));
	});

	it('puts a period at its start and keeps its span, last year included', () => {
		const { at, span } = anchorOf({ date: '2000', precision: 'year', end: '2002' });
		expect(span && day(span.from)).toBe('2000-01-01');
		expect(span && day(span.to)).toBe('2002-12-31');
		expect(day(at)).toBe('2000-01-01');
	});

	it('draws a period as a bar between its ends on the axis', () => {
		const marks = placeMarks(STORY, phone, 44);
		const idea = bySlug(marks, 'idee-folle');
		expect(idea.spanAt?.from).toBeCloseTo(phone(utc(2000, 1, 1)));
		expect(idea.spanAt?.to).toBeCloseTo(phone(utc(2002, 12, 31)));
		expect(bySlug(marks, 'carvin').spanAt).toBeUndefined();
	});

	it('does not depend on the reader’s time zone', () => {
		const zone = process.env.TZ;
		process.env.TZ = 'Pacific/Honolulu';
		try {
			expect(day(anchorOf({ date: '2013-01-01', precision: 'day' }).at)).toBe('2013-01-01');
		} finally {
			process.env.TZ = zone;
		}
	});
});

describe('chapters on the same year', () => {
	it('keeps a touch target’s width between every two marks', () => {
		const positions = placeMarks(STORY, phone, 44)
			.map((m) => m.position)
			.sort((a, b) => a - b);
		for (let i = 1; i < positions.length; i++) {
			expect(positions[i] - positions[i - 1]).toBeGreaterThanOrEqual(44 - 1e-9);
		}
	});

	it('orders the marks of one year by chapter, 2013 reading 14, 15, 16', () => {
		const marks = placeMarks(STORY, phone, 44);
		const at = (slug: string) => bySlug(marks, slug).position;
		expect(at('gestionnaire')).toBeLessThan(at('acte-ii'));
		expect(at('acte-ii')).toBeLessThan(at('aujourdhui'));
		expect(at('carvin')).toBeLessThan(at('9-9bis'));
		// Chapter 7's period starts in 2000, before chapter 8's day in 2001.
		expect(at('idee-folle')).toBeLessThan(at('wingles'));
	});

	it('moves a lone mark not at all', () => {
		const aire = bySlug(placeMarks(STORY, phone, 44), 'aire');
		expect(aire.position).toBeCloseTo(aire.exact);
	});

	it('keeps the exact date of a mark that had to move', () => {
		const carvin = bySlug(placeMarks(STORY, phone, 44), 'carvin');
		expect(carvin.exact).toBeCloseTo(phone(utc(2002, 1, 17)));
		expect(carvin.position).not.toBeCloseTo(carvin.exact);
	});

	it('spreads the marks evenly when the axis is too short for the gap', () => {
		const tiny = timelineScale([0, 150]);
		const positions = placeMarks(STORY, tiny, 44)
			.map((m) => m.position)
			.sort((a, b) => a - b);
		expect(positions[0]).toBeCloseTo(0);
		expect(positions.at(-1)).toBeCloseTo(150);
		expect(positions[1] - positions[0]).toBeCloseTo(10);
	});

	it('gives every chapter of the real stories its own touch target on a phone', () => {
		const { stories } = readStories(process.cwd());
		const { chapters } = validateStories(stories);
		const french = chapters.filter((c) => c.lang === 'fr');
		expect(french.length).toBeGreaterThan(0);
		const positions = placeMarks(french, phone, 44)
			.map((m) => m.position)
			.sort((a, b) => a - b);
		for (let i = 1; i < positions.length; i++) {
			expect(positions[i] - positions[i - 1]).toBeGreaterThanOrEqual(44 - 1e-9);
		}
	});
});

describe('the ends of the range', () => {
	it('runs from 1 January 1996 to 31 December 2013', () => {
		expect(day(RANGE.start)).toBe('1996-01-01');
		expect(day(RANGE.end)).toBe('2013-12-31');
		expect(phone(RANGE.start)).toBe(22);
		expect(phone(RANGE.end)).toBe(858);
	});

	it('ticks every year from 1996 to 2013, on 1 January', () => {
		const ticks = yearTicks();
		expect(ticks.map((t) => t.getUTCFullYear())).toEqual(
			Array.from({ length: 18 }, (_, i) => 1996 + i)
		);
		expect(ticks.every((t) => t.getUTCMonth() === 0 && t.getUTCDate() === 1)).toBe(true);
	});

	it('closes the last year’s band at the end of the range', () => {
		const bands = yearBands(phone);
		expect(bands[0]).toMatchObject({ year: 1996, from: 22 });
		expect(bands.at(-1)).toMatchObject({ year: 2013, to: 858 });
	});

	it('puts « avant » on the first day and « après » on the last', () => {
		expect(anchorOf({ date: '1996', precision: 'before' }).at).toEqual(RANGE.start);
		expect(anchorOf({ date: '2013', precision: 'after' }).at).toEqual(RANGE.end);
	});

	it('clamps a date outside the range to its nearest end', () => {
		expect(anchorOf({ date: '1990-03-04', precision: 'day' }).at).toEqual(RANGE.start);
		expect(anchorOf({ date: '2020', precision: 'year' }).at).toEqual(RANGE.end);
	});

	it('keeps the marks crowding an end inside the axis', () => {
		const positions = placeMarks(STORY, phone, 44).map((m) => m.position);
		expect(Math.min(...positions)).toBeGreaterThanOrEqual(22);
		expect(Math.max(...positions)).toBeLessThanOrEqual(858);
	});
});

describe('what the browser receives', () => {
	const layout = timelineLayout(STORY, 'fr');

	it('has a horizontal and a vertical axis, each with every chapter in order', () => {
		expect(layout.axes.map((a) => a.orientation)).toEqual(['horizontal', 'vertical']);
		for (const axis of layout.axes) {
			expect(axis.marks.map((m) => m.slug)).toEqual(STORY.map((c) => c.slug));
			for (const mark of axis.marks) {
				expect(mark.position).toBeGreaterThanOrEqual(axis.range[0]);
				expect(mark.position).toBeLessThanOrEqual(axis.range[1]);
			}
		}
	});

	it('carries plain numbers and strings, no Date', () => {
		const text = JSON.stringify(layout);
		expect(JSON.parse(text)).toEqual(layout);
		expect(layout.dates['livre-blanc']).toBe('février 1998');
	});
});
