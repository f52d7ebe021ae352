import { describe, expect, it } from 'vitest';
import { countIn, drawScene, textsIn } from '../shared/inspect';
import { yearX } from './geometry';

describe('the terrils scene (chapter 1, the basin after the pits)', () => {
	const fr = drawScene('terrils', 'fr');
	const en = drawScene('terrils', 'en');

	it('opens on the landscape the pits left, each part named', () => {
		expect(textsIn(fr, 'landscape')).toEqual([
			'terrils',
			'chevalement',
			'cité minière',
			'cavalier',
			'Les puits ont fermé, les paysages restent'
		]);
		expect(textsIn(en, 'landscape')).toEqual([
			'spoil tips',
			'headframe',
			'miners’ housing estate',
			'former mining railway line',
			'The pits closed; the landscapes remained'
		]);
		expect(countIn(fr, 'landscape', '.terrils__heap')).toBe(1);
		expect(countIn(fr, 'landscape', '.terrils__far')).toBe(1);
		expect(countIn(fr, 'landscape', '.terrils__tower circle')).toBe(1);
		expect(countIn(fr, 'landscape', '.terrils__stations circle')).toBe(0);
	});

	it('asks what to do with it: demolish, keep, transform', () => {
		expect(textsIn(fr, 'question')).toEqual(
			expect.arrayContaining(['Que faire de cet héritage ?', 'démolir', 'garder', 'transformer'])
		);
		expect(textsIn(en, 'question')).toContain('Erase the traces, or build on them?');
		expect(countIn(fr, 'question', '.terrils__chips rect')).toBe(3);
		expect(countIn(fr, 'question', '.terrils__asks circle')).toBe(3);
		expect(textsIn(fr, 'question')).not.toContain('terrils');
	});

	it('lays the story from 1996 to 2000 along the cavalier', () => {
		const texts = textsIn(fr, 'story');
		expect(texts).toEqual(
			expect.arrayContaining([
				'consultation publique',
				'plus de 1 000 personnes',
				'un livre blanc,',
				'l’engagement de l’État',
				'Mission Bassin Minier',
				'1996',
				'2000'
			])
		);
		expect(texts).not.toContain('2012');
		expect(textsIn(en, 'story')).toContain('more than 1,000 people');
		expect(countIn(fr, 'story', '.terrils__stations circle')).toBe(3);
		expect(countIn(fr, 'story', '.terrils__veil')).toBe(1);
	});

	it('reaches the World Heritage inscription and the Mission managing the property', () => {
		expect(textsIn(fr, 'world-heritage')).toEqual(
			expect.arrayContaining(['30 juin 2012', '1ᵉʳ janvier 2013', 'la Mission gère le bien'])
		);
		expect(textsIn(en, 'world-heritage')).toEqual(
			expect.arrayContaining([
				'30 June 2012',
				'1 January 2013',
				'inscribed on the World Heritage List',
				'the Mission manages the property'
			])
		);
		expect(countIn(fr, 'world-heritage', '.terrils__stations circle')).toBe(5);
	});

	it('ends on the basin’s size and its neighbours', () => {
		const texts = textsIn(fr, 'extent');
		expect(texts).toEqual(
			expect.arrayContaining(['120 km', '1,2 million d’habitants', 'vers la métropole lilloise'])
		);
		expect(texts.join(' ')).toContain('Courtrai');
		expect(textsIn(en, 'extent')).toEqual(expect.arrayContaining(['120 km', '1.2 million people']));
		expect(textsIn(en, 'extent').join(' ')).toContain('Kortrijk');
		expect(countIn(fr, 'extent', '.terrils__veil')).toBe(0);
		expect(textsIn(fr, 'extent')).not.toContain('consultation publique');
	});

	it('spaces the years in proportion along the track', () => {
		expect(yearX(2013) - yearX(2012)).toBe((yearX(2000) - yearX(1996)) / 4);
		expect(yearX(2013)).toBeLessThan(400);
		expect(yearX(1996)).toBeGreaterThan(0);
	});
});
