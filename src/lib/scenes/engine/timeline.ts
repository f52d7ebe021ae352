/**
 * States with gsap: one paused timeline per scene, built from the Figure's
 * marks, one unit of time per move (time `s` is state `s`, settled). The
 * engine moves its playhead to a step's state with a tween of 0.4 to 1 s,
 * forward or back, so scrolling back plays the same moves in reverse and a
 * step's picture is always the state itself once the tween is over.
 */
import type { gsap as Gsap } from 'gsap';
import type { Effect } from '../shared/states';
import { moveInto, type Mark } from './marks';

type Engine = typeof Gsap;

/** How each effect hides a part before it arrives; it arrives at its drawn values. */
const HIDDEN: Record<Exclude<Effect, 'draw'>, gsap.TweenVars> = {
	fade: { opacity: 0 },
	pop: { opacity: 0, scale: 0, transformOrigin: '50% 50%' },
	rise: { opacity: 0, y: 10 },
	stamp: { opacity: 0, scale: 1.8, rotation: -6, transformOrigin: '50% 50%' },
	'grow-x': { opacity: 0, scaleX: 0, transformOrigin: '0% 50%' },
	'grow-y': { opacity: 0, scaleY: 0, transformOrigin: '50% 100%' }
};
const SHOWN: Record<Exclude<Effect, 'draw'>, gsap.TweenVars> = {
	fade: { opacity: 1 },
	pop: { opacity: 1, scale: 1 },
	rise: { opacity: 1, y: 0 },
	stamp: { opacity: 1, scale: 1, rotation: 0 },
	'grow-x': { opacity: 1, scaleX: 1 },
	'grow-y': { opacity: 1, scaleY: 1 }
};
const EASE: Partial<Record<Effect, string>> = { pop: 'back.out(1.7)', stamp: 'back.out(1.4)' };

/** Length, in units of a move, of one part's arrival and of every departure. */
const ARRIVAL = 0.45;
const DEPARTURE = 0.3;

/** The strokes that `draw` draws: the part itself and what inside it has `pathLength`. */
function strokes(element: Element): Element[] {
	const inside = [...element.querySelectorAll('[pathLength]')];
	return element.hasAttribute('pathLength') ? [element, ...inside] : inside;
}

const staggered = (mark: Mark<Element>) => mark.stagger && mark.element.children.length > 1;

/**
 * A part's arrival, as `fromTo` tweens only: they render their starting
 * values as soon as they are made (gsap's `immediateRender`) and again
 * whenever the playhead goes back before them, so a part is hidden in every
 * state before its own, however the reader arrives or scrolls back.
 */
function arrive(
	tl: gsap.core.Timeline,
	mark: Mark<Element> & { delay: number },
	move: number
): void {
	const at = move - 1 + 0.05 + mark.delay * (1 - ARRIVAL - 0.1);
	const appear = (targets: gsap.TweenTarget) =>
		tl.fromTo(targets, { opacity: 0 }, { opacity: 1, duration: 0.01 }, at);
	if (mark.effect === 'draw') {
		appear(mark.element);
		tl.fromTo(
			strokes(mark.element),
			// A dash offset by the whole length hides the stroke; `1 2` leaves no cap showing.
			{ strokeDasharray: '1 2', strokeDashoffset: 1 },
			// autoRound off: gsap rounds px values, which on a length of 1 is all or nothing.
			{
				strokeDashoffset: 0,
				duration: ARRIVAL,
				ease: 'power1.inOut',
				autoRound: false,
				stagger: 0.05
			},
			at
		);
		return;
	}
	const ease = EASE[mark.effect] ?? 'power2.out';
	if (staggered(mark)) {
		// The group is there at once; its children arrive one after another.
		const children = [...mark.element.children];
		appear(mark.element);
		tl.fromTo(
			children,
			HIDDEN[mark.effect],
			{
				...SHOWN[mark.effect],
				duration: ARRIVAL * 0.4,
				ease,
				stagger: (ARRIVAL * 0.6) / (children.length - 1)
			},
			at
		);
	} else {
		tl.fromTo(
			mark.element,
			HIDDEN[mark.effect],
			{ ...SHOWN[mark.effect], duration: ARRIVAL, ease },
			at
		);
	}
}

/** The timeline of a scene with `states` states; build it inside a `gsap.context`. */
export function buildTimeline(
	gsap: Engine,
	marks: readonly Mark<Element>[],
	states: number
): gsap.core.Timeline {
	const tl = gsap.timeline({ paused: true, defaults: { overwrite: false } });
	for (let move = 1; move < states; move++) {
		const { arriving, leaving } = moveInto(marks, move);
		for (const mark of leaving) {
			tl.to(mark.element, { opacity: 0, duration: DEPARTURE, ease: 'power1.in' }, move - 1);
		}
		for (const mark of arriving) arrive(tl, mark, move);
	}
	// The last state is a point in time too.
	tl.set({}, {}, states - 1);
	return tl;
}

/** Seconds the playhead takes to go `moves` states forward or back. */
export function moveSeconds(moves: number): number {
	return Math.min(1, 0.55 + 0.15 * (Math.abs(moves) - 1));
}

/** The attributes gsap writes on SVG elements. */
const WRITTEN = ['style', 'transform', 'data-svg-origin'] as const;

/**
 * Remembers the drawing's own `style` and `transform` attributes (a Figure has
 * no `style`; a `transform` only on parts that never move), so that when gsap
 * lets go, the drawing is given back exactly as it came from its file, whatever
 * gsap's own revert leaves behind (empty styles, identity matrices, origins).
 */
export function snapshotDrawing(svg: SVGSVGElement): () => void {
	const elements = [svg, ...svg.querySelectorAll('*')];
	const saved = elements.map((element) => WRITTEN.map((name) => element.getAttribute(name)));
	return () => {
		elements.forEach((element, i) => {
			WRITTEN.forEach((name, j) => {
				const value = saved[i][j];
				if (value === null) element.removeAttribute(name);
				else if (element.getAttribute(name) !== value) element.setAttribute(name, value);
			});
		});
	};
}
