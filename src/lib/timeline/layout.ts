/**
 * The timeline as the browser receives it: numbers and strings computed at
 * build time by `scale.ts`, and the little arithmetic done while reading.
 * No d3 here, so none reaches the browser.
 */
import type { SceneName } from '../scenes/catalog';

export type Orientation = 'horizontal' | 'vertical';

export interface YearBand {
	year: number;
	/** Where the year begins on the axis (its tick). */
	from: number;
	/** Where it ends: the next year's tick, or the end of the range. */
	to: number;
}

export interface AxisMark {
	slug: string;
	/** Where the chapter's date falls on the axis. */
	exact: number;
	/** Where its mark is drawn, a touch target away from its neighbours. */
	position: number;
	/** A period's ends on the axis, when the chapter covers one. */
	spanAt?: { from: number; to: number };
}

export interface AxisLayout {
	orientation: Orientation;
	/** The axis's shortest length in pixels; positions are drawn as fractions of it. */
	length: number;
	/** Where the years start and end on it, in the same pixels. */
	range: [number, number];
	years: YearBand[];
	/** One mark per chapter, in chapter order. */
	marks: AxisMark[];
}

export interface TimelineLayout {
	axes: AxisLayout[];
	/** Each chapter's date as its mark reads it, by slug: « février 1998 ». */
	dates: Record<string, string>;
}

/**
 * Where the reader stands in time, on the axis: a period's chapter sweeps
 * across its span as it is read; a dated chapter moves towards where the
 * next chapter starts when the story goes forward in time, and holds otherwise.
 * NaN before the first chapter (`index` -1).
 */
export function cursorAt(marks: readonly AxisMark[], index: number, progress: number): number {
	const mark = marks[index];
	if (!mark) return NaN;
	const f = Math.min(Math.max(progress, 0), 1);
	if (mark.spanAt) return mark.spanAt.from + (mark.spanAt.to - mark.spanAt.from) * f;
	const next = marks[index + 1];
	const nextStart = next ? (next.spanAt?.from ?? next.exact) : mark.exact;
	return nextStart > mark.exact ? mark.exact + (nextStart - mark.exact) * f : mark.exact;
}

/** What a mark needs to know of its chapter. */
export interface TimelineChapter {
	slug: string;
	number: number;
	short: string;
	scene: SceneName;
	/** Its permalink, inside the site (deploy sub-path included). */
	href: string;
}

/**
 * The timeline's props (plain data: on the story's pages they travel as JSON
 * to its island). A type, not an interface: `Island` wants a record.
 */
export type TimelineProps = {
	/** Its name, « Chronologie » / "Timeline" (the landmark's label). */
	label: string;
	/** Every chapter of the story in that language, in order. */
	chapters: TimelineChapter[];
	/** Where the marks go, computed at build time by `timelineLayout()` in `./scale`. */
	layout: TimelineLayout;
	/** The chapter a permalink page opens on, current before the page is measured. */
	opening?: string | null;
	/**
	 * Marks link to the chapters on this very page (`#slug`) and leave the
	 * address alone: the kiosk, whose visitors must never leave its page.
	 */
	inPage?: boolean;
};
