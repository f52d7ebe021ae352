import { describe, expect, it } from 'vitest';
import { statesOf } from '../catalog';
import { chapterText } from '../shared/chapter-text';
import { countIn, drawScene, textsIn } from '../shared/inspect';
import { seats } from './geometry';

describe('the inscription scene (30 June 2012)', () => {
	const fr = drawScene('inscription', 'fr');
	const en = drawScene('inscription', 'en');
	const textFr = chapterText('fr', 13);
	const textEn = chapterText('en', 13);
	const all = seats().length;

	it('opens on the nomination file before the committee, at its 36th session in Saint Petersburg', () => {
		expect(textsIn(fr, 'nomination')).toEqual([
			'candidature',
			'Bassin minier',
			'Nord-Pas-de-Calais',
			'Saint-Pétersbourg',
			'36ᵉ session',
			'Comité du patrimoine mondial'
		]);
		expect(textsIn(en, 'nomination')).toEqual([
			'nomination',
			'Bassin minier',
			'Nord-Pas-de-Calais',
			'Saint Petersburg',
			'36th session',
			'World Heritage Committee'
		]);
		expect(countIn(fr, 'nomination', '.inscription__seats circle')).toBe(all);
		expect(countIn(fr, 'nomination', '.inscription__votes circle')).toBe(0);
		expect(countIn(fr, 'nomination', '.inscription__stamp')).toBe(0);
	});

	it('has the committee decide, and the date stamp itself on the file', () => {
		expect(textsIn(fr, 'inscribed')).toEqual(
			expect.arrayContaining([
				'INSCRIT',
				'30 juin 2012',
				'inscrit sur la Liste du patrimoine mondial'
			])
		);
		expect(textsIn(en, 'inscribed')).toEqual(
			expect.arrayContaining(['INSCRIBED', '30 June 2012', 'inscribed on the World Heritage List'])
		);
		expect(countIn(fr, 'inscribed', '.inscription__votes circle')).toBe(all);
		expect(countIn(fr, 'inscribed', '.inscription__stamp')).toBe(1);
	});

	it('spells out the category, term by term, as the chapter explains it', () => {
		const words = textsIn(fr, 'category');
		expect(words).toContain('« Paysage culturel évolutif vivant »');
		expect(words).toEqual(
			expect.arrayContaining([
				'Paysage culturel',
				'évolutif',
				'vivant',
				'nature + sociétés humaines'
			])
		);
		expect(words).not.toContain('Saint-Pétersbourg');
		expect(textsIn(en, 'category')).toEqual(
			expect.arrayContaining(['cultural landscape', 'evolving', 'living'])
		);
		expect(countIn(fr, 'category', '.inscription__seats circle')).toBe(0);
	});

	it('ends on a landscape where people live, the property to protect and manage', () => {
		expect(textsIn(fr, 'living')).toEqual(
			expect.arrayContaining([
				'un paysage où l’on vit',
				'protéger et gérer le bien',
				'30 juin 2012'
			])
		);
		expect(textsIn(en, 'living')).toContain('to protect and manage the property');
		expect(countIn(fr, 'living', '.inscription__houses path')).toBe(3);
		expect(countIn(fr, 'living', '.inscription__property-line')).toBe(1);
		expect(countIn(fr, 'category', '.inscription__property-line')).toBe(0);
		expect(textsIn(fr, 'living')).not.toContain('Paysage culturel');
	});

	it('says only what the chapter says: its place, date, session and category', () => {
		for (const words of ['Saint-Pétersbourg', '30 juin 2012', 'Comité du patrimoine mondial']) {
			expect(textFr).toContain(words);
		}
		expect(textFr).toMatch(/36(e|ᵉ) session/);
		expect(textFr).toContain('Paysage culturel évolutif vivant');
		expect(textFr).toMatch(/candidature/);
		expect(textFr).toMatch(/protéger/);
		for (const words of ['Saint Petersburg', '30 June 2012', 'World Heritage Committee']) {
			expect(textEn).toContain(words);
		}
		expect(textEn).toContain('36th session');
		expect(textEn).toContain('evolving living cultural landscape');
		expect(textEn).toMatch(/protect/);
		// Every number the picture writes is one the chapter writes.
		for (const [scene, text] of [
			[fr, textFr],
			[en, textEn]
		] as const) {
			const shown = statesOf(scene.name).flatMap((state) => textsIn(scene, state));
			for (const number of shown.join(' ').match(/\d+/g) ?? []) expect(text).toContain(number);
		}
	});
});
