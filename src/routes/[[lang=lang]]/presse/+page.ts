import { chaptersOf } from '$lib/content';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ parent }) => {
	const { lang } = await parent();
	return { chapters: chaptersOf(lang) };
};
