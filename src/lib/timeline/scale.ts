/**
 * Where each chapter sits on the timeline, pure and testable without a
 * browser: the time scale from 1996 to 2013, its year ticks, a mark per
 * chapter placed by its date and precision, marks pushed apart when they
 * crowd, and the dates written the French or English way (`$lib/content/dates`).
 *
 * It runs at build time only (from the layout's server load): the browser
 * receives the resulting numbers and strings (`TimelineLayout`), never d3,
 * which would weigh some 11 KB compressed on every first load.
 *
 * Every date is a calendar day read in UTC (as in `$lib/content/dates`), so
 * no reader's time zone can move a mark across a year boundary.
 */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { utcDay, utcMonth, utcYear } from 'd3-time';
import { formatChapterDate, startOf } from '$lib/content/dates';
import type { Lang } from '$lib/i18n/lang';
import type { ChapterMeta } from '$lib/content/types';
import type { AxisLayout, Orientation, TimelineLayout, YearBand } from './layout';

export type Dated = Pick<ChapterMeta, 'slug' | 'number' | 'date' | 'precision' | 'end'>;

/** The story's years, first day to last day inclusive. */
export const RANGE = {
	start: new Date(Date.UTC(1996, 0, 1)),
	end: new Date(Date.UTC(2013, 11, 31))
} as const;

/**
 * A d3 time scale over the story's years. `scaleUtc` is d3's time scale read
 * in UTC; `scaleTime` would cut years at the reader's local midnight.
 */
export function timelineScale(range: [number, number]): ScaleTime<number, number> {
	return scaleUtc().domain([RANGE.start, RANGE.end]).range(range);
}

/** The first day of every year the story covers: 1996 … 2013. */
export function yearTicks(): Date[] {
	return utcYear.range(RANGE.start, utcDay.offset(RANGE.end, 1));
}

/** Each year as a band between two ticks, so its label can sit in its middle. */
export function yearBands(scale: ScaleTime<number, number>): YearBand[] {
	const ticks = yearTicks();
	return ticks.map((tick, i) => ({
		year: tick.getUTCFullYear(),
		from: scale(tick),
		to: scale(ticks[i + 1] ?? RANGE.end)
	}));
}

const clampDate = (date: Date) => new Date(Math.min(Math.max(+date, +RANGE.start), +RANGE.end));

const middle = (from: Date, to: Date) => new Date((+from + +to) / 2);

/** The last day a `YYYY[-MM[-DD]]` date names: a year runs to 31 December. */
export function lastDayOf(date: string): Date {
	const start = startOf(date);
	const parts = date.split('-').length;
	const interval = parts === 3 ? utcDay : parts === 2 ? utcMonth : utcYear;
	return utcDay.offset(interval.offset(start, 1), -1);
}

export interface Anchor {
	/** The instant the chapter's mark stands for. */
	at: Date;
	/** A period's first and last days, for the view to draw as a bar. */
	span?: { from: Date; to: Date };
}

/**
 * The instant a chapter's mark stands for: a day is that day; a month or a
 * year its middle (« février 1998 » is not the 1st); « avant » and « après »
 * the ends of the range; a period with `end` its start, with its span drawn
 * as a bar (the opening chapter covers 1996–2013: its mark belongs at the
 * start of the story, not in 2005).
 */
export function anchorOf(chapter: Pick<Dated, 'date' | 'precision' | 'end'>): Anchor {
	const start = startOf(chapter.date);
	if (chapter.precision === 'before') return { at: RANGE.start };
	if (chapter.precision === 'after') return { at: RANGE.end };
	if (chapter.end) {
		const from = clampDate(start);
		const to = clampDate(lastDayOf(chapter.end));
		return { at: from, span: { from, to } };
	}
	if (chapter.precision === 'day') return { at: clampDate(start) };
	const next = chapter.precision === 'month' ? utcMonth.offset(start, 1) : utcYear.offset(start, 1);
	return { at: clampDate(middle(start, next)) };
}

export interface Mark extends Anchor {
	slug: string;
	number: number;
	/** Where the chapter's date falls on the axis. */
	exact: number;
	/** Where its mark is drawn, at least `minGap` from its neighbours. */
	position: number;
	/** The period's ends on the axis, when the chapter covers one. */
	spanAt?: { from: number; to: number };
}

