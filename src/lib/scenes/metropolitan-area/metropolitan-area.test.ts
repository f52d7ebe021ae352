import { describe, expect, it } from 'vitest';
import { SCENES } from '../catalog';
import labels from './labels';
import { countIn, drawScene, textsIn } from '../shared/inspect';

describe('the metropolitan-area scene (chapter 12, December 2007)', () => {
	const fr = drawScene('metropolitan-area', 'fr');
	const en = drawScene('metropolitan-area', 'en');

	it('opens on the dialogue so far: Wingles in 2001, Carvin in 2002, and the AML born in December 2007', () => {
		expect(textsIn(fr, 'dialogue')).toEqual(
			expect.arrayContaining([
				'Wingles, 2001',
				'Carvin, 2002',
				'Lille',
				'Décembre 2007 : naissance de l’AML'
			])
		);
		expect(textsIn(en, 'dialogue')).toContain('December 2007: the AML is born');
		expect(countIn(fr, 'dialogue', '.metropolitan-area__town circle')).toBe(0);
	});

	it('draws the quotation: from Courtrai to Arras and from Béthune to Valenciennes', () => {
		const texts = textsIn(fr, 'quotation');
		expect(texts).toEqual(
			expect.arrayContaining([
				'« de Courtrai à Arras',
				'et de Béthune à Valenciennes »',
				'Courtrai',
				'Arras',
				'Béthune',
				'Valenciennes'
			])
		);
		expect(textsIn(en, 'quotation')).toEqual(
			expect.arrayContaining(['“from Kortrijk to Arras', 'Kortrijk'])
		);
		expect(countIn(fr, 'quotation', '.metropolitan-area__spans path')).toBe(2);
		// Four towns: Lille is not one of them.
		expect(countIn(fr, 'quotation', '.metropolitan-area__town circle')).toBe(4);
		expect(texts).not.toContain('Wingles, 2001');
	});

	it('lights the border up and makes the four towns poles: cross-border and multipolar', () => {
		expect(textsIn(fr, 'cross-border')).toContain('« transfrontalière et multipolaire »');
		expect(textsIn(en, 'cross-border')).toContain('“cross-border and multipolar”');
		expect(textsIn(fr, 'cross-border')).toContain('BELGIQUE');
		expect(countIn(fr, 'cross-border', '.metropolitan-area__border')).toBe(1);
		expect(countIn(fr, 'quotation', '.metropolitan-area__border')).toBe(0);
		expect(countIn(fr, 'cross-border', '.metropolitan-area__poles circle')).toBe(4);
	});

	it('shows Béthune and Valenciennes as poles of the basin, west and east', () => {
		expect(textsIn(fr, 'basin-poles')).toEqual(
			expect.arrayContaining(['à l’ouest', 'à l’est', 'Béthune et Valenciennes, pôles du bassin'])
		);
		expect(textsIn(en, 'basin-poles')).toEqual(
			expect.arrayContaining(['in the west', 'in the east'])
		);
		expect(countIn(fr, 'basin-poles', '.metropolitan-area__basin')).toBe(1);
	});

	it('ends on the area as a lasting framework for the dialogue', () => {
		expect(textsIn(fr, 'framework')).toEqual(
			expect.arrayContaining(['AML', 'Un cadre durable pour le dialogue'])
		);
		expect(textsIn(en, 'framework')).toContain('A lasting framework for the dialogue');
		expect(countIn(fr, 'framework', '.metropolitan-area__outline')).toBe(1);
		expect(countIn(fr, 'basin-poles', '.metropolitan-area__outline')).toBe(0);
	});

	it('shows one caption a state (the quotation is the second)', () => {
		for (const state of SCENES['metropolitan-area'].states) {
			const captions = countIn(fr, state, '.metropolitan-area__caption');
			const quote = countIn(fr, state, '.metropolitan-area__quote');
			expect(captions + quote, state).toBe(1);
		}
	});
});

describe('the metropolitan-area scene’s French', () => {
	it('sets a no-break space before « : ; ! ? » and inside « », and curly apostrophes', () => {
		const words = JSON.stringify(labels.fr);
		expect(words).not.toMatch(/ [:;!?»]|« /);
		expect(words).not.toMatch(/'/);
	});
});
