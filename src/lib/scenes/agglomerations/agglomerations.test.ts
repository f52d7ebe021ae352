import { describe, expect, it } from 'vitest';
import openData from 'virtual:open-data';
import { formatInteger } from '$lib/data/format';
import { SCENES } from '../catalog';
import { countIn, drawScene, textsIn } from '../shared/inspect';
import labels from './labels';

/** As `textsIn` reads a text: every white space, the narrow no-break space included, one space. */
const asRead = (text: string) => text.replace(/\s+/g, ' ');

describe('the agglomerations scene (chapter 16, today)', () => {
	const fr = drawScene('agglomerations', 'fr');
	const en = drawScene('agglomerations', 'en');

	it('opens on the two lines of work since 2013', () => {
		expect(textsIn(fr, 'two-jobs')).toEqual([
			'Gérer le bien inscrit',
			'au patrimoine mondial',
			'et son plan de gestion',
			'Aménager',
			'et développer le territoire',
			'sa mission depuis 2000',
			'Depuis 2013 : deux métiers'
		]);
		expect(textsIn(en, 'two-jobs')).toEqual(
			expect.arrayContaining(['World Heritage property', 'Since 2013: two lines of work'])
		);
		expect(countIn(fr, 'two-jobs', '.agglomerations__communes')).toBe(0);
	});

	it('shows the 2018-2020 agreement, its four signatories and the separate one', () => {
		const texts = textsIn(fr, 'agreement');
		for (const text of [
			'2018-2020',
			'la Mission',
			'l’État',
			'du Pas-de-Calais',
			'Hauts-de-France',
			'convention distincte',
			'Département du Nord'
		])
			expect(texts).toContain(text);
		expect(textsIn(en, 'agreement')).toEqual(
			expect.arrayContaining(['2018–2020', 'the State', 'separate agreement'])
		);
		expect(countIn(fr, 'agreement', '.agglomerations__links path')).toBe(4);
	});

	it('numbers its three priorities', () => {
		const texts = textsIn(fr, 'priorities');
		expect(texts).toEqual(
			expect.arrayContaining(['1', '2', '3', 'levier de résilience', 'liés à l’ERBM'])
		);
		expect(countIn(fr, 'priorities', '.agglomerations__badge')).toBe(3);
		expect(textsIn(en, 'priorities')).toContain('Three priorities for 2018–2020');
	});

	it('sets out the new fields and the historic areas as chips', () => {
		expect(countIn(fr, 'fields', '.agglomerations__chips--new rect')).toBe(3);
		expect(countIn(fr, 'fields', '.agglomerations__chips rect')).toBe(12);
		expect(textsIn(fr, 'fields')).toEqual(
			expect.arrayContaining(['tourisme', 'cavaliers', 'trame verte et bleue', 'urbanisme'])
		);
		expect(textsIn(en, 'fields')).toEqual(expect.arrayContaining(['mediation', 'urban planning']));
	});

	it('ends on the territory, every figure counted from open data', () => {
		const { totals, agglomerations } = openData;
		expect(totals.agglomerations).toBe(7);
		expect(countIn(fr, 'territory', '.agglomerations__communes')).toBe(7);
		const texts = textsIn(fr, 'territory');
		expect(texts).toContain(asRead(`${formatInteger(totals.population, 'fr')} habitants`));
		expect(texts).toContain(
			asRead(`${formatInteger(totals.communes, 'fr')} communes · 7 communautés d’agglomération`)
		);
		for (const a of agglomerations)
			expect(texts).toContain(asRead(formatInteger(a.population, 'fr')));
		expect(textsIn(en, 'territory')).toContain(
			`${formatInteger(totals.population, 'en')} inhabitants`
		);
		// The chapter's names, for every agglomeration the data gives.
		for (const a of agglomerations) expect(Object.keys(labels.fr.names)).toContain(a.code);
		expect(texts).toEqual(expect.arrayContaining(['Lens-Liévin', 'Cœur d’Ostrevent']));
		expect(textsIn(fr, 'territory')).not.toContain('tourisme');
	});

	it('shows one caption a state until the map, whose totals say it all', () => {
		for (const state of SCENES.agglomerations.states.slice(0, -1))
			expect(countIn(fr, state, '.agglomerations__caption'), state).toBe(1);
		expect(countIn(fr, 'territory', '.agglomerations__caption')).toBe(0);
	});
});

describe('the agglomerations scene’s French', () => {
	it('sets a no-break space before « : ; ! ? » and inside « », and curly apostrophes', () => {
		const words = JSON.stringify(labels.fr);
		expect(words).not.toMatch(/ [:;!?»]|« /);
		expect(words).not.toMatch(/'/);
	});
});
