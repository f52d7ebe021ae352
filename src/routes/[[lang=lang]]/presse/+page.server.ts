import { pressMeta } from '$lib/press/meta';
import { pressAlternates } from '$lib/server/chapters';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent }) => {
	const { lang, chapters } = await parent();
	const alternates = pressAlternates();
	return { alternates, meta: pressMeta(lang, chapters, alternates) };
};
