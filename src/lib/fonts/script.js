// The head script of $lib/fonts/fonts.ts, in plain JavaScript so that
// svelte.config.js can allow it in the Content Security Policy by its hash.

/** The localStorage key that says the fonts are in the browser's cache. */
export const FONTS_KEY = 'apres-mines:fonts';

/** Runs in the head before the first paint: the web fonts are used only once cached. */
export const FONTS_SCRIPT = `try{localStorage.getItem('${FONTS_KEY}')&&document.documentElement.classList.add('fonts')}catch(e){}`;
