/**
 * How a chapter's date reads in each language, the one formatter for the
 * chapters, the timeline's marks and the preview cards, and the `datetime`
 * value a `<time>` element carries. Dates are calendar days with no time of
 * day, so they are read and formatted in UTC: no reader's time zone may move
 * them. The month names are d3-time-format's own locales; it runs at build
 * time only (from server loads), so d3 never reaches the browser.
 */
import { timeFormatLocale, type TimeLocaleDefinition } from 'd3-time-format';
import enGB from 'd3-time-format/locale/en-GB';
import frFR from 'd3-time-format/locale/fr-FR';
import type { Lang } from '../i18n/lang';
import type { ChapterMeta } from './types';

type Dated = Pick<ChapterMeta, 'date' | 'precision' | 'end'>;

// The JSON files are d3's own definitions; JSON types arrays loosely (`periods` as string[]).
const LOCALES = { fr: frFR, en: enGB } as Record<Lang, TimeLocaleDefinition>;

const WORDS: Record<Lang, { before: string; after: string }> = {
	fr: { before: 'avant', after: 'après' },
	en: { before: 'before', after: 'after' }
};

/** The first instant of a `YYYY[-MM[-DD]]` date, in UTC. */
export function startOf(date: string): Date {
	const [y, m = 1, d = 1] = date.split('-').map(Number);
	return new Date(Date.UTC(y, m - 1, d));
}

export interface DateFormats {
	year: (date: Date) => string;
	month: (date: Date) => string;
	day: (date: Date) => string;
}

const formats = new Map<Lang, DateFormats>();

/** The UTC formatters of a language: « 2002 », « février 1998 », « 17 janvier 2002 ». */
export function dateFormats(lang: Lang): DateFormats {
	let found = formats.get(lang);
	if (!found) {
		const locale = timeFormatLocale(LOCALES[lang]);
		const day = locale.utcFormat('%-d %B %Y');
		found = {
			year: locale.utcFormat('%Y'),
			month: locale.utcFormat('%B %Y'),
			// French writes the first of the month as an ordinal: « 1ᵉʳ janvier 2013 », with superscript letters.
			day: lang === 'fr' ? (date) => day(date).replace(/^1 /, '1ᵉʳ ') : day
		};
		formats.set(lang, found);
	}
	return found;
}

function formatOne(date: string, lang: Lang): string {
	const { year, month, day } = dateFormats(lang);
	const parts = date.split('-').length;
	return (parts === 3 ? day : parts === 2 ? month : year)(startOf(date));
}

/** « 30 juin 2012 », « février 1998 », « avant 1996 », « 2000–2002 »… */
export function formatChapterDate(chapter: Dated, lang: Lang): string {
	const start = formatOne(chapter.date, lang);
	if (chapter.precision === 'before') return `${WORDS[lang].before} ${start}`;
	if (chapter.precision === 'after') return `${WORDS[lang].after} ${start}`;
	if (chapter.end) return `${start}–${formatOne(chapter.end, lang)}`;
	return start;
}

/** A valid `datetime` attribute: the date itself, or a period's start. */
export function datetimeOf(chapter: Dated): string {
	return chapter.date;
}
