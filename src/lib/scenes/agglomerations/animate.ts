/**
 * The agglomerations appear one after another along the arc, west to east,
 * each with its name and population; the totals come last.
 */
import { fadeIn } from '$lib/scenes/shared/tweens';
import type { Animate } from '$lib/scenes/types';

const animate: Animate = ({ svg, gsap }) => {
	const q = gsap.utils.selector(svg);
	const tl = gsap.timeline({ paused: true, defaults: { ease: 'power1.inOut' } });
	const communes = q('.agglomerations__communes');
	const labels = q('.agglomerations__label');
	const step = 0.8 / Math.max(communes.length, 1);
	communes.forEach((el, i) => {
		tl.from(el, { opacity: 0, y: '+=8', duration: step * 1.2 }, i * step);
		fadeIn(tl, labels[i], i * step + step * 0.5, step);
	});
	fadeIn(tl, q('.agglomerations__totals'), 0.85, 0.15);
	return tl;
};

export default animate;
