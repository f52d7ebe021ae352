/**
 * Whole numbers as each language writes them: « 1 212 037 » (narrow no-break
 * spaces) in French, « 1,212,037 » in English. Written out rather than left to
 * `Intl`, so the server's and the browser's output are the same to the byte.
 */
import type { Lang } from '../i18n/lang.ts';

const SEPARATOR: Record<Lang, string> = { fr: '\u202f', en: ',' };

export function formatInteger(value: number, lang: Lang): string {
	const digits = String(Math.round(Math.abs(value)));
	const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, SEPARATOR[lang]);
	return value < 0 ? `−${grouped}` : grouped;
}
