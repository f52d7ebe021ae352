import { chaptersOf } from '$lib/content/library';
import type { PageServerLoad } from './$types';

/** The way back: every chapter's title and address. */
export const load: PageServerLoad = () => ({
	chapters: chaptersOf('fr').map(({ slug, title }) => ({ slug, title }))
});
