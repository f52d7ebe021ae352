/**
 * The sites appear one by one, scattered; the study links them into a
 * network; last, the idea of World Heritage fades in around them.
 */
import { drawLines, fadeIn, popIn } from '$lib/scenes/shared/tweens';
import type { Animate } from '$lib/scenes/types';

const animate: Animate = ({ svg, gsap }) => {
	const q = gsap.utils.selector(svg);
	const tl = gsap.timeline({ paused: true, defaults: { ease: 'power1.inOut' } });
	popIn(tl, q('.heritage-network__site'), 0, 0.12, { amount: 0.23, from: 'random' });
	drawLines(tl, q('.heritage-network__link'), 0.35, 0.1, 0.02);
	fadeIn(tl, q('.heritage-network__idea'), 0.7, 0.3);
	return tl;
};

export default animate;
