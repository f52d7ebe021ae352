import { base } from '$app/paths';
import type { Handle } from '@sveltejs/kit';
import { headHtml } from '$lib/press/head';

/**
 * Sets `<html lang>` from the path, so every prerendered page declares its
 * language, and writes the page's head tags from the meta its server load
 * left in `event.locals.meta` (see `$lib/press/head.ts`).
 */
export const handle: Handle = ({ event, resolve }) => {
	const lang = event.url.pathname.startsWith(`${base}/en/`) ? 'en' : 'fr';
	return resolve(event, {
		transformPageChunk: ({ html }) => {
			const meta = event.locals.meta;
			const page = html.replace('%lang%', lang);
			return meta ? page.replace('</head>', `\t${headHtml(meta)}\n\t</head>`) : page;
		}
	});
};
