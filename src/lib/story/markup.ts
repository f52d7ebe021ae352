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
