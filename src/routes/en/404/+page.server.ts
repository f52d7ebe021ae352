import { notFoundData } from '$lib/server/not-found';
import type { PageServerLoad } from './$types';

/**
 * The English 404 (`en/404.html`), for unknown addresses under `/en/` on
 * hosts that answer them with the nearest 404 page (see README, Deploy).
 */
export const load: PageServerLoad = () => notFoundData('en');
