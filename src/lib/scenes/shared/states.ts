/**
 * How a Figure says which of its parts belong to which state. A scene draws
 * everything it will ever show in one SVG; each part that is not there from
 * the first state to the last carries marks, written with these helpers:
 *
 * ```svelte
 * <script lang="ts">
 *   import scene from './scene';
 *   import { stateMarks } from '../shared/states';
 *   const at = stateMarks(scene);
 * </script>
 * <g {...at.from('tables', { effect: 'pop', stagger: true })}>…</g>
 * <text {...at.until('tables')}>…</text>
 * <g {...at.between('people', 'speech')}>…</g>
 * ```
 *
 * The marks are plain attributes (`data-in`, `data-out`, `data-fx`,
 * `data-delay`, `data-stagger`) holding state indices, so the same drawing
 * serves every way a scene is shown: the engine reads them to tween between
 * states with gsap, or to switch states instantly (reduced motion, the
 * in-page toggle); without JavaScript and in print a CSS rule shows the last
 * state (every part with `data-out` hidden, every other part shown).
 */
import type { SceneDefinition } from '../define';

/** How a part arrives (it always leaves by fading out, quickly). */
export type Effect =
	/** fades in */
	| 'fade'
	/** a stroke drawing itself from its start: every `pathLength="1"` inside is drawn */
	| 'draw'
	/** grows from nothing about its own centre, with a little overshoot */
	| 'pop'
	/** rises a few units into place while fading in */
	| 'rise'
	/** falls onto the picture from larger, like a rubber stamp */
	| 'stamp'
	/** grows from its left edge (bars, lines of a chart) */
	| 'grow-x'
	/** grows from its bottom edge */
	| 'grow-y';

export const EFFECTS: readonly Effect[] = [
	'fade',
	'draw',
	'pop',
	'rise',
	'stamp',
	'grow-x',
	'grow-y'
];

export interface EnterOptions {
	/** How the part arrives; `fade` by default. */
	effect?: Effect;
	/**
	 * When, within the move to its state, the part starts to arrive: 0 at once,
	 * 1 as late as possible. By default parts arriving together follow each
	 * other in the drawing's order.
	 */
	delay?: number;
	/** The part's children arrive one after another rather than together. */
	stagger?: boolean;
}

export interface StateMarks<S extends string> {
	/** Shown from state `state` on. */
	from(state: S, options?: EnterOptions): Record<string, string | number | undefined>;
	/** Shown until state `state`, which it leaves. */
	until(state: S): Record<string, string | number | undefined>;
	/** Shown from state `first` until state `leaving`, which it leaves. */
	between(
		first: S,
		leaving: S,
		options?: EnterOptions
	): Record<string, string | number | undefined>;
}

export function stateMarks<S extends string>(scene: SceneDefinition<S>): StateMarks<S> {
	const index = (state: S) => {
		const i = scene.states.indexOf(state);
		if (i < 0) throw new Error(`"${state}" is not a state of this scene`);
		return i;
	};
	const enter = (state: S, { effect, delay, stagger }: EnterOptions = {}) => {
		const i = index(state);
		if (i === 0)
			throw new Error(`"${state}" is the first state: a part shown from it needs no mark`);
		return {
			'data-in': i,
			'data-fx': effect && effect !== 'fade' ? effect : undefined,
			'data-delay': delay,
			'data-stagger': stagger ? '' : undefined
		};
	};
	return {
		from: enter,
		until: (state) => ({ 'data-out': index(state) }),
		between: (first, leaving, options) => {
			if (index(leaving) <= index(first)) {
				throw new Error(`"${leaving}" must come after "${first}"`);
			}
			return {
				...(index(first) > 0 ? enter(first, options) : {}),
				'data-out': index(leaving)
			};
		}
	};
}
