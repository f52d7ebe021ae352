import { describe, expect, it } from 'vitest';
import openData from 'virtual:open-data';
import { formatInteger } from '$lib/data/format';
import { SCENES } from '../catalog';
import { countIn, drawScene, textsIn } from '../shared/inspect';
import { select } from '../shared/svg-tree';
import labels from './labels';

/** As `textsIn` reads a text: every white space, the narrow no-break space included, one space. */
const asRead = (text: string) => text.replace(/\s+/g, ' ');

describe('the agglomerations scene (chapter 16, today)', () => {
	const fr = drawScene('agglomerations', 'fr');
	const en = drawScene('agglomerations', 'en');

	it('opens on the double task since 2013', () => {
		expect(textsIn(fr, 'two-jobs')).toEqual([
			'Gérer le bien inscrit',
			'au patrimoine mondial',
			'et son plan de gestion',
			'Aménager',
			'et développer',
			'créée pour cela en 2000',
			'Depuis 2013, une double tâche'
		]);
		expect(textsIn(en, 'two-jobs')).toEqual(
			expect.arrayContaining(['World Heritage property', 'Since 2013: two roles'])
		);
		expect(countIn(fr, 'two-jobs', '.agglomerations__communes')).toBe(0);
	});

	it('shows the 2018-2020 agreement, its signatories, the separate one and its three priorities', () => {
		const texts = textsIn(fr, 'agreement');
		for (const text of [
			'2018-2020',
			'Mission',
			'État',
			'Région Hauts-de-France',
			'Département du Pas-de-Calais',
			'convention distincte',
			'Département du Nord',
			'trois priorités',
			'levier de résilience',
			'et le logement (ERBM)'
		])
			expect(texts).toContain(text);
		expect(countIn(fr, 'agreement', '.agglomerations__tick')).toBe(4);
		expect(countIn(fr, 'agreement', '.agglomerations__badge')).toBe(3);
		expect(textsIn(en, 'agreement')).toEqual(
			expect.arrayContaining(['2018–2020', 'State', 'separate agreement', 'three priorities'])
		);
	});

	it('sets out new work, long-standing fields and expertise shared, as chips', () => {
		expect(countIn(fr, 'fields', '.agglomerations__chips--new rect')).toBe(3);
		expect(countIn(fr, 'fields', '.agglomerations__chips--old rect')).toBe(7);
		expect(countIn(fr, 'fields', '.agglomerations__chips--shared rect')).toBe(3);
		expect(textsIn(fr, 'fields')).toEqual(
			expect.arrayContaining(['tourisme', 'cavaliers', 'trame verte et bleue', 'urbanisme'])
		);
		expect(textsIn(en, 'fields')).toEqual(
			expect.arrayContaining(['interpretation for visitors', 'former mining railway lines'])
		);
	});

	it.each([fr, en])('keeps every chip inside the frame and above the caption (%#)', (scene) => {
		const chips = select(scene.svg, '.agglomerations__chips rect');
		expect(chips.length).toBe(13);
		for (const chip of chips) {
			const [x, y, width, height] = ['x', 'y', 'width', 'height'].map((a) =>
				Number(chip.getAttribute(a))
			);
			expect(x).toBeGreaterThanOrEqual(8);
			expect(x + width).toBeLessThanOrEqual(392);
			expect(y + height).toBeLessThanOrEqual(276);
		}
	});

	it('shows the territory, every figure counted from open data', () => {
		const { totals, agglomerations } = openData;
		expect(totals.agglomerations).toBe(7);
		expect(countIn(fr, 'territory', '.agglomerations__communes')).toBe(7);
		const texts = textsIn(fr, 'territory');
		expect(texts).toContain(asRead(`${formatInteger(totals.population, 'fr')} habitants`));
		expect(texts).toContain(asRead(`${formatInteger(totals.communes, 'fr')} communes`));
		expect(texts).toContain('Sept communautés d’agglomération sur 120 km');
		for (const a of agglomerations)
			expect(texts).toContain(asRead(formatInteger(a.population, 'fr')));
		expect(textsIn(en, 'territory')).toContain(
			`${formatInteger(totals.population, 'en')} inhabitants`
		);
		// The chapter's names, for every agglomeration the data gives.
		for (const a of agglomerations) expect(Object.keys(labels.fr.names)).toContain(a.code);
		expect(texts).toEqual(expect.arrayContaining(['Lens-Liévin', 'Cœur d’Ostrevent']));
		expect(texts).not.toContain('tourisme');
	});

	it('ends on the same map under the chapter’s last words', () => {
		expect(textsIn(fr, 'history')).toContain('L’avenir avec son histoire, non contre elle');
		expect(textsIn(en, 'history')).toContain('The future with its history, not against it');
		expect(countIn(fr, 'history', '.agglomerations__communes')).toBe(7);
		expect(countIn(fr, 'history', '.agglomerations__population')).toBe(7);
	});

	it('shows one caption a state', () => {
		for (const state of SCENES.agglomerations.states)
			expect(countIn(fr, state, '.scene-caption'), state).toBe(1);
	});
});