/**
 * Pool-adjacent-violators: the non-decreasing sequence closest (least squares)
 * to `values`. Used on positions shifted by i × gap, it yields the marks'
 * positions that move least while keeping `gap` between neighbours.
 */
function nonDecreasing(values: number[]): number[] {
	const blocks: { sum: number; count: number }[] = [];
	for (const value of values) {
		blocks.push({ sum: value, count: 1 });
		while (blocks.length > 1) {
			const last = blocks[blocks.length - 1];
			const before = blocks[blocks.length - 2];
			if (before.sum / before.count <= last.sum / last.count) break;
			before.sum += last.sum;
			before.count += last.count;
			blocks.pop();
		}
	}
	return blocks.flatMap(({ sum, count }) => Array<number>(count).fill(sum / count));
}

/**
 * Places every chapter's mark on the axis. Marks keep `minGap` pixels
 * between them (a touch target each) and stay within the scale's range.
 * Marks in the same year go in chapter order, so 2013's three chapters
 * read 14, 15, 16 from left to right even when a later one is dated earlier.
 */
export function placeMarks(
	chapters: readonly Dated[],
	scale: ScaleTime<number, number>,
	minGap: number
): Mark[] {
	const placed = chapters.map((chapter) => {
		const anchor = anchorOf(chapter);
		return {
			slug: chapter.slug,
			number: chapter.number,
			...anchor,
			exact: scale(anchor.at),
			...(anchor.span
				? { spanAt: { from: scale(anchor.span.from), to: scale(anchor.span.to) } }
				: {})
		};
	});
	const order = [...placed].sort(
		(a, b) => a.at.getUTCFullYear() - b.at.getUTCFullYear() || a.number - b.number
	);
	const [low, high] = scale.range();
	const n = order.length;
	const room = high - low;
	const gap = n > 1 ? Math.min(minGap, room / (n - 1)) : 0;
	const fitted = nonDecreasing(order.map((mark, i) => mark.exact - i * gap));
	const ceiling = high - (n - 1) * gap;
	const positions = new Map(
		order.map((mark, i) => [mark, Math.min(Math.max(fitted[i], low), ceiling) + i * gap])
	);
	return placed.map((mark) => ({ ...mark, position: positions.get(mark) ?? mark.exact }));
}

/**
 * The axes' shortest lengths in pixels. Marks are placed for these lengths
 * and drawn in percentages, so a longer axis only spreads them further.
 * 44 px between marks is a touch target each; 880 px keeps a phone's
 * clusters (1996, 2000-2003, 2012-2013) near their years; 720 px fits the
 * column of a 900 px high screen.
 */
export const AXIS = {
	gap: 44,
	/** Room left at each end, beyond half a touch target, for the strip's faded edges. */
	inset: 30,
	length: { horizontal: 880, vertical: 720 }
} as const satisfies { gap: number; inset: number; length: Record<Orientation, number> };

/** Hundredths of a pixel are plenty, and keep the numbers shipped in every page short. */
const round = (px: number) => Math.round(px * 100) / 100;

function axisLayout(chapters: readonly Dated[], orientation: Orientation): AxisLayout {
	const length = AXIS.length[orientation];
	const range: [number, number] = [AXIS.inset, length - AXIS.inset];
	const scale = timelineScale(range);
	return {
		orientation,
		length,
		range,
		years: yearBands(scale).map(({ year, from, to }) => ({
			year,
			from: round(from),
			to: round(to)
		})),
		marks: placeMarks(chapters, scale, AXIS.gap).map(({ slug, exact, position, spanAt }) => ({
			slug,
			exact: round(exact),
			position: round(position),
			...(spanAt ? { spanAt: { from: round(spanAt.from), to: round(spanAt.to) } } : {})
		}))
	};
}

/** Everything the timeline draws for one language, as plain numbers and strings. */
export function timelineLayout(chapters: readonly Dated[], lang: Lang): TimelineLayout {
	return {
		axes: [axisLayout(chapters, 'horizontal'), axisLayout(chapters, 'vertical')],
		dates: Object.fromEntries(chapters.map((c) => [c.slug, formatChapterDate(c, lang)]))
	};
}
