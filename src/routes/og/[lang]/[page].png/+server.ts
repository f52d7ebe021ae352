// The link-preview pictures of the home page (accueil.png) and the press page (presse.png).
import { error } from '@sveltejs/kit';
import { chaptersOf, storyLangs } from '$lib/content/library';
import { isLang } from '$lib/i18n/lang';
import { PAGE_PICTURES } from '$lib/paths';
import { pageCard } from '$lib/press/preview';
import { pngResponse, renderCard } from '$lib/server/og/render';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

const kinds = Object.keys(PAGE_PICTURES) as (keyof typeof PAGE_PICTURES)[];

export const entries: EntryGenerator = () =>
	storyLangs().flatMap((lang) => kinds.map((kind) => ({ lang, page: PAGE_PICTURES[kind] })));

export const GET: RequestHandler = async ({ params }) => {
	const kind = kinds.find((k) => PAGE_PICTURES[k] === params.page);
	if (!kind || !isLang(params.lang) || !storyLangs().includes(params.lang)) error(404, 'Not found');
	return pngResponse(await renderCard(pageCard(params.lang, kind, chaptersOf(params.lang))));
};
