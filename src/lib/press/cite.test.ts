import { describe, expect, it } from 'vitest';
import { chapterCitation, permalinkOf, publishedOn, storyCitation } from './cite';
import type { MetaContext } from './context';
import { makeChapter } from './test-chapters';

const ctx: MetaContext = {
	absolute: (path) => `https://press.test/histoire${path}`,
	publisher: 'Mission Bassin Minier Nord-Pas de Calais',
	published: '2026-11-01'
};

describe('citations', () => {
	it('cites a chapter by title, site, publisher, edition date and permanent URL', () => {
		expect(chapterCitation(makeChapter({ title: 'Le 9-9bis' }), ctx)).toBe(
			'«\u00a0Le 9-9bis\u00a0», L’après-mines, Mission Bassin Minier Nord-Pas de Calais, 1ᵉʳ novembre 2026. https://press.test/histoire/chapitres/wingles/'
		);
	});

	it('cites an English chapter with English quotation marks and date', () => {
		const chapter = makeChapter({ lang: 'en', title: 'The 9-9bis', slug: 'the-9-9bis' });
		expect(chapterCitation(chapter, ctx)).toBe(
			'“The 9-9bis”, After the Mines, Mission Bassin Minier Nord-Pas de Calais, 1 November 2026. https://press.test/histoire/en/chapitres/the-9-9bis/'
		);
	});

	it('cites the whole story by its home page', () => {
		expect(storyCitation('fr', ctx)).toBe(
			'L’après-mines, Mission Bassin Minier Nord-Pas de Calais, 1ᵉʳ novembre 2026. https://press.test/histoire/'
		);
	});

	it('gives the permanent URL of a chapter and the edition date in words', () => {
		expect(permalinkOf(makeChapter(), ctx)).toBe('https://press.test/histoire/chapitres/wingles/');
		expect(publishedOn('fr', { ...ctx, published: '2026-11-26' })).toBe('26 novembre 2026');
	});
});
