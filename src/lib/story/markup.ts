/**
 * The hooks a chapter's markup offers to the scripts that follow the reader:
 * the scene engine, the timeline, the reading position and the kiosk's tour.
 * `Chapter.svelte` and `content/body.ts` write them; everyone else reads them
 * through these names, never through selectors of their own.
 */

/** A chapter of the story on the page; its `id` is the chapter's slug. */
export const CHAPTER_SELECTOR = 'section.chapter[id]';

/** The chapter's heading (`h1` on its permalink, `h2` in the whole story). */
export const HEADING_SELECTOR = '.chapter__title';

/**
 * One step of a chapter's text: `data-step` is its rank in the chapter (0, 1,
 * 2…), `data-state` the index of the scene state it shows.
 */
export const STEP_SELECTOR = '[data-step]';

/**
 * The wide-screen layout: the scene beside the text rather than above it.
 * CSS writes the same query (`Chapter.svelte`); `matchMedia` reads this one.
 */
export const WIDE_QUERY = '(min-width: 64rem) and (orientation: landscape)';

/**
 * The timeline as a column at the left edge rather than a strip at the top:
 * wider than the wide layout, so that the column leaves the text its measure.
 * CSS writes the same query (`Timeline.svelte`, `TimelineAxis.svelte`,
 * `KioskShell.svelte`); `matchMedia` reads this one.
 */
export const TIMELINE_COLUMN_QUERY = 'screen and (min-width: 80rem)';

/** The box that holds a chapter's scene (sticky under the timeline strip, or beside the text). */
export const SCENE_HOLDER_SELECTOR = '.chapter__scene';

/**
 * How far down the screen a chapter's text starts to be readable: below its
 * stuck picture on phones and portrait screens, a quarter of the way down on
 * wide screens (the picture is beside the text). The kiosk stops each step
 * there.
 */
export function textTopOf(section: Element): number {
	const holder = section.querySelector<HTMLElement>(SCENE_HOLDER_SELECTOR);
	if (!holder || matchMedia(WIDE_QUERY).matches) return innerHeight * 0.25;
	const stuckTop = parseFloat(getComputedStyle(holder).top) || 0;
	return Math.min(innerHeight * 0.6, stuckTop + holder.offsetHeight) + 16;
}

/**
 * The reading line: a step whose top has passed it is being read, and its
 * scene shows its state. A quarter of the way down the readable text (below
 * the picture on phones), half way down the screen on wide screens. Steps are
 * spaced further apart than the line is from the text's top (`Chapter.svelte`),
 * so a step held where the text starts is the only one past the line.
 */
export function readingLineOf(section: Element): number {
	if (matchMedia(WIDE_QUERY).matches) return innerHeight * 0.5;
	const top = textTopOf(section);
	return top + (innerHeight - top) * 0.25;
}

/**
 * Step by step: an embed in a frame that cannot scroll (`$lib/embed/`) shows
 * one step of its chapter at a time. It writes the step shown on the chapter's
 * section (`data-shown-step`) and tells the section with this event; the
 * scene then shows that step's state instead of following the scroll.
 */
export const SHOWN_STEP_EVENT = 'shown-step';

/** The step an embed shows, when it shows one step at a time. */
export function shownStepOf(section: HTMLElement): number | undefined {
	const value = section.dataset.shownStep;
	return value === undefined ? undefined : Number(value);
}

/** Shows one step of a chapter at a time from now on: the step `index`. */
export function showStep(section: HTMLElement, index: number): void {
	section.dataset.shownStep = String(index);
	section.dispatchEvent(new CustomEvent(SHOWN_STEP_EVENT));
}

/** The chapter's sections on the page, in story order. */
export function chapterSections(root: ParentNode = document): HTMLElement[] {
	return [...root.querySelectorAll<HTMLElement>(CHAPTER_SELECTOR)];
}

/** A chapter's steps, in order. */
export function stepsIn(chapter: ParentNode): HTMLElement[] {
	return [...chapter.querySelectorAll<HTMLElement>(STEP_SELECTOR)];
}

/** The state index a step shows. */
export function stateOfStep(step: HTMLElement): number {
	return Number(step.dataset.state ?? 0);
}

/** A chapter's steps as HTML, as the server writes them (see `content/body.ts`). */
export function stepsHtml(steps: readonly { state: number; html: string }[]): string {
	return steps
		.map(
			(step, i) =>
				`<div class="step" data-step="${i}" data-state="${step.state}">\n${step.html}\n</div>`
		)
		.join('\n');
}
