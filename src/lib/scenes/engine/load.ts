/**
 * What the engine downloads, once each and only when needed: a scene's SVG
 * file as it approaches (the browser caches it: its name changes with its
 * content), and gsap the first time motion is allowed and a scene moves.
 */
import type { gsap as Gsap } from 'gsap';

let engine: Promise<typeof Gsap> | undefined;
const drawings = new Map<string, Promise<string>>();

/** gsap, fetched the first time a scene moves, then shared. */
export function loadGsap(): Promise<typeof Gsap> {
	engine ??= import('gsap').then(
		({ gsap }) => gsap,
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
