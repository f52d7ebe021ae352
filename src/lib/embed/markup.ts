/** The embed page's content box: its height is what the frame must be (`EmbedFrame.svelte`). */
export const EMBED_SELECTOR = '.embed';
