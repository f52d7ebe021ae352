/**
 * The museum kiosk, one page a language: `/kiosque/` (French) and
 * `/en/kiosque/` (English), the addresses of the public site's pages in each
 * language. It lives in a route group of its own, beside the public site's
 * `[[lang=lang]]` tree rather than inside it: the kiosk has none of that
 * tree's layout (header, footer, the timeline as a page links to it) and
 * wants none of its load, only the same optional language prefix. One page
 * file and one load for both languages, prerendered once for each, so the
 * two kiosks cannot drift apart; switching between them is a page load (see
 * `$lib/kiosk/language.ts`).
 */
import { error } from '@sveltejs/kit';
import QRCode from 'qrcode';
import { absoluteUrl, paths } from '$lib/paths';
import { chaptersOf, stepsOf, storyLangs } from '$lib/content/library';
import { kioskStrings } from '$lib/i18n/kiosk';
import { DEFAULT_LANG, isLang } from '$lib/i18n/lang';
import { pageStrings } from '$lib/i18n/page-strings';
import { pageMeta } from '$lib/press/meta';
import type { KioskChapter } from '$lib/kiosk/kiosk.svelte';
import { wordCount } from '$lib/kiosk/pace';
import { packModules, type PackedQr } from '$lib/kiosk/qr';
import { SCENES } from '$lib/scenes/catalog';
import { chapterViews } from '$lib/server/chapters';
import { timelineLayout } from '$lib/timeline/scale';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	storyLangs().map((lang) => ({ lang: lang === DEFAULT_LANG ? undefined : lang }));

/**
 * Runs at build time only (the page is prerendered): the page's language's
 * chapters and interface strings, the QR codes of the chapters' public
 * permalinks in that language, what the attract loop needs to pace each step
 * (its words, its scene's hold time), and the timeline's layout. Neither
 * `qrcode`, d3 nor the stories' text ships this way.
 */
export const load: PageServerLoad = ({ params, locals }) => {
	const lang = params.lang ?? DEFAULT_LANG;
	if (!isLang(lang) || !storyLangs().includes(lang)) error(404, 'Not found');
	const chapters = chapterViews(lang);
	const metas = chaptersOf(lang);
	const qr: Record<string, PackedQr & { url: string }> = {};
	const tour: KioskChapter[] = [];
	for (const [i, chapter] of chapters.entries()) {
		const url = absoluteUrl(paths.chapter(lang, chapter.slug));
		// Level M survives a smudge or a reflection on the glass (15 % of the
		// symbol) and keeps the symbol small enough for large modules.
		const symbol = QRCode.create(url, { errorCorrectionLevel: 'M' });
		qr[chapter.slug] = { url, ...packModules(symbol.modules.size, symbol.modules.data) };
		tour.push({
			slug: chapter.slug,
			steps: stepsOf(metas[i].file).map((step) => wordCount(step.html)),
			holdSeconds: SCENES[chapter.scene].holdSeconds
		});
	}
	const k = kioskStrings[lang];
	const alternates = storyLangs().map((other) => ({ lang: other, path: paths.kiosk(other) }));
	locals.meta = pageMeta(
		{ lang, title: k.title, description: k.description, path: paths.kiosk(lang) },
		metas,
		alternates
	);
	return {
		lang,
		t: pageStrings(lang),
		chapters,
		qr,
		tour,
		timeline: timelineLayout(metas, lang)
	};
};
