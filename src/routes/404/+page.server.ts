import { chaptersOf } from '$lib/content/library';
import { pageStrings } from '$lib/i18n/page-strings';
import type { PageServerLoad } from './$types';

/** The way back: every chapter's title and address. */
export const load: PageServerLoad = () => ({
	t: pageStrings('fr'),
	chapters: chaptersOf('fr').map(({ slug, title }) => ({ slug, title }))
});
