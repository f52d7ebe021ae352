/**
 * States without gsap: each part is shown or hidden at once (`data-off`, a
 * CSS rule fades it in under 200 ms). Used with reduced motion, with the
 * in-page toggle off, and before gsap has arrived.
 */
import { shownIn, type Mark } from './marks';

export function showStateInstantly(marks: readonly Mark<Element>[], state: number): void {
	for (const mark of marks) mark.element.toggleAttribute('data-off', !shownIn(mark, state));
}

/** Takes every `data-off` away (before gsap takes over, or when the scene leaves the page). */
export function clearInstant(marks: readonly Mark<Element>[]): void {
	for (const mark of marks) mark.element.removeAttribute('data-off');
}
