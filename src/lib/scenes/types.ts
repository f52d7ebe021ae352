import type { Lang } from '$lib/content/validate';

export interface AnimateArgs {
	svg: SVGSVGElement;
	gsap: typeof import('gsap').gsap;
	lang: Lang;
}
export type Animate = (args: AnimateArgs) => gsap.core.Timeline;
