import { readFileSync } from 'node:fs';
import QRCode from 'qrcode';
import { absoluteUrl } from '$lib/config';
import { chapterViews } from '$lib/server/chapters';
import { paths } from '$lib/i18n';
import { wordCount } from '$lib/kiosk/pace';
import { packModules, type PackedQr } from '$lib/kiosk/qr';
import { timelineLayout } from '$lib/timeline/scale';
import type { PageServerLoad } from './$types';

/**
 * Runs at build time only (the page is prerendered): the QR codes of the
 * chapters' public permalinks, and how many words each chapter has for the
 * attract loop's pace, and the timeline's layout. Neither `qrcode`, d3 nor the
 * stories' text ships this way.
 */
export const load: PageServerLoad = () => {
	const chapters = chapterViews('fr');
	const qr: Record<string, PackedQr & { url: string }> = {};
	const words: Record<string, number> = {};
	for (const chapter of chapters) {
		const url = absoluteUrl(paths.chapter('fr', chapter.slug));
		// Level M survives a smudge or a reflection on the glass (15 % of the
		// symbol) and keeps the symbol small enough for large modules.
		const symbol = QRCode.create(url, { errorCorrectionLevel: 'M' });
		qr[chapter.slug] = { url, ...packModules(symbol.modules.size, symbol.modules.data) };
		words[chapter.slug] = wordCount(readFileSync(chapter.file, 'utf8'));
	}
	return { chapters, qr, words, timeline: timelineLayout(chapters, 'fr') };
};
