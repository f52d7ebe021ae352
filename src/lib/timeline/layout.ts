/**
 * The timeline as the browser receives it: numbers and strings computed at
 * build time by `scale.ts`, and where the reader's cursor travels.
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
 * Where the reader's cursor travels on the axis while a chapter is read, from
 * its start (progress 0) to its end (progress 1): a period's chapter sweeps
 * across its span; a dated chapter moves towards where the next chapter
 * starts when the story goes forward in time, and holds on its date otherwise
 * (`from` and `to` equal). Undefined before the first chapter (`index` -1).
 * The cursor itself is moved by CSS (`TimelineAxis.svelte`).
 */
export function sweepAt(
	marks: readonly AxisMark[],
	index: number
): { from: number; to: number } | undefined {
	const mark = marks[index];
	if (!mark) return undefined;
	if (mark.spanAt) return { from: mark.spanAt.from, to: mark.spanAt.to };
	const next = marks[index + 1];
	const nextStart = next ? (next.spanAt?.from ?? next.exact) : mark.exact;
	return { from: mark.exact, to: Math.max(nextStart, mark.exact) };
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
