/**
 * What the press page (`/presse/`) receives from its server load, shared by
 * the load and the page's parts (`Press*.svelte`).
 */
import type { Strings } from '$lib/i18n';

/** The press page's words; its description is used by the meta tags only. */
export type PressWords = Omit<Strings['pressPage'], 'description'>;

/** One chapter as the press page lists it, beside the chapter's own view. */
export interface PressEntry {
	slug: string;
	summary: string;
	/** The picture shown in the list: the card's smaller rendition, 600 × 315 (site path). */
	thumbnail: string;
	/** The full-size link-preview picture, 1200 × 630, linked for download (site path). */
	picture: string;
	pictureAlt: string;
	/** The file name the download suggests. */
	download: string;
}
