/**
 * The participants arrive, the five workshops open, then the proposals pile
 * up one card at a time.
 */
import { drawLines, fadeIn, popIn } from '$lib/scenes/shared/tweens';
import type { Animate } from '$lib/scenes/types';

const animate: Animate = ({ svg, gsap }) => {
	const q = gsap.utils.selector(svg);
	const tl = gsap.timeline({ paused: true, defaults: { ease: 'power1.out' } });
	fadeIn(tl, q('.proposals__people-label'), 0, 0.06);
	tl.from(
		q('.proposals__person'),
		{ y: '-=24', opacity: 0, duration: 0.1, stagger: { amount: 0.22, from: 'random' } },
		0.02
	);
	const [toWorkshops, toCards] = q('.proposals__flow');
	drawLines(tl, toWorkshops, 0.32, 0.06);
	popIn(tl, q('.proposals__workshop'), 0.36, 0.08, 0.04);
	drawLines(tl, toCards, 0.56, 0.06);
	fadeIn(tl, q('.proposals__cards-label'), 0.6, 0.06);
	tl.from(
		q('.proposals__card'),
		{ y: '-=10', opacity: 0, duration: 0.05, stagger: { amount: 0.33 } },
		0.62
	);
	return tl;
};

export default animate;
