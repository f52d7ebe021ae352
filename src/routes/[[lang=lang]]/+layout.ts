import { error } from '@sveltejs/kit';
import { storyLangs } from '$lib/content';
import type { Lang } from '$lib/content/validate';
import type { LayoutLoad } from './$types';

export const load: LayoutLoad = ({ params, data }) => {
	const lang = (params.lang ?? 'fr') as Lang;
	if (!storyLangs.includes(lang)) error(404, 'Not found');
	return { ...data, lang };
};
