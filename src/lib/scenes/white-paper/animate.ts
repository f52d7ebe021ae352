import { drawn, undrawn } from '../draw';
import type { Animate } from '../types';

/**
 * The workshops' sheets fly in and slip under the cover, which assembles
 * from top to bottom: the Conférence's band, « Livre blanc », the title line
 * by line, the emblem drawing itself, « Acte I · 1998 »; then the audience
 * it was presented to fills in, front row first.
 */
const animate: Animate = ({ svg, gsap }) => {
	const q = gsap.utils.selector(svg);
	return gsap
		.timeline({ paused: true, defaults: { ease: 'power2.out' } })
		.from(
			q('.sheets rect'),
			{
				x: (i) => [-170, 300, -150][i],
				y: (i) => [60, 30, -40][i],
				rotation: (i) => [-12, 14, -6][i],
				transformOrigin: '50% 50%',
				opacity: 0,
				duration: 0.22,
				stagger: 0.05
			},
			0
		)
		.from(q('.cover'), { opacity: 0, scale: 0.9, transformOrigin: '50% 50%', duration: 0.16 }, 0.1)
		.from(q('.band'), { scaleY: 0, transformOrigin: '50% 0%', duration: 0.1 }, 0.24)
		.from(q('.kind, .rule'), { opacity: 0, y: -8, duration: 0.08, stagger: 0.03 }, 0.32)
		.from(q('.title text'), { opacity: 0, y: 10, duration: 0.1, stagger: 0.06 }, 0.4)
		.fromTo(q('.emblem [pathLength]'), undrawn, { ...drawn, duration: 0.16, stagger: 0.03 }, 0.56)
		.from(
			q('.act text'),
			{
				opacity: 0,
				scale: 1.6,
				transformOrigin: '50% 50%',
				duration: 0.06,
				stagger: 0.03,
				ease: 'back.out(2)'
			},
			0.74
		)
		.from(q('.presented'), { opacity: 0, x: 12, duration: 0.08 }, 0.8)
		.from(
			q('.audience path'),
			{ opacity: 0, y: 8, duration: 0.06, stagger: { each: 0.013, from: 'end' } },
			0.86
		);
};

export default animate;
