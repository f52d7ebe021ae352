import { drawn, undrawn } from '../draw';
import type { Animate } from '../types';

/** The same landscape rising as the intro does, when the scene is scrolled into instead. */
const animate: Animate = ({ svg, gsap }) => {
	const q = gsap.utils.selector(svg);
	return gsap
		.timeline({ paused: true, defaults: { ease: 'power2.out' } })
		.from(
			q('.terril, .far'),
			{ scaleY: 0.2, transformOrigin: '50% 100%', duration: 0.5, stagger: 0.15 },
			0
		)
		.fromTo(q('.headframe [pathLength]'), undrawn, { ...drawn, duration: 0.4 }, 0.4)
		.from(q('.cite'), { opacity: 0, y: 12, duration: 0.3 }, 0.7);
};

export default animate;
