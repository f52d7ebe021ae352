/**
 * The strip on a phone scrolls sideways, and a column on a short wide screen
 * up and down: the current mark is kept in view as the reader moves on, so
 * the strip shows where the reader is without a thumb to move it.
 */

/** Scroll once the mark comes within a touch target of the edge. */
const MARGIN = 44;

/**
 * Centres `mark` in `scroller` when it is out of view or within a touch
 * target of its edge, along whichever way `scroller` scrolls; otherwise does
 * nothing. Smoothly, unless `instant` (reduced motion, or the toggle off).
 */
export function keepInView(scroller: HTMLElement, mark: HTMLElement, instant: boolean): void {
	const box = scroller.getBoundingClientRect();
	const at = mark.getBoundingClientRect();
	const behavior = instant ? 'instant' : 'smooth';
	const sideways = scroller.scrollWidth > scroller.clientWidth;
	const upright = scroller.scrollHeight > scroller.clientHeight;
	if (sideways && (at.left < box.left + MARGIN || at.right > box.right - MARGIN)) {
		const centre = at.left + at.width / 2 - box.left + scroller.scrollLeft;
		scroller.scrollTo({ left: centre - box.width / 2, behavior });
	}
	if (upright && (at.top < box.top + MARGIN || at.bottom > box.bottom - MARGIN)) {
		const centre = at.top + at.height / 2 - box.top + scroller.scrollTop;
		scroller.scrollTo({ top: centre - box.height / 2, behavior });
	}
}
