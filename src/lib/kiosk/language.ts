/**
 * The kiosk in two languages. Each language's kiosk is a page of its own
 * (`/kiosque/`, `/en/kiosque/`), prerendered with that language's story and
 * words, so changing language is a page load, like every page load on this
 * site. What must survive it travels with it:
 *
 * - the settings, in the address (the query is carried as it was typed, so
 *   the museum's language, `lang`, survives every switch, and a refused value
 *   is still reported on the other page);
 * - where the visitor was and that someone is there, in an `Arrival` kept in
 *   `sessionStorage` for the next page only (taken, and so removed, as it
 *   starts); the loops counted so far, for the diagnostic panel;
 * - the visitor's own choices in `sessionStorage` (the animation toggle),
 *   which the idle reset clears as it always did.
 *
 * Pure, apart from the `Storage` it is given: unit-tested without a browser.
 */
import { LANGS, type Lang } from '$lib/i18n/lang';
import { ARRIVAL_KEY, ARRIVING_ATTRIBUTE, ARRIVING_SCRIPT } from './arriving-script.js';

export { ARRIVAL_KEY, ARRIVING_ATTRIBUTE };

/** What the next kiosk page starts from. */
export interface Arrival {
	/** Someone is there: the page starts in `visitor` state; otherwise the loop plays from the top. */
	visitor: boolean;
	/** The chapter to show at the top (its number), 0 for the opening. */
	chapter: number;
	/** Loops completed before this page (the diagnostic panel's count goes on). */
	loops: number;
}

/** The other language's kiosk: English from French, French from English. */
export function otherLang(lang: Lang): Lang {
	return LANGS.find((other) => other !== lang) ?? lang;
}

/** Leaves word for the next kiosk page. Storage refused by policy: it starts afresh. */
export function leaveArrival(storage: Storage | undefined, arrival: Arrival): void {
	try {
		storage?.setItem(ARRIVAL_KEY, JSON.stringify(arrival));
	} catch {
		// Nothing to carry then: the next page starts its loop at the top.
	}
}

const isCount = (value: unknown): value is number =>
	typeof value === 'number' && Number.isInteger(value) && value >= 0;

/**
 * The word left by the previous kiosk page, removed as it is read so that a
 * later load (a restart, a new version) starts afresh. Null when there is
 * none, or when it is not one this code wrote.
 */
export function takeArrival(storage: Storage | undefined): Arrival | null {
	let text: string | null;
	try {
		text = storage?.getItem(ARRIVAL_KEY) ?? null;
		storage?.removeItem(ARRIVAL_KEY);
	} catch {
		return null;
	}
	if (text === null) return null;
	try {
		const { visitor, chapter, loops } = JSON.parse(text) as Partial<Arrival>;
		if (typeof visitor !== 'boolean' || !isCount(chapter) || !isCount(loops)) return null;
		return { visitor, chapter, loops };
	} catch {
		return null;
	}
}

/** The head script of ./arriving-script.js, as the element the kiosk page's head carries. */
export const arrivingScriptTag = `<script>${ARRIVING_SCRIPT}</script>`;
