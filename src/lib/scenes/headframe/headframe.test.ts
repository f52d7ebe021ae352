import { describe, expect, it } from 'vitest';
import { countIn, drawScene, textsIn } from '../shared/inspect';
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

	it('lights the hall when the Mission has its offices there, someone at every window', () => {
		expect(textsIn(fr, 'offices')).toEqual(
			expect.arrayContaining([
				'Mission Bassin Minier',
				'ses bureaux',
				'Un lieu où l’on pense l’avenir du bassin'
			])
		);
		expect(textsIn(en, 'offices')).toEqual(
			expect.arrayContaining(['its offices', 'A place for thinking about the basin’s future'])
		);
		expect(textsIn(fr, 'offices')).not.toContain('puits');
		expect(countIn(fr, 'offices', '.pit__lit path')).toBe(2);
		expect(countIn(fr, 'pit', '.pit__lit path')).toBe(0);
		expect(WINDOWS).toHaveLength(4);
	});
});
