import { chaptersOf } from '$lib/content';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ data }) => ({ ...data, chapters: chaptersOf('fr') });
