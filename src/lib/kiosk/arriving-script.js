// The kiosk page's head script (see ./language.ts), in plain JavaScript so
// that svelte.config.js can allow it in the Content Security Policy by its hash.

/** The sessionStorage key of the word one kiosk page leaves for the next. */
export const ARRIVAL_KEY = 'apres-mines:kiosk-arrival';

/** The attribute that keeps a kiosk page arriving from the other language under its veil. */
export const ARRIVING_ATTRIBUTE = 'data-kiosk-arriving';

/**
 * Runs before the kiosk page is first drawn: when it is arriving from the
 * other kiosk page, it starts under the paper veil (which the runtime lifts
 * once the page shows the right chapter), so the opening never flashes by on
 * the way to a chapter.
 */
export const ARRIVING_SCRIPT = `try{sessionStorage.getItem(${JSON.stringify(ARRIVAL_KEY)})&&document.documentElement.setAttribute(${JSON.stringify(ARRIVING_ATTRIBUTE)},'')}catch(e){}`;
