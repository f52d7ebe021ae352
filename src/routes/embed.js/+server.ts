// `/embed.js`: the script a page that frames one of our embeds adds beside the
// frame (see `$lib/embed/resizer.js`). A plain file written at build time, at
// the site's root (under the deploy sub-path, if any): its address never changes.
import resizer from '$lib/embed/resizer.js?raw';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = () =>
	new Response(resizer, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
