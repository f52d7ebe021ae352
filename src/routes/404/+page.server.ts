import { notFoundData } from '$lib/server/not-found';
import type { PageServerLoad } from './$types';

/** The French 404 (`404.html`): the way back, every chapter's title and address. */
export const load: PageServerLoad = () => notFoundData('fr');
