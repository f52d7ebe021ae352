import { describe, expect, it } from 'vitest';
import { SCENES } from '../catalog';
import { countIn, drawScene, textsIn } from '../shared/inspect';

describe('the metropolitan-area scene (chapter 12, December 2007)', () => {
	const fr = drawScene('metropolitan-area', 'fr');
	const en = drawScene('metropolitan-area', 'en');

	it('opens on the AML, December 2007, and its finding: from Courtrai to Arras, from Béthune to Valenciennes', () => {
		const texts = textsIn(fr, 'quotation');
		expect(texts).toEqual(
			expect.arrayContaining([
				'AML',
				'décembre 2007',
				'« de Courtrai à Arras',
				'et de Béthune à Valenciennes »',
				'Courtrai',
				'Arras',
				'Béthune',
				'Valenciennes',
				'Lille'
			])
		);
		expect(textsIn(en, 'quotation')).toEqual(
			expect.arrayContaining(['December 2007', '“from Kortrijk to Arras', 'Kortrijk'])
		);
		expect(countIn(fr, 'quotation', '.metropolitan-area__spans path')).toBe(2);
		// The four towns named: Lille is not one of them.
		expect(countIn(fr, 'quotation', '.metropolitan-area__town circle')).toBe(4);
		expect(countIn(fr, 'quotation', '.metropolitan-area__border')).toBe(0);
	});

	it('lights the border up and makes the four towns poles: cross-border and multipolar', () => {
		expect(textsIn(fr, 'cross-border')).toContain('« transfrontalière et multipolaire »');
		expect(textsIn(en, 'cross-border')).toContain('“cross-border and multipolar”');
		expect(textsIn(fr, 'cross-border')).toContain('BELGIQUE');
		expect(countIn(fr, 'cross-border', '.metropolitan-area__border')).toBe(1);
		expect(countIn(fr, 'cross-border', '.metropolitan-area__poles circle')).toBe(4);
		expect(textsIn(fr, 'cross-border')).not.toContain('et de Béthune à Valenciennes »');
	});

	it('shows Béthune in the west and Valenciennes in the east, towns of the basin', () => {
		expect(textsIn(fr, 'basin-towns')).toEqual(
			expect.arrayContaining(['à l’ouest', 'à l’est', 'Béthune et Valenciennes, villes du bassin'])
		);
		expect(textsIn(en, 'basin-towns')).toEqual(
			expect.arrayContaining(['in the west', 'in the east'])
		);
		expect(countIn(fr, 'basin-towns', '.metropolitan-area__basin')).toBe(1);
	});

	it('ends on a framework for the whole urban area, after Wingles (2001) and Carvin (2002)', () => {
		const texts = textsIn(fr, 'framework');
		expect(texts).toEqual(
			expect.arrayContaining([
				'2001 Wingles',
				'2002 Carvin',
				'2007 AML',
				'Un cadre pour toute l’aire urbaine'
			])
		);
		expect(textsIn(en, 'framework')).toContain('A framework for the whole urban area');
		expect(countIn(fr, 'framework', '.metropolitan-area__outline')).toBe(1);
		expect(countIn(fr, 'basin-towns', '.metropolitan-area__outline')).toBe(0);
	});

	it('shows one caption a state (the first is the finding itself)', () => {
		for (const state of SCENES['metropolitan-area'].states) {
			const captions = countIn(fr, state, '.metropolitan-area__caption');
			const quote = countIn(fr, state, '.metropolitan-area__quote');
			expect(captions + quote, state).toBe(1);
		}
	});
});
