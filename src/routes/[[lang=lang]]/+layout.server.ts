import { chaptersOf } from '$lib/content';
import type { Lang } from '$lib/content/validate';
import { timelineLayout } from '$lib/timeline/scale';
import type { LayoutServerLoad } from './$types';

/**
 * The timeline is laid out here, at build time, so that pages ship its
 * numbers and not d3 (see `$lib/timeline/scale.ts`).
 */
export const load: LayoutServerLoad = ({ params }) => {
	const lang = (params.lang ?? 'fr') as Lang;
	return { timeline: timelineLayout(chaptersOf(lang), lang) };
};
