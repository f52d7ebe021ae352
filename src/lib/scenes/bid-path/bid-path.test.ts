import { describe, expect, it } from 'vitest';
import { countIn, drawScene, textsIn } from '../shared/inspect';

describe('the bid-path scene (2003)', () => {
	const fr = drawScene('bid-path', 'fr');
	const en = drawScene('bid-path', 'en');

	it('opens on Bassin Minier Uni, chaired by Jean-François Caron, in 2003: the nomination begins', () => {
		expect(textsIn(fr, 'association')).toEqual([
			'Bassin Minier Uni (BMU)',
			'présidée par Jean-François Caron',
			'2003',
			'la candidature est lancée'
		]);
		expect(textsIn(en, 'association')).toEqual([
			'Bassin Minier Uni (BMU)',
			'chaired by Jean-François Caron',
			'2003',
			'the nomination began'
		]);
		// One lane, BMU's; no Mission yet.
		expect(countIn(fr, 'association', '.bid-path__lane--bmu')).toBe(1);
		expect(countIn(fr, 'association', '.bid-path__lane--mission')).toBe(0);
	});

	it('brings in the Mission and the nomination file it co-produced', () => {
		expect(countIn(fr, 'nomination-file', '.bid-path__lane--mission')).toBe(1);
		expect(countIn(fr, 'nomination-file', '.bid-path__paper')).toBe(1);
		expect(textsIn(fr, 'nomination-file')).toEqual(
			expect.arrayContaining([
				'Mission Bassin Minier',
				'dossier de',
				'candidature',
				'coproduit par la Mission'
			])
		);
		expect(textsIn(en, 'nomination-file')).toEqual(
			expect.arrayContaining(['nomination', 'file', 'co-produced by the Mission'])
		);
	});

	it('gathers the inventories into the Schéma de développement patrimonial', () => {
		expect(countIn(fr, 'nomination-file', '.bid-path__cards rect')).toBe(0);
		expect(countIn(fr, 'inventories', '.bid-path__cards rect')).toBe(5);
		expect(countIn(fr, 'inventories', '.bid-path__binder')).toBe(1);
		expect(textsIn(fr, 'inventories')).toEqual(
			expect.arrayContaining([
				'Schéma de développement',
				'patrimonial',
				'tous les inventaires réunis'
			])
		);
		expect(textsIn(en, 'inventories')).toContain('all the inventories gathered');
	});

	it('ends with both lanes at inscription, 2012: nearly ten years side by side', () => {
		expect(textsIn(fr, 'inventories')).not.toContain('2012');
		expect(textsIn(fr, 'ten-years')).toEqual(
			expect.arrayContaining([
				'2003',
				'2012',
				'inscription',
				'près de dix ans',
				'côte à côte, jusqu’à l’inscription'
			])
		);
		expect(textsIn(en, 'ten-years')).toEqual(
			expect.arrayContaining(['nearly ten years', 'side by side, to inscription'])
		);
		expect(countIn(fr, 'ten-years', '.bid-path__goal')).toBe(2);
		// Each lane in four pieces and two, no arrowhead left pointing on.
		expect(countIn(fr, 'ten-years', '.bid-path__lane--bmu')).toBe(4);
		expect(countIn(fr, 'ten-years', '.bid-path__lane--mission')).toBe(3);
		expect(countIn(fr, 'ten-years', '.bid-path__tip')).toBe(0);
	});

	it('dates nothing the sources leave undated, and says « nomination », not « bid »', () => {
		for (const state of ['association', 'nomination-file', 'inventories']) {
			expect(textsIn(fr, state).filter((text) => /^\d{4}$/.test(text))).toEqual(['2003']);
		}
		const words = [0, 1, 2, 3].flatMap((state) => textsIn(en, state)).join(' ');
		expect(words).not.toMatch(/\bbid\b/i);
	});
});
