import { drawn, undrawn } from '../draw';
import type { Animate } from '../types';

/**
 * The chain of decisions, then the years: the white paper goes to the State,
 * the CIADT adopts its priorities, and the « après-mines » part of the
 * 2000-2006 contract fills year after year.
 */
const animate: Animate = ({ svg, gsap }) => {
	const q = gsap.utils.selector(svg);
	const [toState, toContract] = q('.arrow');
	return gsap
		.timeline({ paused: true, defaults: { ease: 'power2.out' } })
		.from(q('.paper'), { opacity: 0, x: -20, duration: 0.12 }, 0)
		.fromTo(toState, undrawn, { ...drawn, duration: 0.1 }, 0.1)
		.from(q('.state'), { opacity: 0, y: 12, duration: 0.12 }, 0.18)
		.from(
			q('.adopted'),
			{ opacity: 0, scale: 0.6, transformOrigin: '0% 50%', duration: 0.1, ease: 'back.out(2)' },
			0.3
		)
		.fromTo(toContract, undrawn, { ...drawn, duration: 0.1 }, 0.38)
		.from(q('.fill'), { scaleX: 0, transformOrigin: '0% 50%', duration: 0.5, ease: 'none' }, 0.5)
		.from(q('.fill-label'), { opacity: 0, duration: 0.08 }, 0.62);
};

export default animate;
