/**
 * What a scene's `animate.ts` receives and returns. The engine (SceneStage)
 * owns gsap, ScrollTrigger and the lifecycle; a scene only describes motion.
 */
import type { gsap } from 'gsap';
import type { Lang } from '$lib/content/validate';

export interface AnimateArgs {
	/** The scene's own drawing, as server-rendered by its Figure: select only inside it. */
	svg: SVGSVGElement;
	/** The engine's gsap (loaded lazily): scenes never import gsap themselves. */
	gsap: typeof gsap;
	/** The page's language, for scenes whose motion depends on their labels. */
	lang: Lang;
}

/**
 * Builds a PAUSED timeline of total duration 1 going from the scene's starting
 * state to the final state its Figure draws (use `from` / `fromTo`), so that
 * reverting it leaves the Figure exactly as the server rendered it. It never
 * creates ScrollTriggers: the engine scrubs it.
 */
export type Animate = (args: AnimateArgs) => gsap.core.Timeline;

/** Props every `Figure.svelte` takes. */
export interface FigureProps {
	/** The page's language, for the scene's few labels. */
	lang: Lang;
}
