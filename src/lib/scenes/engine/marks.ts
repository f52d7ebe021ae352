/**
 * Reads the state marks a Figure wrote (see `../shared/states.ts`) and says
 * what each state shows. Works on any element tree that has `getAttribute`,
 * so it is unit-tested on the server's own markup.
 */
import type { Effect } from '../shared/states';

export interface Mark<E = Element> {
	element: E;
	/** First state the part is shown in (0: from the start). */
	enters: number;
	/** State the part leaves in (Infinity: never). */
	leaves: number;
	effect: Effect;
	/** 0 to 1, when within its move it starts to arrive; undefined: in drawing order. */
	delay?: number;
	stagger: boolean;
}

export interface MarkedElement {
	getAttribute(name: string): string | null;
	hasAttribute(name: string): boolean;
}

/** Every marked part of a scene, in drawing order. */
export function readMarks<E extends MarkedElement>(elements: Iterable<E>): Mark<E>[] {
	const marks: Mark<E>[] = [];
	for (const element of elements) {
		const enters = element.getAttribute('data-in');
		const leaves = element.getAttribute('data-out');
		if (enters === null && leaves === null) continue;
		const delay = element.getAttribute('data-delay');
		marks.push({
			element,
			enters: enters === null ? 0 : Number(enters),
			leaves: leaves === null ? Infinity : Number(leaves),
			effect: (element.getAttribute('data-fx') as Effect | null) ?? 'fade',
			delay: delay === null ? undefined : Number(delay),
			stagger: element.hasAttribute('data-stagger')
		});
	}
	return marks;
}

/** The selector that finds marked parts. */
export const MARKED = '[data-in], [data-out]';

/** Whether a part is shown in a state. */
export function shownIn(mark: Pick<Mark<unknown>, 'enters' | 'leaves'>, state: number): boolean {
	return mark.enters <= state && state < mark.leaves;
}

/**
 * The move from one state to the next, `state - 1` → `state`, as the parts
 * that arrive and those that leave; arrivals get a delay in drawing order
 * unless they asked for one.
 */
export function moveInto<E>(
	marks: readonly Mark<E>[],
	state: number
): { arriving: (Mark<E> & { delay: number })[]; leaving: Mark<E>[] } {
	const arriving = marks.filter((mark) => mark.enters === state);
	const spread = arriving.length > 1 ? 0.5 / (arriving.length - 1) : 0;
	return {
		arriving: arriving.map((mark, i) => ({
			...mark,
			delay: mark.delay ?? Math.min(0.5, i * spread)
		})),
		leaving: marks.filter((mark) => mark.leaves === state)
	};
}
