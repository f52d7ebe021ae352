import { base } from '$app/paths';
import type { Handle } from '@sveltejs/kit';
import { headHtml } from '$lib/press/head';

/**
 * Sets `<html lang>` from the path, so every prerendered page declares its
 * language; marks the kiosk pages' `<html data-kiosk>`; and writes the page's
 * head tags from the meta its server load left in `event.locals.meta` (see
 * `$lib/press/head.ts`).
 *
 * The kiosk's page-wide styles (`KioskShell.svelte`: the wider timeline
 * column the body makes room for, no scrollbar) hang on that attribute, which
 * is there from the first byte. They used to hang on `html:has(.kiosk)`,
 * which Chromium leaves unmatched while the body is still being parsed: the
 * first frames drew the public site's narrower column, and the page then
 * shifted sideways (0.058 on a 1920×1080 screen).
 */
export const handle: Handle = ({ event, resolve }) => {
	const lang = event.url.pathname.startsWith(`${base}/en/`) ? 'en' : 'fr';
	const kiosk = event.route.id?.startsWith('/(kiosk)') ?? false;
	return resolve(event, {
		transformPageChunk: ({ html }) => {
			const meta = event.locals.meta;
			const page = html.replace('%lang%', lang).replace(' %kiosk%', kiosk ? ' data-kiosk' : '');
			return meta ? page.replace('</head>', `\t${headHtml(meta)}\n\t</head>`) : page;
		}
	});
};
