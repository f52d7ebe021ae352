/**
 * Whether scenes move: the reader's system setting (`prefers-reduced-motion`)
 * unless they chose otherwise with the in-page toggle during this visit.
 * Pure, so the rule is unit-tested; `motion.svelte.ts` wires it to the browser.
 */

/** sessionStorage key: the choice lasts for the visit (the tab), not forever. */
export const MOTION_KEY = 'apres-mines:animations';

/** The reader's in-page choice; `null` while they have not touched the toggle. */
export type MotionChoice = 'on' | 'off' | null;

/** Reads a stored value, ignoring anything that is not a choice we wrote. */
export function parseChoice(stored: string | null | undefined): MotionChoice {
	return stored === 'on' || stored === 'off' ? stored : null;
}

/**
 * An explicit choice made on the page wins over the system setting: a reader
 * who asks for animations gets them, one who turns them off never sees any.
 */
export function motionAllowed(prefersReduced: boolean, choice: MotionChoice): boolean {
	if (choice !== null) return choice === 'on';
	return !prefersReduced;
}

/** The choice that pressing the toggle records, given what the page shows now. */
export function toggled(allowed: boolean): Exclude<MotionChoice, null> {
	return allowed ? 'off' : 'on';
}
