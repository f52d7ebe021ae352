import { drawn, undrawn } from '../draw';
import type { Animate } from '../types';

/**
 * The headframe rises from the ground (legs, lattice, strut), its wheels turn
 * into place and the cables run to the hall; then, one by one, the hall's
 * windows light up and the Mission's name appears over the door.
 */
const animate: Animate = ({ svg, gsap }) => {
	const q = gsap.utils.selector(svg);
	return gsap
		.timeline({ paused: true, defaults: { ease: 'power2.out' } })
		.from(q('.label'), { opacity: 0, duration: 0.1 }, 0)
		.fromTo(q('.tower [pathLength]'), undrawn, { ...drawn, duration: 0.3, stagger: 0.1 }, 0)
		.from(q('.tower > path:not([pathLength])'), { opacity: 0, duration: 0.05 }, 0.4)
		.from(
			q('.wheel'),
			{ opacity: 0, rotation: -180, transformOrigin: '50% 50%', duration: 0.2, stagger: 0.05 },
			0.4
		)
		.fromTo(q('.cables'), undrawn, { ...drawn, duration: 0.12 }, 0.6)
		.from(q('.hall'), { opacity: 0.35, duration: 0.1 }, 0.6)
		.from(q('.window'), { fill: '#2e3136', duration: 0.06, stagger: 0.05 }, 0.72)
		.from(q('.hall rect, .hall text'), { opacity: 0, duration: 0.06 }, 0.94);
};

export default animate;
