import { describe, expect, it } from 'vitest';
import { countIn, drawScene, textsIn } from '../shared/inspect';
import { chapterText, figuresIn } from '../shared/landscape/chapter-text';
import scene from './scene';
import { WINDOWS } from './geometry';

describe('the headframe scene (chapter 10, the 9-9bis)', () => {
	const fr = drawScene('headframe', 'fr');
	const en = drawScene('headframe', 'en');

	it('opens on the 9-9bis at Oignies in 2002, a great mining site', () => {
		expect(textsIn(fr, 'site')).toEqual([
			'9-9bis',
			'Oignies, 2002',
			'Un grand site minier emblématique'
		]);
		expect(textsIn(en, 'site')).toContain('A great emblematic mining site');
		expect(countIn(fr, 'site', '.pit__shaft rect')).toBe(0);
	});

	it('carries no sign on the building: the Mission is named beside it, from the move on', () => {
		expect(fr.markup).not.toMatch(/MISSION BASSIN MINIER/);
		expect(textsIn(fr, 'site')).not.toContain('Mission Bassin Minier');
		expect(textsIn(fr, 'pit')).not.toContain('Mission Bassin Minier');
	});

	it('opens the ground on the shaft: miners lowered, coal brought up, and what stood around', () => {
		const texts = textsIn(fr, 'pit');
		for (const word of [
			'chevalement',
			'puits',
			'descendre',
			'les mineurs',
			'remonter',
			'le charbon',
			'bâtiments de service',
			'voies ferrées',
			'terril'
		])
			expect(texts).toContain(word);
		expect(textsIn(en, 'pit')).toEqual(
			expect.arrayContaining(['headframe', 'shaft', 'service buildings', 'railway tracks'])
		);
		expect(countIn(fr, 'pit', '.pit__shaft rect')).toBe(1);
		expect(countIn(fr, 'pit', 'path.pit__arrows')).toBe(2);
	});

	it('lights the hall when the Mission moves in, someone at every window', () => {
		expect(textsIn(fr, 'offices')).toEqual(
			expect.arrayContaining([
				'Mission Bassin Minier',
				'Un lieu d’extraction devient un lieu de travail'
			])
		);
		expect(textsIn(fr, 'offices')).not.toContain('puits');
		expect(countIn(fr, 'offices', '.pit__lit path')).toBe(2);
		expect(countIn(fr, 'pit', '.pit__lit path')).toBe(0);
		expect(WINDOWS).toHaveLength(4);
	});

	it('ends on the study, the World Heritage idea and the nomination in 2003', () => {
		expect(textsIn(fr, 'nomination')).toEqual(
			expect.arrayContaining(['étude sur le', 'patrimoine minier', '2003', 'candidature'])
		);
		expect(textsIn(en, 'nomination')).toEqual(
			expect.arrayContaining(['2003', 'nomination', 'The World Heritage idea takes shape'])
		);
	});

	it.each([
		['fr', fr],
		['en', en]
	] as const)('draws no figure its chapter does not state (%s)', (lang, drawn) => {
		const text = chapterText(lang, 10);
		for (const state of scene.states) {
			for (const label of textsIn(drawn, state)) {
				for (const figure of figuresIn(label)) expect(text, `${state}: ${label}`).toContain(figure);
			}
		}
	});
});
