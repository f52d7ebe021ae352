import type { Animate } from '../types';
import { scatteredPaths } from './geometry';

/** The crowd, scattered over the picture, gathers table by table; then the tables appear. */
const animate: Animate = ({ svg, gsap }) => {
	const q = gsap.utils.selector(svg);
	const scattered = scatteredPaths();
	const timeline = gsap.timeline({ paused: true, defaults: { ease: 'power2.inOut' } });
	q('.people path').forEach((path, i) => {
		timeline.from(path, { attr: { d: scattered[i] }, duration: 0.6 }, (i / scattered.length) * 0.2);
	});
	timeline
		.from(q('.tables rect'), { opacity: 0, duration: 0.2, stagger: 0.004 }, 0.6)
		.from(q('.caption'), { opacity: 0, duration: 0.1 }, 0.9);
	return timeline;
};

export default animate;
