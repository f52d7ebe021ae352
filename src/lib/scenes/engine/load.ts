/**
 * What the engine downloads, once each and only when needed: a scene's SVG
 * file as it approaches (the browser caches it: its name changes with its
 * content), and gsap with the timeline builder the first time motion is
 * allowed and a scene moves (neither is in the page's first JavaScript).
 */
import type { gsap as Gsap } from 'gsap';

export interface Motion {
	gsap: typeof Gsap;
	timelines: typeof import('./timeline');
}

let engine: Promise<Motion> | undefined;
let scrolled: Promise<void> | undefined;

/**
 * Resolves on the reader's first scroll. Motion waits for it, so that
 * opening a page costs no animation code: what is on screen at arrival is a
 * settled state, which needs none.
 */
export function firstScroll(): Promise<void> {
	scrolled ??= new Promise((resolve) => {
		if (window.scrollY > 0) resolve();
		else addEventListener('scroll', () => resolve(), { once: true, passive: true });
	});
	return scrolled;
}
const drawings = new Map<string, Promise<string>>();

/** gsap and the timeline builder, fetched the first time a scene moves, then shared. */
export function loadMotion(): Promise<Motion> {
	engine ??= Promise.all([import('gsap'), import('./timeline')]).then(
		([{ gsap }, timelines]) => ({ gsap, timelines }),
		(error: unknown) => {
			// Let a later scene try again (a network hiccup on a phone).
			engine = undefined;
			throw error;
		}
	);
	return engine;
}

/** A scene's SVG markup, from its file. */
export function loadDrawing(src: string): Promise<string> {
	let drawing = drawings.get(src);
	if (!drawing) {
		drawing = fetch(src).then((response) => {
			if (!response.ok) throw new Error(`${src}: ${response.status}`);
			return response.text();
		});
		drawing.catch(() => drawings.delete(src));
		drawings.set(src, drawing);
	}
	return drawing;
}
