/**
 * Lille, then the four towns appear; the two spans stretch from Courtrai to
 * Arras and from Béthune to Valenciennes; the area's outline closes around them.
 */
import { drawLines, fadeIn, popIn } from '$lib/scenes/shared/tweens';
import type { Animate } from '$lib/scenes/types';

const animate: Animate = ({ svg, gsap }) => {
	const q = gsap.utils.selector(svg);
	const tl = gsap.timeline({ paused: true, defaults: { ease: 'power1.inOut' } });
	popIn(tl, q('.metropolitan-area__lille'), 0, 0.08);
	popIn(tl, q('.metropolitan-area__town'), 0.06, 0.1, { amount: 0.12 });
	fadeIn(tl, q('.metropolitan-area__label'), 0.1, 0.15);
	drawLines(tl, q('.metropolitan-area__span'), 0.3, 0.2, 0.05);
	drawLines(tl, q('.metropolitan-area__outline'), 0.55, 0.3);
	// The area's tint arrives once the outline has closed.
	tl.from(q('.metropolitan-area__outline'), { fillOpacity: 0, duration: 0.1 }, 0.85);
	fadeIn(tl, q('.metropolitan-area__quote'), 0.9, 0.1);
	return tl;
};

export default animate;
