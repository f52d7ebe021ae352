/**
 * The link-preview pictures (Open Graph cards): where each page's picture is
 * served, and what it says. Pure: the pages read the paths and alt texts, the
 * build's renderer (`$lib/server/og`) reads the same card data to draw them,
 * so a new chapter gets its picture without anyone drawing it.
 */
import { formatChapterDate } from '$lib/content/dates';
import type { Lang } from '$lib/i18n/lang';
import type { ChapterMeta } from '$lib/content/types';
import { isUnesco } from '$lib/content/unesco';
import { strings } from '$lib/i18n';

/** The size Facebook, LinkedIn, X, Mastodon and Slack all show large. */
export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;

/**
 * The smaller rendition of a chapter's card the press page shows in its list
 * (the same drawing, half the width: under half the bytes); the full-size
 * picture stays linked there for download.
 */
export const THUMBNAIL_SIZE = { width: 600, height: 315 } as const;

/** The years the story spans, from its chapters' dates (« 1996 – 2013 »). */
export function storySpan(chapters: readonly ChapterMeta[]): { from: number; to: number } {
	const years = chapters
		.flatMap((c) => [c.date, c.end ?? c.date])
		.map((d) => Number(d.slice(0, 4)));
	return { from: Math.min(...years), to: Math.max(...years) };
}

/**
 * Where a date falls in the story, from 0 (its first year) to 1 (its last):
 * the card's terril greens over as the story advances.
 */
export function progressOf(date: string, span: { from: number; to: number }): number {
	if (span.to <= span.from) return 1;
	const year = Number(date.slice(0, 4));
	return Math.min(1, Math.max(0, (year - span.from) / (span.to - span.from)));
}

/** Everything a card shows; the drawing varies with `variant` and `progress`. */
export interface PreviewCard {
	lang: Lang;
	/** Small line above the date: « Chapitre 13 sur 16 ». */
	kicker: string;
	/** The date, large, in the accent colour. */
	date: string;
	title: string;
	siteName: string;
	tagline: string;
	/** UNESCO blue for the inscription chapter only, brick for every other card. */
	accent: 'brick' | 'unesco';
	/** 1, 2, 3…: moves the headframe, terrils and houses so neighbouring chapters differ. */
	variant: number;
	/** 0 to 1 through the story: how green the terril has grown. */
	progress: number;
	/** Read by screen readers and shown when the picture does not load. */
	alt: string;
}

/**
 * Many titles open with their date (« 30 juin 2012 : le bassin… »). The card
 * already shows the date large just above, so it is not said twice.
 */
export function withoutLeadingDate(title: string, date: string): string {
	if (!title.toLocaleLowerCase().startsWith(date.toLocaleLowerCase())) return title;
	// `\s` covers the no-break spaces French puts before a colon.
	const colon = /^\s*:\s*/.exec(title.slice(date.length));
	const rest = colon ? title.slice(date.length + colon[0].length) : '';
	return rest ? rest.charAt(0).toLocaleUpperCase() + rest.slice(1) : title;
}

export function chapterCard(chapter: ChapterMeta, chapters: readonly ChapterMeta[]): PreviewCard {
	const t = strings[chapter.lang];
	const date = formatChapterDate(chapter, chapter.lang);
	return {
		lang: chapter.lang,
		kicker: t.chapterOf(chapter.number, chapters.length),
		date,
		title: withoutLeadingDate(chapter.title, date),
		siteName: t.siteName,
		tagline: t.siteTagline,
		accent: isUnesco(chapter) ? 'unesco' : 'brick',
		variant: chapter.number,
		progress: progressOf(chapter.date, storySpan(chapters)),
		alt: t.card.alt(chapter.title, date)
	};
}

export function pageCard(
	lang: Lang,
	kind: 'home' | 'press',
	chapters: readonly ChapterMeta[]
): PreviewCard {
	const t = strings[lang];
	const span = storySpan(chapters);
	// Written as chapter periods are (« 2000–2002 »).
	const date = `${span.from}–${span.to}`;
	const title = kind === 'home' ? t.siteName : t.pressPage.title;
	return {
		lang,
		kicker: t.card.storyIn(chapters.length),
		date,
		title,
		siteName: t.siteName,
		tagline: t.siteTagline,
		accent: 'brick',
		// 0 draws the headframe in the middle, apart from every chapter's card.
		variant: 0,
		progress: 1,
		alt: t.card.alt(title, date)
	};
}
