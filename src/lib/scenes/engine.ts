/**
 * The browser side of the scene engine: loads gsap and ScrollTrigger once, on
 * demand, and builds one scene's scroll behaviour inside a `gsap.context`, so
 * that `revert()` takes everything back (triggers, pin spacers, inline styles).
 * SceneStage decides when; this module decides how.
 */
import type { gsap as Gsap } from 'gsap';
import type { ScrollTrigger as ScrollTriggerClass } from 'gsap/ScrollTrigger';
import type { Lang } from '$lib/content/validate';
import type { Animate } from './types';

export interface Engine {
	gsap: typeof Gsap;
	ScrollTrigger: typeof ScrollTriggerClass;
}

declare global {
	interface Window {
		/**
		 * For end-to-end tests, present once gsap has loaded: `live()` counts the
		 * ScrollTrigger instances alive on the page (each built scene makes one
		 * to scrub and, on wide screens, one to pin).
		 */
		__scenes?: { live: () => number };
	}
}

/** Same query as Chapter.svelte's two-column layout: the stage beside the text. */
export const WIDE = '(min-width: 64rem) and (orientation: landscape)';

let engine: Promise<Engine> | undefined;
let scrolled: Promise<void> | undefined;

/** gsap + ScrollTrigger, fetched the first time a scene needs them, then shared. */
export function loadEngine(): Promise<Engine> {
	engine ??= Promise.all([import('gsap'), import('gsap/ScrollTrigger')]).then(
		([{ gsap }, { ScrollTrigger }]) => {
			gsap.registerPlugin(ScrollTrigger);
			// Phones resize the viewport when the address bar shows or hides:
			// recomputing every trigger then would make pinned scenes jump.
			ScrollTrigger.config({ ignoreMobileResize: true });
			// Web fonts change the text's height, hence where chapters start and end.
			document.fonts?.ready.then(() => ScrollTrigger.refresh());
			window.__scenes = { live: () => ScrollTrigger.getAll().length };
			return { gsap, ScrollTrigger };
		},
		(error: unknown) => {
			// Let a later scene try again (a network hiccup on a phone).
			engine = undefined;
			throw error;
		}
	);
	return engine;
}

/**
 * Resolves on the reader's first scroll. Scenes wait for it so that opening a
 * page costs no animation code: what is on screen at arrival is the final
 * picture, which needs none.
 */
export function firstScroll(): Promise<void> {
	scrolled ??= new Promise((resolve) => {
		if (window.scrollY > 0) resolve();
		else addEventListener('scroll', () => resolve(), { once: true, passive: true });
	});
	return scrolled;
}

/** Whether any part of the element is inside the viewport now. */
function onScreen(element: Element): boolean {
	const { top, bottom } = element.getBoundingClientRect();
	return bottom > 0 && top < innerHeight;
}

const IDENTITY = /^matrix\(1,\s*0,\s*0,\s*1,\s*0,\s*0\)$/;

/**
 * What `revert()` leaves on SVG elements that gsap transformed: its origin
 * bookkeeping, an identity `transform` and empty `style` attributes. Harmless
 * to the eye, but removing them makes a reverted scene the server's markup
 * again, byte for byte, which the end-to-end tests check.
 */
function tidy(svg: SVGSVGElement): void {
	for (const element of svg.querySelectorAll<SVGElement>('[data-svg-origin]')) {
		element.removeAttribute('data-svg-origin');
		if (IDENTITY.test(element.getAttribute('transform') ?? ''))
			element.removeAttribute('transform');
		element.style.removeProperty('transform-origin');
	}
	for (const element of svg.querySelectorAll('[style=""]')) element.removeAttribute('style');
}

export interface SceneSetup {
	/** The `<figure>` holding the scene's `<svg>`; pinned on wide screens. */
	figure: HTMLElement;
	/** The chapter's text, whose length the pin follows. */
	text: HTMLElement;
	animate: Animate | undefined;
	lang: Lang;
	wide: boolean;
}

/** What was built, for tests and for the stage's `data-scene` attribute. */
export type Built = 'pin+scrub' | 'pin' | 'scrub' | 'still';

/**
 * Builds one scene. A scene that is already on screen is not scrubbed: its
 * picture would jump from the final state to wherever the scroll position puts
 * it, under the reader's eyes. It is pinned all the same.
 */
export function buildScene(
	{ gsap, ScrollTrigger }: Engine,
	{ figure, text, animate, lang, wide }: SceneSetup
): { revert: () => void; built: Built } {
	const svg = figure.querySelector('svg');
	// A Figure's own CSS intro (the opening scene has one) must be over before
	// gsap reads the styles it will tween from and revert to: mid-intro values
	// would otherwise be taken for the final picture and left behind.
	for (const animation of svg?.getAnimations({ subtree: true }) ?? []) {
		try {
			animation.finish();
		} catch {
			// An endless animation cannot finish: stop it instead.
			animation.cancel();
		}
	}
	const scrub = Boolean(animate && svg && !onScreen(figure));
	// No pin when the text is barely taller than the picture: there would be
	// nothing to read beside it while it stays still.
	const pin = wide && text.offsetHeight > figure.offsetHeight * 1.25;
	const context = gsap.context(() => {
		if (scrub && animate && svg) {
			const timeline = animate({ svg, gsap, lang });
			ScrollTrigger.create({
				animation: timeline,
				// A short catch-up smooths mouse-wheel steps; it never moves the page.
				scrub: 0.3,
				...(wide
					? // Beside the text: plays from the chapter's arrival to its middle.
						{ trigger: text, start: 'top 85%', end: 'center center' }
					: // Above the text: plays while the picture crosses the screen's lower half.
						{ trigger: figure, start: 'top 90%', end: 'bottom 45%' })
			});
		}
		if (pin) {
			ScrollTrigger.create({
				trigger: figure,
				pin: true,
				// The text column already gives the chapter its height.
				pinSpacing: false,
				start: 'center center',
				endTrigger: text,
				// Released when the text's end meets the picture's bottom edge.
				end: () => `bottom center+=${figure.offsetHeight / 2}`,
				invalidateOnRefresh: true
			});
		}
	}, figure);
	const built: Built = pin && scrub ? 'pin+scrub' : pin ? 'pin' : scrub ? 'scrub' : 'still';
	const revert = () => {
		context.revert();
		if (svg) tidy(svg);
	};
	return { revert, built };
}
