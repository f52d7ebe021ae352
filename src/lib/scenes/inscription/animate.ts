/**
 * The list is written line by line; the stamp comes down on it, tilting into
 * place, and a ring of ink spreads from its edge as it lands.
 */
import { drawLines } from '$lib/scenes/shared/tweens';
import type { Animate } from '$lib/scenes/types';

const animate: Animate = ({ svg, gsap }) => {
	const q = gsap.utils.selector(svg);
	const tl = gsap.timeline({ paused: true, defaults: { ease: 'power1.inOut' } });
	tl.from(q('.inscription__paper'), { opacity: 0, y: 16, duration: 0.12 }, 0);
	drawLines(tl, q('.inscription__line'), 0.08, 0.05, { amount: 0.25 });
	tl.from(
		q('.inscription__stamp'),
		{
			opacity: 0,
			scale: 2.4,
			rotation: -18,
			transformOrigin: '50% 50%',
			duration: 0.3,
			ease: 'power3.in'
		},
		0.4
	);
	// The ink ring thickens and fades; it only changes paint, so the last frame is the Figure's.
	tl.fromTo(
		q('.inscription__shock'),
		{ opacity: 0.7, strokeWidth: 2 },
		{ opacity: 0, strokeWidth: 22, duration: 0.3, ease: 'power2.out', immediateRender: false },
		0.7
	);
	return tl;
};

export default animate;
