/**
 * The site's web fonts, Source Serif 4 and Public Sans, are used from the
 * moment the browser has them in its cache, and never swapped in while a page
 * is being read.
 *
 * - A page first paints in the fallback fonts (metric-matched to the web
 *   fonts, see `app.css`): no font is requested before the text is on screen,
 *   so the text never waits for one.
 * - Once a page has loaded and the browser is idle, the fonts are fetched into
 *   the cache (`warmFonts`, from the islands' boot) and a flag is left in
 *   localStorage.
 * - Every later page sees the flag before its first paint (`FONTS_SCRIPT`, in
 *   the head) and sets `<html class="fonts">`: the fonts come from the cache at
 *   once. Nothing swaps while a page is read, so nothing moves either.
 */

import { FONTS_KEY } from './script.js';

export { FONTS_KEY, FONTS_SCRIPT } from './script.js';

/**
 * Fetches the fonts into the cache, then leaves the flag: `urls`, or those the
 * page names (`<script data-fonts>`).
 */
export async function warmFonts(
	urls: readonly string[] | undefined = document
		.querySelector<HTMLElement>('script[data-fonts]')
		?.dataset.fonts?.split(' ')
): Promise<void> {
	if (!urls?.length) return;
	try {
		if (localStorage.getItem(FONTS_KEY)) return;
		const responses = await Promise.all(urls.map((url) => fetch(url)));
		if (responses.every((response) => response.ok)) localStorage.setItem(FONTS_KEY, '1');
	} catch {
		// No storage (private modes, some in-app browsers) or no network: the fallbacks stay.
	}
}

/**
 * Puts the web fonts on once they are in the cache (the flag is left): for a
 * page that stays open for days, at a moment nobody reads it (the kiosk, under
 * its veil). Does nothing before.
 */
export function useCachedFonts(): void {
	try {
		if (localStorage.getItem(FONTS_KEY)) document.documentElement.classList.add('fonts');
	} catch {
		// No storage: the fallbacks stay.
	}
}
