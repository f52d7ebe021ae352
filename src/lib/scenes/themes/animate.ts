/**
 * Carvin lights up; three project groups branch off it; the nine councils
 * appear and their lines meet in the one joint commission.
 */
import { drawLines, fadeIn, popIn } from '$lib/scenes/shared/tweens';
import type { Animate } from '$lib/scenes/types';

const animate: Animate = ({ svg, gsap }) => {
	const q = gsap.utils.selector(svg);
	const tl = gsap.timeline({ paused: true, defaults: { ease: 'power1.inOut' } });
	popIn(tl, q('.themes__carvin, .themes__ring'), 0, 0.1, 0.03);
	fadeIn(tl, q('.themes__place'), 0.03, 0.1);
	drawLines(tl, q('.themes__branch'), 0.14, 0.16, 0.06);
	tl.from(q('.themes__group'), { opacity: 0, x: '-=12', duration: 0.1, stagger: 0.06 }, 0.26);
	fadeIn(tl, q('.themes__councils-label'), 0.48, 0.06);
	popIn(tl, q('.themes__council'), 0.5, 0.08, { amount: 0.1 });
	drawLines(tl, q('.themes__join'), 0.66, 0.18);
	popIn(tl, q('.themes__commission'), 0.84, 0.1);
	fadeIn(tl, q('.themes__commission-label'), 0.9, 0.1);
	return tl;
};

export default animate;
