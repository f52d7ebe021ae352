/**
 * Wingles lights up, the link from Lille draws itself, then the crowd comes
 * from all over the map to gather there.
 */
import { seededRandom } from '$lib/scenes/shared/geometry';
import { drawLines, fadeIn, popIn } from '$lib/scenes/shared/tweens';
import type { Animate } from '$lib/scenes/types';

const animate: Animate = ({ svg, gsap }) => {
	const q = gsap.utils.selector(svg);
	const random = seededRandom(2001);
	const tl = gsap.timeline({ paused: true, defaults: { ease: 'power1.inOut' } });
	popIn(tl, q('.map-link__lille'), 0, 0.1);
	popIn(tl, q('.map-link__wingles'), 0.08, 0.12);
	drawLines(tl, q('.map-link__link'), 0.12, 0.25);
	// Each person starts somewhere on the map, Lille's side and the basin's alike.
	tl.from(
		q('.map-link__person'),
		{
			x: (_: number, el: Element) => 20 + random() * 360 - Number(el.getAttribute('cx')),
			y: (_: number, el: Element) => 20 + random() * 260 - Number(el.getAttribute('cy')),
			opacity: 0,
			duration: 0.35,
			stagger: { amount: 0.25, from: 'random' }
		},
		0.3
	);
	fadeIn(tl, q('.map-link__label'), 0.85, 0.1, { amount: 0.05 });
	return tl;
};

export default animate;
