/**
 * The page's motion setting, shared by every scene and the toggle. Nothing is
 * read at import time (the server imports this too): the stored choice is
 * restored, and the system setting watched, from the first component effect
 * that calls `restore()`; the `MediaQuery` only listens while something reads it.
 */
import { MediaQuery } from 'svelte/reactivity';
import {
	MOTION_KEY,
	motionAllowed,
	parseChoice,
	toggled,
	type MotionChoice
} from './motion-preference';

class Motion {
	/** Created on restore(): constructing it reads `window.matchMedia`. */
	#reduced = $state<MediaQuery | undefined>();
	#choice = $state<MotionChoice>(null);
	#restored = false;

	/** Whether scenes may load gsap, pin and scrub. */
	get allowed(): boolean {
		return motionAllowed(this.#reduced?.current ?? false, this.#choice);
	}

	/** Picks up the choice made earlier in this visit (another page, a reload). */
	restore(): void {
		if (this.#restored) return;
		this.#restored = true;
		this.#reduced = new MediaQuery('(prefers-reduced-motion: reduce)');
		try {
			this.#choice = parseChoice(sessionStorage.getItem(MOTION_KEY));
		} catch {
			// Storage can be refused (some in-app browsers, privacy modes): the
			// system setting then decides, and the toggle still works for this page.
		}
	}

	/** Forgets the in-page choice (the kiosk's reset): the system setting decides again. */
	forget(): void {
		this.#choice = null;
	}

	toggle(): void {
		const choice = toggled(this.allowed);
		this.#choice = choice;
		try {
			sessionStorage.setItem(MOTION_KEY, choice);
		} catch {
			// See restore(): the choice then lasts until the next page load.
		}
	}
}

export const motion = new Motion();
