/**
 * Two circles, BMU and the Mission; BMU's members cross over into the
 * Mission's circle and BMU's own circle fades to a dashed trace; the State's
 * tie to the Mission appears last.
 */
import { drawLines, fadeIn, popIn } from '$lib/scenes/shared/tweens';
import type { Animate } from '$lib/scenes/types';

const offset = (el: Element, axis: 'x' | 'y') =>
	Number(el.getAttribute(`data-from-${axis}`)) - Number(el.getAttribute(`c${axis}`));

const animate: Animate = ({ svg, gsap }) => {
	const q = gsap.utils.selector(svg);
	const tl = gsap.timeline({ paused: true, defaults: { ease: 'power1.inOut' } });
	// BMU's solid circle is there at the start and gone at the end.
	tl.fromTo(q('.management__bmu'), { opacity: 1 }, { opacity: 0, duration: 0.15 }, 0.5);
	fadeIn(tl, q('.management__ghost'), 0.55, 0.12);
	tl.from(
		q('.management__member'),
		{
			x: (_: number, el: Element) => offset(el, 'x'),
			y: (_: number, el: Element) => offset(el, 'y'),
			duration: 0.35,
			stagger: { amount: 0.15 }
		},
		0.08
	);
	drawLines(tl, q('.management__move'), 0.1, 0.3);
	fadeIn(tl, q('.management__bmu-label .management__dissolved'), 0.62, 0.1);
	popIn(tl, q('.management__state-box'), 0.72, 0.1);
	tl.from(q('.management__tie'), { scaleY: 0, transformOrigin: '50% 0%', duration: 0.12 }, 0.78);
	fadeIn(tl, q('.management__state text'), 0.82, 0.14, 0.04);
	return tl;
};

export default animate;
