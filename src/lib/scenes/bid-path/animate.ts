/**
 * The road draws itself from 2003 to 2012; each milestone appears as the road
 * reaches it; the span of nearly ten years grows with it.
 */
import { drawLines, fadeIn, popIn } from '$lib/scenes/shared/tweens';
import type { Animate } from '$lib/scenes/types';

/** When the road reaches each station, as a share of the road's drawing (stations are evenly spread). */
const REACHED = [0, 1 / 3, 2 / 3, 1];
const ROAD = { start: 0.06, duration: 0.84 };

const animate: Animate = ({ svg, gsap }) => {
	const q = gsap.utils.selector(svg);
	const tl = gsap.timeline({ paused: true, defaults: { ease: 'none' } });
	drawLines(tl, q('.bid-path__road'), ROAD.start, ROAD.duration);
	drawLines(tl, q('.bid-path__span-line'), ROAD.start, ROAD.duration);
	fadeIn(tl, q('.bid-path__span-label'), ROAD.start + ROAD.duration / 2, 0.1);
	const stations = q('.bid-path__station');
	const labels = q('.bid-path__label');
	REACHED.forEach((share, i) => {
		const at = Math.min(ROAD.start + share * ROAD.duration, 0.9);
		popIn(tl, stations[i], at - 0.03, 0.08);
		fadeIn(tl, labels[i], at, 0.1);
	});
	return tl;
};

export default animate;
