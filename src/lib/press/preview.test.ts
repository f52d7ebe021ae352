import { describe, expect, it } from 'vitest';
import { chapterCard, pageCard, progressOf, storySpan, withoutLeadingDate } from './preview';
import { STORY } from './test-chapters';

describe('storySpan and progressOf', () => {
	it('spans the story from its first date to its last end or date', () => {
		expect(storySpan(STORY)).toEqual({ from: 1996, to: 2013 });
	});

	it('runs from 0 at the first year to 1 at the last, and stays within those bounds', () => {
		const span = { from: 1996, to: 2013 };
		expect(progressOf('1996', span)).toBe(0);
		expect(progressOf('2013-01-01', span)).toBe(1);
		expect(progressOf('2004-06', span)).toBeCloseTo(8 / 17);
		expect(progressOf('1980', span)).toBe(0);
		expect(progressOf('2020', span)).toBe(1);
	});
});

describe('withoutLeadingDate', () => {
	it('drops a date the title opens with, with its colon, and capitalises what follows', () => {
		expect(withoutLeadingDate('30 juin 2012\u00a0: le bassin minier', '30 juin 2012')).toBe(
			'Le bassin minier'
		);
		expect(withoutLeadingDate('Février 1998 : le livre blanc', 'février 1998')).toBe(
			'Le livre blanc'
		);
	});

	it('keeps a title that does not open with the date, or is only the date', () => {
		expect(withoutLeadingDate('Wingles, 2001 : la métropole', '25 juin 2001')).toBe(
			'Wingles, 2001 : la métropole'
		);
		expect(withoutLeadingDate('2003 et après', '2003')).toBe('2003 et après');
		expect(withoutLeadingDate('2003 :', '2003')).toBe('2003 :');
	});
});

describe('chapterCard', () => {
	it('says the chapter’s number, date and title, and names the whole title in its alt text', () => {
		const card = chapterCard(STORY[2], STORY);
		expect(card).toMatchObject({
			kicker: 'Chapitre 3 sur 4',
			date: '30 juin 2012',
			title: 'Le bassin minier entre au patrimoine mondial',
			siteName: 'L’après-mines',
			variant: 3
		});
		expect(card.alt).toContain(
			'«\u00a030 juin 2012 : le bassin minier entre au patrimoine mondial\u00a0»'
		);
	});

	it('gives the UNESCO accent to the inscription chapter and to no other', () => {
		expect(STORY.map((c) => chapterCard(c, STORY).accent)).toEqual([
			'brick',
			'brick',
			'unesco',
			'brick'
		]);
	});

	it('greens the terril as the story advances', () => {
		const progress = STORY.map((c) => chapterCard(c, STORY).progress);
		expect(progress[0]).toBe(0);
		expect(progress.at(-1)).toBe(1);
		expect([...progress].sort((a, b) => a - b)).toEqual(progress);
	});
});

describe('pageCard', () => {
	it('titles the home card with the site’s name and the press card with the press page’s', () => {
		expect(pageCard('fr', 'home', STORY)).toMatchObject({
			title: 'L’après-mines',
			date: '1996–2013',
			kicker: 'Un récit en 4 chapitres'
		});
		expect(pageCard('en', 'press', STORY).title).toBe('Press');
	});
});
