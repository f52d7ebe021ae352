/**
 * Tweens the scenes share. Lines to be drawn carry `pathLength="1"` in their
 * Figure, so one dash of length 1 covers any of them without measuring it.
 */
type Targets = gsap.TweenTarget;

/** Draws lines from their start to their end between `position` and `position + duration`. */
export function drawLines(
	tl: gsap.core.Timeline,
	targets: Targets,
	position: number,
	duration: number,
	stagger: gsap.StaggerVars | number = 0
): gsap.core.Timeline {
	// Hidden until their turn: a dash offset by its whole length still shows its round cap.
	tl.from(targets, { opacity: 0, duration: 0.001, stagger }, position);
	return tl.fromTo(
		targets,
		{ strokeDasharray: '1 2', strokeDashoffset: 1 },
		// autoRound off: the CSS plugin rounds px values, which on a length of 1 is all or nothing.
		{ strokeDashoffset: 0, duration, stagger, autoRound: false },
		position
	);
}

/** Grows elements from nothing about their own centre. */
export function popIn(
	tl: gsap.core.Timeline,
	targets: Targets,
	position: number,
	duration: number,
	stagger: gsap.StaggerVars | number = 0
): gsap.core.Timeline {
	return tl.from(
		targets,
		{ scale: 0, opacity: 0, transformOrigin: '50% 50%', duration, stagger, ease: 'back.out(1.6)' },
		position
	);
}

/** Fades elements in. */
export function fadeIn(
	tl: gsap.core.Timeline,
	targets: Targets,
	position: number,
	duration: number,
	stagger: gsap.StaggerVars | number = 0
): gsap.core.Timeline {
	return tl.from(targets, { opacity: 0, duration, stagger }, position);
}
