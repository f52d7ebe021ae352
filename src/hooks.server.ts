import { base } from '$app/paths';
import type { Handle } from '@sveltejs/kit';

/** Sets `<html lang>` from the path, so every prerendered page declares its language. */
export const handle: Handle = ({ event, resolve }) => {
	const lang = event.url.pathname.startsWith(`${base}/en/`) ? 'en' : 'fr';
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang) });
};
