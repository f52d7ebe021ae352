import { drawn, undrawn } from '../draw';
import type { Animate } from '../types';

/** Partners converge, the seal stamps « 12 mai 2000 », then the two axes draw out. */
const animate: Animate = ({ svg, gsap }) => {
	const q = gsap.utils.selector(svg);
	return gsap
		.timeline({ paused: true, defaults: { ease: 'power2.out' } })
		.from(q('.partner circle'), { opacity: 0, x: -20, duration: 0.12, stagger: 0.03 }, 0)
		.fromTo(q('.partner path'), undrawn, { ...drawn, duration: 0.2, stagger: 0.02 }, 0.1)
		.from(
			q('.seal'),
			{ opacity: 0, scale: 1.8, transformOrigin: '50% 50%', duration: 0.14, ease: 'back.out(1.6)' },
			0.36
		)
		.from(q('.law'), { opacity: 0, duration: 0.08 }, 0.48)
		.fromTo(q('.paths path'), undrawn, { ...drawn, duration: 0.25, stagger: 0.08 }, 0.56)
		.from(q('.axis'), { opacity: 0, x: -12, duration: 0.12, stagger: 0.08 }, 0.8);
};

export default animate;
