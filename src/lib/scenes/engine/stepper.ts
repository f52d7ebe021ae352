/**
 * Which step of a chapter is being read: the last one whose top has passed
 * the reading line (a line across the screen, below the picture on phones).
 * An IntersectionObserver watches the line, so nothing runs while the reader
 * scrolls between two steps; when it reports, the steps' positions are read
 * once (a handful of elements) to find the step, so a long jump lands right.
 */

export interface Stepper {
	stop(): void;
}

/**
 * Calls `onStep` with the step being read (0 before the first one is
 * reached) now and whenever it changes. `line` gives the reading line's
 * distance from the top of the viewport, in px; it is read again when the
 * viewport changes size.
 */
export function followSteps(
	steps: readonly HTMLElement[],
	line: () => number,
	onStep: (index: number) => void
): Stepper {
	let current = -1;
	let observer: IntersectionObserver | undefined;

	const measure = () => {
		const y = line();
		let index = 0;
		steps.forEach((step, i) => {
			if (step.getBoundingClientRect().top < y) index = i;
		});
		if (index !== current) {
			current = index;
			onStep(index);
		}
	};

	const observe = () => {
		observer?.disconnect();
		const below = Math.max(0, innerHeight - line());
		// The watched area runs from far above the screen down to the line: a
		// step enters it when its top crosses the line, whichever way, however fast.
		observer = new IntersectionObserver(measure, {
			rootMargin: `100000px 0px -${below}px 0px`
		});
		for (const step of steps) observer.observe(step);
	};

	observe();
	addEventListener('resize', observe);
	return {
		stop() {
			observer?.disconnect();
			removeEventListener('resize', observe);
		}
	};
}
