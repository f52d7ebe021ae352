import { chaptersOf } from '$lib/content/library';
import { homeMeta } from '$lib/press/meta';
import { homeAlternates } from '$lib/server/chapters';
import type { PageServerLoad } from './$types';

/** What the home page says about itself (built here, so the browser gets the result, not the builder). */
export const load: PageServerLoad = async ({ parent, locals }) => {
	const { lang } = await parent();
	const alternates = homeAlternates();
	locals.meta = homeMeta(lang, chaptersOf(lang), alternates);
	return { alternates };
};
