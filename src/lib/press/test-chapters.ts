/** Chapters made by hand for the press unit tests, independent of the real stories. */
import type { ChapterMeta } from '$lib/content/types';

export function makeChapter(fields: Partial<ChapterMeta> = {}): ChapterMeta {
	return {
		lang: 'fr',
		number: 8,
		slug: 'wingles',
		file: 'stories/fr/08-wingles.md',
		title: 'Wingles, 2001 : la métropole lilloise et le bassin se parlent',
		short: 'Rencontre de Wingles',
		date: '2001-06-25',
		precision: 'day',
		summary:
			'Le 25 juin 2001 à Wingles, plus de 300 personnes assistent à la réunion fondatrice du dialogue entre la métropole et le bassin.',
		places: ['wingles', 'lille'],
		scene: 'map-link',
		steps: [],
		pictures: [],
		...fields
	};
}

/** A three-chapter story from 1996 to 2013. */
export const STORY: ChapterMeta[] = [
	makeChapter({ number: 1, slug: 'debut', date: '1996', precision: 'year', places: [] }),
	makeChapter(),
	makeChapter({
		number: 3,
		slug: 'unesco',
		title: '30 juin 2012 : le bassin minier entre au patrimoine mondial',
		date: '2012-06-30',
		scene: 'inscription',
		places: ['saint-petersbourg']
	}),
	makeChapter({ number: 4, slug: 'fin', date: '2013', precision: 'after', places: [] })
];
