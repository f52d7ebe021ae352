/**
 * A scene's file carries its own `<style>` elements: shown as an `<img>`
 * (without JavaScript), it must. In the page they would be inline style
 * elements, which the page's Content Security Policy refuses (`style-src` has
 * no `'unsafe-inline'`; see docs/hosting.md), and
 * so would the document DOMParser makes of the file, which takes the page's
 * policy. So the engine takes them out of the file's text before parsing it
 * and gives their rules to the document as constructed stylesheets: styles
 * applied by the page's own script from a file of the site's own, as gsap's
 * inline styles are, which the policy leaves to scripts. One sheet per
 * distinct text, shared by the drawings that use it, dropped when the last of
 * them leaves the page.
 */

const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/g;
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** A drawing's markup without its `<style>` elements, and their rules (as an XML parser reads them). */
export function splitStyles(markup: string): { markup: string; styles: string[] } {
	const styles: string[] = [];
	const rest = markup.replace(STYLE, (_, css: string) => {
		styles.push(css.replace(/&(lt|gt|amp|quot|apos);/g, (__, name: string) => ENTITIES[name]));
		return '';
	});
	return { markup: rest, styles };
}

const sheets = new Map<string, { sheet: CSSStyleSheet; users: number }>();

/**
 * Gives rules to the document as stylesheets; returns the function that takes
 * them away again. Where the browser cannot construct stylesheets (before
 * 2023), it does nothing: the drawing is shown with the page's styles only.
 */
export function adoptStyles(styles: readonly string[]): () => void {
	if (typeof document === 'undefined' || !('adoptedStyleSheets' in document)) return () => {};
	for (const text of styles) {
		let entry = sheets.get(text);
		if (!entry) {
			const sheet = new CSSStyleSheet();
			sheet.replaceSync(text);
			entry = { sheet, users: 0 };
			sheets.set(text, entry);
			document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
		}
		entry.users += 1;
	}
	let released = false;
	return () => {
		if (released) return;
		released = true;
		for (const text of styles) {
			const entry = sheets.get(text);
			if (!entry || --entry.users > 0) continue;
			sheets.delete(text);
			document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== entry.sheet);
		}
	};
}
