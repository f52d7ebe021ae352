import type { Animate } from '../types';

/**
 * Both camps at once: on the left the eraser travels from the middle to the
 * edge and the blank spreads behind it, leaving ghosts; on the right new
 * buildings rise beside what is kept.
 */
const animate: Animate = ({ svg, gsap }) => {
	const q = gsap.utils.selector(svg);
	return (
		gsap
			.timeline({ paused: true, defaults: { ease: 'power1.inOut' } })
			.from(q('.blank'), { scaleX: 0, transformOrigin: '100% 50%', duration: 0.7, ease: 'none' }, 0)
			.from(q('.eraser'), { x: 165, duration: 0.7, ease: 'none' }, 0)
			// Up and down two and a half times, ending at rest on the ground.
			.from(
				q('.eraser'),
				{ y: -150, duration: 0.7, ease: (p) => Math.abs(Math.sin(p * 2.5 * Math.PI)) },
				0
			)
			.from(q('.ghosts'), { opacity: 0, duration: 0.3 }, 0.7)
			.from(
				q('.new > *'),
				{
					scaleY: 0,
					transformOrigin: '50% 100%',
					duration: 0.4,
					stagger: 0.12,
					ease: 'back.out(1.4)'
				},
				0.2
			)
	);
};

export default animate;
