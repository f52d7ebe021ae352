/**
 * How a chapter's date reads in each language, and the `datetime` value a
 * `<time>` element carries. Dates are calendar days with no time of day, so
 * they are read and formatted in UTC: no reader's time zone may move them.
 */
import type { ChapterMeta, Lang } from './validate';

type Dated = Pick<ChapterMeta, 'date' | 'precision' | 'end'>;

const LOCALES: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };

/** The first instant of a `YYYY[-MM[-DD]]` date, in UTC. */
export function startOf(date: string): Date {
	const [y, m = 1, d = 1] = date.split('-').map(Number);
	return new Date(Date.UTC(y, m - 1, d));
}

function formatOne(date: string, lang: Lang): string {
	const parts = date.split('-').length;
	const options: Intl.DateTimeFormatOptions =
		parts === 3
			? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
			: parts === 2
				? { month: 'long', year: 'numeric', timeZone: 'UTC' }
				: { year: 'numeric', timeZone: 'UTC' };
	const text = new Intl.DateTimeFormat(LOCALES[lang], options).format(startOf(date));
	// French writes the first day of a month as an ordinal: « 1ᵉʳ janvier 2013 », with superscript letters.
	return lang === 'fr' ? text.replace(/^1 /, '1ᵉʳ ') : text;
}

/** « 30 juin 2012 », « février 1998 », « avant 1996 », « 2000-2002 »… */
export function formatChapterDate(chapter: Dated, lang: Lang): string {
	const start = formatOne(chapter.date, lang);
	if (chapter.precision === 'before') return lang === 'fr' ? `avant ${start}` : `before ${start}`;
	if (chapter.precision === 'after') return lang === 'fr' ? `après ${start}` : `after ${start}`;
	if (chapter.end) return `${start}–${formatOne(chapter.end, lang)}`;
	return start;
}

/** A valid `datetime` attribute: the date itself, or a period's start. */
export function datetimeOf(chapter: Dated): string {
	return chapter.date;
}
