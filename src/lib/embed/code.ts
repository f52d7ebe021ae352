/**
 * The HTML a newspaper pastes to show a chapter or the timeline in its
 * article (the « Intégrer » / "Embed" panel, the oEmbed answers). Pure and
 * dependency-free (the kiosk, a browser app, renders chapters too): every
 * address and word is passed in, so the unit tests check exactly what the
 * panel shows.
 */

/** Text for an attribute between double quotes. */
const escapeAttribute = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The frame's size before `/embed.js` runs, or where it never runs (a CMS
 * that strips scripts): a phone screen's worth, the frame scrolling inside.
 * Its width is what oEmbed consumers are told; the frame itself fills the column.
 */
export const EMBED_SIZE = {
	chapter: { width: 700, height: 640 },
	timeline: { width: 700, height: 260 }
} as const;

export interface EmbedTarget {
	/** The embed page, absolute. */
	src: string;
	/** `/embed.js`, absolute. */
	script: string;
	/** The frame's accessible name. */
	title: string;
	/** Its height before the script sets it. */
	height: number;
}

/** The frame and the script, two lines, ready to paste. */
export function embedCode({ src, script, title, height }: EmbedTarget): string {
	return [
		`<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" height="${height}" style="display:block;width:100%;border:0" loading="lazy"></iframe>`,
		`<script src="${escapeAttribute(script)}" async></script>`
	].join('\n');
}
