import { describe, expect, it } from 'vitest';
import { SCENES } from '../catalog';
import { countIn, drawScene, textsIn } from '../shared/inspect';

describe('the themes scene (chapter 9, Carvin, 17 January 2002)', () => {
	const fr = drawScene('themes', 'fr');
	const en = drawScene('themes', 'en');

	it('opens on Carvin, 17 January 2002, sealed to Lille Métropole', () => {
		expect(textsIn(fr, 'carvin')).toEqual([
			'Lille Métropole',
			'bassin minier',
			'Carvin',
			'17 janvier 2002 : séminaire de Carvin'
		]);
		expect(textsIn(en, 'carvin')).toContain('17 January 2002: the Carvin seminar');
		expect(countIn(fr, 'carvin', '.themes__seal')).toBe(1);
		expect(countIn(fr, 'carvin', '.themes__council circle')).toBe(0);
		// The chapter is about the conurbation and the basin: no border on this map.
		expect(countIn(fr, 'carvin', '.basin-map__border')).toBe(0);
	});

	it('launches project groups on three themes, in a legend and on the map', () => {
		const texts = textsIn(fr, 'themes');
		for (const text of [
			'Développement durable',
			'dans l’aménagement',
			'Zones sensibles',
			'entre métropole et bassin',
			'Transports',
			'entre les deux voisins',
			'Des groupes de projet sur trois thèmes'
		])
			expect(texts).toContain(text);
		expect(textsIn(en, 'themes')).toEqual(
			expect.arrayContaining(['Sustainable development', 'Sensitive zones', 'Transport'])
		);
		expect(countIn(fr, 'themes', '.themes__zones')).toBe(2);
		expect(countIn(fr, 'themes', '.themes__rail')).toBe(2);
	});

	it('brings the development councils together: Lille Métropole’s and the basin’s', () => {
		expect(textsIn(fr, 'councils')).toEqual(
			expect.arrayContaining(['conseil de développement', 'conseils de développement'])
		);
		expect(textsIn(en, 'councils')).toContain('The development councils meet');
		expect(countIn(fr, 'councils', '.themes__council circle')).toBe(9);
		expect(countIn(fr, 'councils', '.themes__meet path')).toBe(8);
		expect(textsIn(fr, 'councils')).not.toContain('Zones sensibles');
	});

	it('ends on the nine councils joined in one joint commission', () => {
		expect(textsIn(fr, 'commission')).toEqual(
			expect.arrayContaining(['commission mixte', '9 conseils de développement'])
		);
		expect(textsIn(en, 'commission')).toEqual(
			expect.arrayContaining(['joint commission', '9 development councils'])
		);
		expect(countIn(fr, 'commission', '.themes__join path')).toBe(9);
		expect(countIn(fr, 'commission', '.themes__commission')).toBe(1);
	});

	it('shows one caption a state', () => {
		for (const state of SCENES.themes.states)
			expect(countIn(fr, state, '.scene-caption'), state).toBe(1);
	});
});
