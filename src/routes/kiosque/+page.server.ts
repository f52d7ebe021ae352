import QRCode from 'qrcode';
import { absoluteUrl, paths } from '$lib/paths';
import { chaptersOf, stepsOf } from '$lib/content/library';
import { kioskStrings } from '$lib/i18n/kiosk';
import { pageStrings } from '$lib/i18n/page-strings';
import { pageMeta } from '$lib/press/meta';
import type { KioskChapter } from '$lib/kiosk/kiosk.svelte';
import { wordCount } from '$lib/kiosk/pace';
import { packModules, type PackedQr } from '$lib/kiosk/qr';
import { SCENES } from '$lib/scenes/catalog';
import { chapterViews } from '$lib/server/chapters';
import { timelineLayout } from '$lib/timeline/scale';
import type { PageServerLoad } from './$types';

/**
 * Runs at build time only (the page is prerendered): the QR codes of the
 * chapters' public permalinks, what the attract loop needs to pace each step
 * (its words, its scene's hold time), and the timeline's layout. Neither
 * `qrcode`, d3 nor the stories' text ships this way.
 */
export const load: PageServerLoad = ({ locals }) => {
	const chapters = chapterViews('fr');
	const metas = chaptersOf('fr');
	const qr: Record<string, PackedQr & { url: string }> = {};
	const tour: KioskChapter[] = [];
	for (const [i, chapter] of chapters.entries()) {
		const url = absoluteUrl(paths.chapter('fr', chapter.slug));
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
	const k = kioskStrings.fr;
	locals.meta = pageMeta(
		{ lang: 'fr', title: k.title, description: k.description, path: paths.kiosk() },
		metas
	);
	return {
		t: pageStrings('fr'),
		chapters,
		qr,
		tour,
		timeline: timelineLayout(metas, 'fr')
	};
};
