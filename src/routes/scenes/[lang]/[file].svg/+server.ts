import { error } from '@sveltejs/kit';
import { isLang, LANGS } from '$lib/i18n/lang';
import { sceneFileName, sceneSvg } from '$lib/server/scenes';
import { SCENE_NAMES } from '$lib/scenes/catalog';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** Every scene in every language, under its content-hashed name. */
export const entries: EntryGenerator = () =>
	LANGS.flatMap((lang) => SCENE_NAMES.map((name) => ({ lang, file: sceneFileName(name, lang) })));

export const GET: RequestHandler = ({ params }) => {
	const name = SCENE_NAMES.find((n) => params.file.startsWith(`${n}.`));
	if (!name || !isLang(params.lang) || sceneFileName(name, params.lang) !== params.file) {
		error(404, 'Not found');
	}
	return new Response(sceneSvg(name, params.lang), {
		headers: { 'content-type': 'image/svg+xml' }
	});
};
